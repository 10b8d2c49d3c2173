/** One part of the evidence pack as the template draws it: a section of the 资料盒, or one activity's sign-in sheet. */
import type { Records } from '../../ingest/records.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import type { Visibility } from '../../metrics/index.ts';
import type { TableView } from '../view/table.ts';

export interface FactView {
  readonly label: string;
  readonly value: string;
}

/** A table, or a sub-heading before the tables that follow it. */
export interface PartBlock {
  readonly heading?: string;
  readonly table?: TableView;
  /** Items listed under the heading (e.g. the missing materials). */
  readonly items?: readonly string[];
}

/** A part before it is numbered: the builders' output. */
export interface PartDraft {
  /** Level 1 is a section of the box; level 2 an activity's sign-in sheet within 活动台账. */
  readonly level: 1 | 2;
  /** Level 1: the section's title (numbered later); level 2: the printed heading as is. */
  readonly title: string;
  /** The line in the table of contents, when not the heading. */
  readonly entry?: string;
  readonly lead: readonly string[];
  readonly facts: readonly FactView[];
  readonly blocks: readonly PartBlock[];
  /** Styling: `signin` prints a dense two-up sheet. */
  readonly kind: 'section' | 'signin';
}

export interface PartView extends PartDraft {
  /** Anchor of the part: the table of contents links to it, and the page numbers are read from it. */
  readonly id: string;
  readonly heading: string;
}

/** What every section builder reads. */
export interface PackContext {
  readonly metrics: MetricsResult;
  readonly records: Records;
  readonly visibility: Visibility;
  /** Activities (name|date) of the 关爱慰问 category, hidden by name from those who may not see them. */
  readonly welfare: ReadonlySet<string>;
}

export type SectionBuilder = (ctx: PackContext) => readonly PartDraft[];

export const section = (title: string, p: Partial<Pick<PartDraft, 'lead' | 'facts' | 'blocks'>>): PartDraft => ({
  level: 1,
  title,
  lead: p.lead ?? [],
  facts: p.facts ?? [],
  blocks: p.blocks ?? [],
  kind: 'section',
});
