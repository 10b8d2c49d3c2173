/**
 * One good read of the sources and everything computed from it. Metrics are computed once
 * per (term, as_of) and kept for the generation's life; a view never sees two generations.
 */
import type { IngestOptions, IngestResult } from '../ingest/index.ts';
import { computeMetrics, ingestOptionsFor, metricsJson, metricsOptionsFor, type MetricsResult } from '../metrics/index.ts';
import type { Logger } from './clock.ts';
import { queryKey, type Query } from './query.ts';

export interface Dataset {
  /** The read the metrics were computed from (the sheets' row accounting, the records). */
  readonly ingest: IngestResult;
  readonly metrics: MetricsResult;
  /** Exactly what `union-dash metrics --json` prints for the same sources and options. */
  readonly json: string;
}

export type IngestFn = (sources: readonly string[], options: IngestOptions) => Promise<IngestResult>;

/** Different (term, as_of) pairs kept per generation; the oldest is dropped beyond this. */
const MAX_DATASETS = 64;


export class Generation {
  private readonly datasets = new Map<string, Promise<Dataset>>();

  constructor(
    readonly id: number,
    readonly today: string,
    readonly loadedAt: Date,
    /** The read with default options (no term, as of today). */
    readonly ingest: IngestResult,
    private readonly reread: (options: IngestOptions) => Promise<IngestResult>,
    private readonly logger: Logger,
  ) {}

  dataset(q: Query): Promise<Dataset> {
    const key = queryKey(q);
    let d = this.datasets.get(key);
    if (d) return d;
    d = this.compute(q);
    d.catch(() => this.datasets.delete(key));
    this.datasets.set(key, d);
    if (this.datasets.size > MAX_DATASETS) {
      // The oldest other than the default view, which every plain page load uses.
      const oldest = [...this.datasets.keys()].find((k) => k !== queryKey({}));
      if (oldest !== undefined) this.datasets.delete(oldest);
    }
    return d;
  }

  private async compute(q: Query): Promise<Dataset> {
    const ingest = await this.ingestFor(q);
    const metrics = computeMetrics(ingest, metricsOptionsFor(q, this.today));
    return { ingest, metrics, json: metricsJson(metrics) };
  }

  /**
   * The term and as-of date steer how ingest reads year-less dates and which activities
   * lack sign-ins, so other options read the sources again. If that read fails (a file
   * being saved right now), the generation's own read stands in.
   */
  private async ingestFor(q: Query): Promise<IngestResult> {
    if (q.term === undefined && (q.asOf === undefined || q.asOf === this.today)) return this.ingest;
    const again = await this.reread(ingestOptionsFor(q, this.today));
    if (again.fatal.length === 0) return again;
    this.logger.warn(`按所选学期/日期重新读取时出错（${again.fatal[0]!.message}），改用已读取的数据计算`);
    return this.ingest;
  }
}
