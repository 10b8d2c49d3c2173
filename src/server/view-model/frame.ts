/** What every page carries around its content: navigation, provenance line, selectors, banner, refresh. */
import { basename } from 'node:path';
import type { IngestResult, LedgerIssue } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { dateZh } from '../../messages/format.ts';
import { parseTermId, termIdContaining, termIdString, termLabel, previousTermId } from '../../term/term.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import { SPAN_KINDS } from '../../term/span.ts';
import { SPAN_WORDS } from '../../messages/span.ts';
import { periodParam, queryString, type Query } from '../query.ts';
import type { MissingFile } from '../generation.ts';
import type { ReadFailure } from '../store.ts';
import { text } from '../../messages/server.ts';
import { reportKind } from '../../report/view/report-kind.ts';
import { authText } from '../../messages/auth.ts';
import { privacyText } from '../../messages/privacy.ts';
import { presentText } from '../../messages/present.ts';
import { mayDownloadWorkbook, mayReadAudit, visibilityOf, type Viewer } from '../auth/viewer.ts';

export type Area = 'overview' | 'participation' | 'offices' | 'funds' | 'satisfaction' | 'proposals' | 'tasks' | 'archive' | 'mentoring' | 'review' | 'month' | 'quality';

const PATHS: readonly (readonly [Area, string])[] = [
  ['overview', '/'],
  ['month', '/month'],
  ['participation', '/participation'],
  ['offices', '/offices'],
  ['funds', '/funds'],
  ['satisfaction', '/satisfaction'],
  ['proposals', '/proposals'],
  ['tasks', '/tasks'],
  ['archive', '/archive'],
  ['mentoring', '/mentoring'],
  ['review', '/review'],
  ['quality', '/quality'],
];

/** The navigation bar, in order. */
export const AREAS: readonly { readonly area: Area; readonly path: string; readonly label: string }[] = PATHS.map(([area, path]) => ({ area, path, label: text.nav[area] }));

export interface Banner {
  readonly title: string;
  readonly items: readonly string[];
  readonly kept: string;
}

export interface Frame {
  readonly title: string;
  readonly heading: string;
  readonly school: string;
  readonly term: string;
  readonly nav: readonly { readonly href: string; readonly label: string; readonly active: boolean }[];
  readonly provenance: string;
  readonly banner: Banner | null;
  readonly selectors: {
    readonly action: string;
    readonly showTerm: boolean;
    readonly terms: readonly { readonly value: string; readonly label: string; readonly selected: boolean }[];
    /** 统计周期: 学期 (default), 学年, 年度, 统计年度. */
    readonly periods: readonly { readonly value: string; readonly label: string; readonly selected: boolean }[];
    readonly asOf: string;
  };
  readonly back: string;
  /** The reports of what the page shows, to download. */
  readonly downloads: readonly { readonly href: string; readonly label: string }[];
  readonly projector: boolean;
  /** The read the page was computed from (also in /healthz). */
  readonly generation: number;
  /** The snapshot (a read, good or failed) the page shows: /events announces newer ones. */
  readonly version: number;
  /** The CSRF token of forms; a slot the server fills per session when it sends the page. */
  readonly csrf: string;
  /** Who is logged in, the projector switch, the audit link. */
  readonly account: Account | null;
  readonly footnote: string;
  /** No toolbar (login page). */
  readonly bare?: boolean;
}

export interface Account {
  readonly name: string | null;
  readonly role: string;
  readonly audit: boolean;
  readonly presentHref: string;
  readonly presentLabel: string;
  /** The projector-mode notice, when it is on. */
  readonly presenting: string | null;
  /** The slideshow for the meeting (/present). */
  readonly slideshow: { readonly href: string; readonly label: string; readonly title: string };
}

/** Filled with the session's CSRF token when the page is sent (pages are cached per role, not per session). */
export const CSRF_SLOT = '__UNION_DASH_CSRF__';

export interface FrameInput {
  readonly area: Area;
  readonly heading: string;
  readonly path: string;
  readonly query: Query;
  readonly metrics: MetricsResult;
  readonly ingest: IngestResult;
  readonly sources: readonly string[];
  readonly loadedAt: Date;
  /** Which read of the sources the page comes from. */
  readonly generation: number;
  /** Which snapshot (read or failed read) it shows. */
  readonly version: number;
  readonly failure: ReadFailure | null;
  /** Ledger files gone from their folder whose last read stands in. */
  readonly missing: readonly MissingFile[];
  /** Who is looking. */
  readonly viewer: Viewer;
}

/** The month page of a metrics result: asOf's month. */
export const currentMonth = (m: MetricsResult): string => m.as_of.slice(0, 7);

/** An area's page keeping the reader's term and as-of; for the month view, the as-of month (which fixes the term). */
export function areaHref(area: Area, m: MetricsResult, query: Query): string {
  if (area === 'month') return `/month/${currentMonth(m)}${queryString(query.asOf ? { asOf: query.asOf } : {})}`;
  return `${AREAS.find((a) => a.area === area)?.path ?? '/'}${queryString(query)}`;
}

export function sourceNames(sources: readonly string[]): string[] {
  return sources.map((s) => (s.startsWith('gsheets:') || /^https?:/i.test(s) ? s : basename(s.replace(/[\\/]+$/, '')) || s));
}

/** A data problem in a banner: its place and, for those who may read cell contents, what it says. */
const bannerItem = (i: LedgerIssue, cells: boolean) =>
  !cells ? text.placed(text.place(i.file, i.sheet, i.cell), privacyText.cellsHidden) : i.sheet === null && i.message.includes(i.file) ? i.message : text.placed(text.place(i.file, i.sheet, i.cell), i.message);

export function banner(failure: ReadFailure | null, loadedAt: Date | null, cells = true): Banner | null {
  if (!failure) return null;
  return {
    title: text.banner.title(schoolDateTime(failure.at)),
    // A file-level message names its file already.
    items: [
      ...failure.issues.map((i) => bannerItem(i, cells)),
      ...(failure.error ? [text.banner.internal] : []),
    ],
    kept: loadedAt ? text.banner.kept(schoolDateTime(loadedAt)) : text.banner.none,
  };
}

/** Ledger files that vanished: their last read stands in until they are back, the chair confirms, or the time runs out. */
export function missingBanner(missing: readonly MissingFile[]): Banner | null {
  if (missing.length === 0) return null;
  return {
    title: text.banner.missingTitle,
    items: missing.map((m) => text.banner.missingItem(m.file, schoolDateTime(m.since), m.until ? schoolDateTime(m.until) : null)),
    kept: text.banner.missingKept,
  };
}

/** Nothing was read as a ledger (an empty folder, only unknown sheets): every figure would be 无数据 without saying why. */
export function emptyBanner(ingest: IngestResult, cells = true): Banner | null {
  if (ingest.sheets.some((s) => s.kind !== null)) return null;
  const notes = ingest.issues.filter((i) => i.severity !== 'info' || i.code === 'sheet_unrecognised' || i.code === 'file_skipped');
  return { title: text.banner.emptyTitle, items: notes.map((i) => bannerItem(i, cells)), kept: text.banner.emptyKept };
}

/** Google Sheets could not be reached and a cached snapshot stands in: say so on every page. */
export function cacheBanner(issues: readonly LedgerIssue[]): Banner | null {
  const notes = issues.filter((i) => i.code === 'gsheets_from_cache');
  if (notes.length === 0) return null;
  return { title: text.banner.cacheTitle, items: notes.map((i) => text.placed(i.file, i.message)), kept: text.banner.cacheKept };
}

/** Terms the reader may pick: the shown one, its neighbours, and every term the ledgers have dates in. */
function termOptions(m: MetricsResult, ingest: IngestResult, selected: string | undefined) {
  // a year (?period=) offers its own terms and the term before them
  const ids = new Set<string>(m.term.term_ids);
  const first = parseTermId(m.term.term_ids[0] ?? m.term.id);
  if (first) ids.add(termIdString(previousTermId(first)));
  const r = ingest.records;
  const dates = [...r.activities.map((a) => a.date), ...r.funds.map((f) => f.date), ...r.tasks.map((t) => t.due), ...r.offices.map((o) => `${o.month}-01`)];
  for (const d of dates) ids.add(termIdString(termIdContaining(d)));
  for (const s of r.survey) if (s.term) ids.add(s.term);
  return [...ids]
    .sort()
    .reverse()
    .flatMap((id) => {
      const t = parseTermId(id);
      return t ? [{ value: id, label: termLabel(t), selected: id === (selected ?? m.term.id) }] : [];
    });
}

/** The month view offers its briefing; every other page the term report (期末总评, or 期中自查 before the term's end) and its workbook. */
function downloadsOf(input: FrameInput): Frame['downloads'] {
  const { metrics: m, query } = input;
  if (input.area === 'month') {
    const month = input.path.slice('/month/'.length);
    return [{ href: `/report/month/${month}.pdf${queryString(query.asOf ? { asOf: query.asOf } : {})}`, label: text.downloads.month }];
  }
  const qs = queryString(query);
  return [
    { href: `/report/term.pdf${qs}`, label: text.downloads.term(reportKind(m), m.term.kind) },
    ...(mayDownloadWorkbook(input.viewer) ? [{ href: `/report/term.xlsx${qs}`, label: text.downloads.workbook }] : []),
    { href: `/report/term.docx${qs}`, label: text.downloads.draft },
    ...(mayDownloadWorkbook(input.viewer) ? [{ href: `/report/pack.pdf${qs}`, label: text.downloads.pack }] : []),
  ];
}

export function frame(input: FrameInput): Frame {
  const { area, metrics: m, query } = input;
  const qs = queryString(query);
  const files = new Set(input.ingest.sheets.map((s) => s.file)).size;
  const { cells, names } = visibilityOf(input.viewer);
  return {
    title: `${input.heading} · ${text.siteName}`,
    heading: input.heading,
    school: m.school,
    term: m.term.label,
    nav: AREAS.map((a) => ({
      href: areaHref(a.area, m, query),
      label: a.label,
      active: a.area === area,
    })),
    provenance: text.provenance({ asOf: dateZh(m.as_of), sources: text.sources(sourceNames(input.sources), files), loadedAt: schoolDateTime(input.loadedAt) }),
    banner: banner(input.failure, input.loadedAt, cells) ?? missingBanner(input.missing) ?? emptyBanner(input.ingest, cells) ?? cacheBanner(input.ingest.issues),
    selectors: {
      action: input.path,
      showTerm: area !== 'month',
      terms: termOptions(m, input.ingest, query.term),
      periods: SPAN_KINDS.map((k) => ({ value: periodParam(k), label: SPAN_WORDS[k].names[0]!, selected: k === (query.span ?? 'term') })),
      asOf: query.asOf ?? '',
    },
    back: `${input.path}${qs}`,
    downloads: downloadsOf(input),
    projector: area === 'month',
    generation: input.generation,
    version: input.version,
    csrf: CSRF_SLOT,
    account: account(input.viewer, `${input.path}${qs}`),
    footnote: names ? authText.namesFootnote : '',
  };
}

export function account(v: Viewer, here: string): Account {
  const join = here.includes('?') ? '&' : '?';
  return {
    name: v.name,
    role: authText.roles[v.role],
    audit: mayReadAudit(v),
    presentHref: `${here}${join}present=${v.present ? 0 : 1}`,
    presentLabel: v.present ? privacyText.leavePresenting : privacyText.enterPresenting,
    presenting: v.present ? privacyText.presenting : null,
    slideshow: { href: '/present', label: presentText.start, title: presentText.startTitle },
  };
}
