/** The dashboard's pages: which view model and template each path uses. */
import type { IngestResult } from '../ingest/index.ts';
import type { MetricsResult } from '../metrics/index.ts';
import type { Query } from './query.ts';
import type { PageName } from './render.ts';
import { archiveView } from './view-model/archive.ts';
import type { Area } from './view-model/frame.ts';
import { fundsView } from './view-model/funds.ts';
import { mentoringView } from './view-model/mentoring.ts';
import { officesView } from './view-model/offices.ts';
import { overviewView } from './view-model/overview.ts';
import { participationView } from './view-model/participation.ts';
import { proposalsView } from './view-model/proposals.ts';
import { qualityView } from './view-model/quality.ts';
import { satisfactionView } from './view-model/satisfaction.ts';
import { tasksView } from './view-model/tasks.ts';

export interface PageDef {
  readonly path: string;
  readonly area: Area & PageName;
  readonly heading: (m: MetricsResult) => string;
  readonly view: (ingest: IngestResult, m: MetricsResult, q: Query) => object;
}

export const PAGES: readonly PageDef[] = [
  { path: '/', area: 'overview', heading: (m) => `${m.term.label}工作目标总览`, view: (_i, m, q) => overviewView(m, q) },
  { path: '/participation', area: 'participation', heading: () => '活动与参与', view: (_i, m) => participationView(m) },
  { path: '/offices', area: 'offices', heading: () => '文明办公室评比', view: (_i, m) => officesView(m) },
  { path: '/funds', area: 'funds', heading: () => '经费收支与预算执行', view: (_i, m) => fundsView(m) },
  { path: '/satisfaction', area: 'satisfaction', heading: () => '教职工满意度', view: (_i, m) => satisfactionView(m) },
  { path: '/proposals', area: 'proposals', heading: () => '教代会提案办理', view: (_i, m) => proposalsView(m) },
  { path: '/tasks', area: 'tasks', heading: () => '工作台账', view: (_i, m) => tasksView(m) },
  { path: '/archive', area: 'archive', heading: () => '活动资料归档', view: (_i, m) => archiveView(m) },
  { path: '/mentoring', area: 'mentoring', heading: () => '青蓝工程结对', view: (_i, m) => mentoringView(m) },
  { path: '/quality', area: 'quality', heading: () => '数据检查', view: (i, m) => qualityView(i, m) },
];
