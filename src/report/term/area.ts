/** One area of the term plan as a report section: its targets, what happened, a chart, and what to act on. */
import type { MetricsResult } from '../../metrics/index.ts';
import type { TableView } from '../view/table.ts';
import type { TargetLineView } from './target-line.ts';
import type { AreaId } from '../../messages/term-areas.ts';

export interface ChartView {
  /** Inline SVG rendered by ECharts (trusted). */
  readonly svg: string;
  readonly caption: string;
}

export interface AreaView {
  readonly id: AreaId;
  readonly title: string;
  readonly targets: readonly TargetLineView[];
  /** Sentences saying what the figures are made of. */
  readonly lead: readonly string[];
  readonly charts: readonly ChartView[];
  readonly tables: readonly TableView[];
}

/** A figure or a table, in the order the section shows them. */
export interface BlockView {
  readonly chart?: ChartView;
  readonly table?: TableView;
}

/** An area as the template draws it: the first block stays on the page of the heading. */
export interface AreaSectionView extends AreaView {
  readonly first: BlockView | null;
  readonly rest: readonly BlockView[];
}

export type AreaBuilder = (m: MetricsResult) => Omit<AreaView, 'title' | 'charts'>;
