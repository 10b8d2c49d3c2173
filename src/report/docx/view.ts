/** The Word draft as the document builder draws it: four sections of headings, paragraphs, tables and charts. */
import type { ChartView } from '../term/area.ts';
import type { ReportKind } from '../view/report-kind.ts';
import type { TableView } from '../view/table.ts';

export type DraftBlock =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TableView }
  | { readonly kind: 'chart'; readonly chart: ChartView };

export interface DraftSection {
  readonly heading: string;
  readonly blocks: readonly DraftBlock[];
}

export interface DraftView {
  readonly kind: ReportKind;
  readonly title: string;
  /** The title in its two lines. */
  readonly titleLines: readonly [string, string];
  readonly note: string;
  /** 一、基本情况 二、主要工作和成效 三、存在的不足 四、下学期打算 (下阶段打算 mid-term), in that order. */
  readonly sections: readonly DraftSection[];
  /** 落款: the union and the date. */
  readonly signature: string;
  readonly date: string;
}
