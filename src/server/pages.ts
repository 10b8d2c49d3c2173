/** The dashboard's pages: which view model and template each path uses. */
import type { IngestResult } from '../ingest/index.ts';
import type { MetricsResult } from '../metrics/index.ts';
import { text } from '../messages/server.ts';
import type { Query } from './query.ts';
import type { PageName } from './render.ts';
import { archiveView } from './view-model/archive.ts';
import type { Area } from './view-model/frame.ts';
import { fundsView } from './view-model/funds.ts';
import { mentoringView } from './view-model/mentoring.ts';
import { officesView } from './view-model/offices.ts';
import { overviewView } from './view-model/overview.ts';
import type { PushView } from './view-model/push.ts';
import { participationView } from './view-model/participation.ts';
import { proposalsView } from './view-model/proposals.ts';
import { qualityView } from './view-model/quality.ts';
import { reviewView } from './view-model/review.ts';
import { satisfactionView } from './view-model/satisfaction.ts';
import { tasksView } from './view-model/tasks.ts';

export interface PageDef {
  readonly path: string;
  readonly area: Area & PageName;
  readonly heading: (m: MetricsResult) => string;
  readonly view: (ingest: IngestResult, m: MetricsResult, q: Query, extras: PageExtras) => object;
}

/** What a page may show besides the read: the state of pushing (the overview's 简报推送 box). */
export interface PageExtras {
  readonly push: PushView | null;
}

export const PAGES: readonly PageDef[] = [
  { path: '/', area: 'overview', heading: (m) => text.headings.overview(m.term.label), view: (_i, m, q, x) => overviewView(m, q, x.push) },
  { path: '/participation', area: 'participation', heading: () => text.headings.participation, view: (_i, m) => participationView(m) },
  { path: '/offices', area: 'offices', heading: () => text.headings.offices, view: (_i, m) => officesView(m) },
  { path: '/funds', area: 'funds', heading: () => text.headings.funds, view: (_i, m) => fundsView(m) },
  { path: '/satisfaction', area: 'satisfaction', heading: () => text.headings.satisfaction, view: (_i, m) => satisfactionView(m) },
  { path: '/proposals', area: 'proposals', heading: () => text.headings.proposals, view: (_i, m) => proposalsView(m) },
  { path: '/tasks', area: 'tasks', heading: () => text.headings.tasks, view: (_i, m) => tasksView(m) },
  { path: '/archive', area: 'archive', heading: () => text.headings.archive, view: (_i, m) => archiveView(m) },
  { path: '/mentoring', area: 'mentoring', heading: () => text.headings.mentoring, view: (_i, m) => mentoringView(m) },
  { path: '/review', area: 'review', heading: () => text.headings.review, view: (_i, m) => reviewView(m) },
  { path: '/quality', area: 'quality', heading: () => text.headings.quality, view: (i, m) => qualityView(i, m) },
];
