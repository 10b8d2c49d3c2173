/**
 * 台账资料: the evidence pack's view — a cover, the table of contents and the parts in the
 * order of the 资料盒, each drawn from the ledgers' own rows. Page numbers come from a first
 * print (see print.ts); without them the contents list the parts with blank page numbers.
 */
import type { IngestResult } from '../../ingest/index.ts';
import type { MetricsResult, Visibility } from '../../metrics/index.ts';
import { dateZh } from '../../messages/format.ts';
import { packText } from '../../messages/pack.ts';
import { termText } from '../../messages/term-report.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import type { FactView, PackContext, PartView, SectionBuilder } from './part.ts';
import { activitiesSection } from './sections/activities.ts';
import { archiveSection } from './sections/archive.ts';
import { fundsSection } from './sections/funds.ts';
import { mentoringSection } from './sections/mentoring.ts';
import { officesSection } from './sections/offices.ts';
import { proposalsSection } from './sections/proposals.ts';
import { rosterSection } from './sections/roster.ts';
import { surveySection } from './sections/survey.ts';
import { tasksSection } from './sections/tasks.ts';

export interface PackInput {
  /** The metrics of the term and as-of day, as computed (not cut down): the pack applies `visibility` itself. */
  readonly metrics: MetricsResult;
  /** The read the metrics come from: its records are the rows the pack prints. */
  readonly ingest: Pick<IngestResult, 'records'>;
  readonly generatedAt: Date;
  /** What the reader may see; the command line prints for the chair. */
  readonly visibility: Visibility;
  /** Names of 工作计划 files among the sources: listed in the contents as attached, not printed. */
  readonly planFiles?: readonly string[];
}

export interface TocEntry {
  readonly text: string;
  readonly level: 1 | 2;
  /** Page number, `另附` for an attached file, or '' before the page numbers are known. */
  readonly page: string;
  /** `#part-3`, or null for an attached file. */
  readonly href: string | null;
}

export interface PackView {
  readonly title: string;
  readonly school: string;
  readonly term: string;
  readonly cover: readonly FactView[];
  readonly coverSchool: string;
  readonly coverFoot: string;
  readonly tocTitle: string;
  readonly tocPage: string;
  readonly toc: readonly TocEntry[];
  readonly parts: readonly PartView[];
}

/** The 资料盒 order after 工作计划 (which is a file of its own, attached when present). */
const SECTIONS: readonly SectionBuilder[] = [
  rosterSection,
  activitiesSection,
  officesSection,
  fundsSection,
  surveySection,
  proposalsSection,
  tasksSection,
  archiveSection,
  mentoringSection,
];

const WELFARE = '关爱慰问';

/** The parts in box order, with their anchors; the same for every print of one input. */
export function packParts(input: PackInput): { parts: PartView[]; planNumber: number | null } {
  const m = input.metrics;
  const ctx: PackContext = {
    metrics: m,
    records: input.ingest.records,
    visibility: input.visibility,
    welfare: new Set(m.activities.filter((a) => a.category === WELFARE).map((a) => `${a.name}|${a.date}`)),
  };
  const planNumber = (input.planFiles ?? []).length > 0 ? 1 : null;
  let number = planNumber ?? 0;
  const parts = SECTIONS.flatMap((build) => build(ctx)).map((p, i): PartView => {
    const heading = p.level === 1 ? packText.sectionHeading(++number, p.title) : p.title;
    return { ...p, id: `part-${i + 1}`, heading };
  });
  return { parts, planNumber };
}

/** `pages` maps a part's id to the page it starts on. */
export function packView(input: PackInput, pages?: ReadonlyMap<string, number>): PackView {
  const m = input.metrics;
  const { parts, planNumber } = packParts(input);
  const school = m.school || termText.unnamedSchool;
  const c = packText.cover;
  const plan: TocEntry[] =
    planNumber === null
      ? []
      : [{ text: packText.sectionHeading(planNumber, packText.plan.entry(input.planFiles ?? [])), level: 1, page: packText.toc.attached, href: null }];
  const toc: TocEntry[] = [
    ...plan,
    ...parts.map((p): TocEntry => {
      const page = pages?.get(p.id);
      return { text: p.level === 1 ? p.heading : (p.entry ?? p.heading), level: p.level, page: page === undefined ? '' : String(page), href: `#${p.id}` };
    }),
  ];
  return {
    title: packText.title,
    school,
    term: m.term.label,
    coverSchool: packText.coverSchool(school),
    coverFoot: packText.coverFoot(school),
    cover: [
      { label: c.school, value: school },
      { label: c.term, value: m.term.label },
      { label: c.span, value: packText.span(m.term.start, m.term.end) },
      { label: c.asOf, value: dateZh(m.as_of) },
      { label: c.generatedAt, value: packText.generatedAt(schoolDateTime(input.generatedAt)) },
      { label: c.sections, value: packText.sectionCount(plan.length + parts.filter((p) => p.level === 1).length) },
    ],
    tocTitle: packText.toc.title,
    tocPage: packText.toc.page,
    toc,
    parts,
  };
}
