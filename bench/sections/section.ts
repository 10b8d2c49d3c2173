/** What a bench section is: it measures one thing and reports figures and goals. */
import type { DistrictSummary } from '../gen-district.ts';

export interface BenchContext {
  /** Repository root (the children run there). */
  readonly root: string;
  readonly workbook: DistrictSummary;
  /** True when this run generated the workbook, false when it reused one. */
  readonly generated: boolean;
  /** Repetitions of each timed measurement. */
  readonly runs: number;
  readonly asOf: string;
}

export interface Figure {
  readonly label: string;
  readonly value: string;
}

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface Goal {
  readonly label: string;
  readonly verdict: Verdict;
  readonly detail: string;
}

export interface SectionResult {
  readonly id: string;
  readonly title: string;
  readonly figures: readonly Figure[];
  readonly goals: readonly Goal[];
  /** Raw measurements for results.json. */
  readonly data: unknown;
}

export interface Section {
  readonly id: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}
