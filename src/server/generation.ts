/**
 * One good read of the sources and everything computed from it. Any (term, as_of) is
 * computed from this one read, never from another: a view never mixes two states of the
 * disk. Metrics are computed once per (term, as_of, today) and kept for the generation's life.
 */
import type { IngestOptions, IngestResult } from '../ingest/index.ts';
import { computeMetrics, metricsJson, metricsOptionsFor, type MetricsResult } from '../metrics/index.ts';
import { queryKey, type Query } from './query.ts';

export interface Dataset {
  /** The read the metrics were computed from (the sheets' row accounting, the records). */
  readonly ingest: IngestResult;
  readonly metrics: MetricsResult;
  /** Exactly what `union-dash metrics --json` prints for the same sources and options. */
  readonly json: string;
}

/** A ledger file gone from its folder whose last read stands in (see ingest's standIns). */
export interface MissingFile {
  readonly path: string;
  /** The name the chair knows it by. */
  readonly file: string;
  /** The first read that did not find it. */
  readonly since: Date;
  /** When it stops standing in unless it is back; null = until the chair confirms with 刷新. */
  readonly until: Date | null;
}

export type IngestFn = (sources: readonly string[], options: IngestOptions) => Promise<IngestResult>;

/** A view's metrics and their `metrics --json` text, computed from one read. */
export interface ComputedView {
  readonly metrics: MetricsResult;
  readonly json: string;
}

/** A view of a read to compute elsewhere (the read worker): the query and the day the reader asks on. */
export interface ViewQuestion {
  readonly query: Query;
  readonly today: string;
}

/** Computes a view of this same read elsewhere; undefined when it cannot (that read is gone there). */
export type ViewElsewhere = (question: ViewQuestion) => Promise<ComputedView | undefined>;

/**
 * What a read brings: the ingest result and, when the reader can (the read worker), the default
 * view of the day read, computed already, and a way to compute other views of it off this thread.
 */
export interface Read {
  readonly result: IngestResult;
  readonly defaultView?: ComputedView;
  readonly elsewhere?: ViewElsewhere;
}

export type ReadFn = (sources: readonly string[], options: IngestOptions) => Promise<Read>;

export function computeView(ingest: IngestResult, q: Query, today: string): ComputedView {
  const metrics = computeMetrics(ingest, metricsOptionsFor(q, today));
  return { metrics, json: metricsJson(metrics) };
}

/** A view of a read: the reader's query and the day asked on. */
const viewKey = (q: Query, today: string) => `${queryKey(q)}|${today}`;

/** Different (term, as_of) pairs kept per generation; the oldest is dropped beyond this. */
const MAX_DATASETS = 64;

export class Generation {
  private readonly datasets = new Map<string, Dataset>();
  private readonly computing = new Map<string, Promise<Dataset>>();

  constructor(
    readonly id: number,
    /** The day the sources were read. */
    readonly readOn: string,
    readonly loadedAt: Date,
    readonly ingest: IngestResult,
    readonly missing: readonly MissingFile[] = [],
    /** Where views not computed yet are computed (the read worker); absent or failing = on this thread. */
    private readonly elsewhere?: ViewElsewhere,
  ) {}

  /**
   * The metrics of this read for a chosen term and day, `today` being the day the reader asks on:
   * computed elsewhere when it can be, so that other requests are answered meanwhile; one
   * computation per view however many ask at once.
   */
  dataset(q: Query, today: string): Promise<Dataset> {
    const key = viewKey(q, today);
    const known = this.datasets.get(key);
    if (known) return Promise.resolve(known);
    let computing = this.computing.get(key);
    if (!computing) {
      computing = (async () => {
        const view = this.elsewhere ? await this.elsewhere({ query: q, today }).catch(() => undefined) : undefined;
        return this.datasets.get(key) ?? this.keep(q, today, view ?? computeView(this.ingest, q, today));
      })().finally(() => this.computing.delete(key));
      this.computing.set(key, computing);
    }
    return computing;
  }

  /** Keeps a view computed elsewhere from this same read (the read worker's default view). */
  keep(q: Query, today: string, view: ComputedView): Dataset {
    const d: Dataset = { ingest: this.ingest, ...view };
    this.datasets.set(viewKey(q, today), d);
    if (this.datasets.size > MAX_DATASETS) {
      // The oldest other than the default view, which every plain page load uses.
      const oldest = [...this.datasets.keys()].find((k) => k !== viewKey({}, today));
      if (oldest !== undefined) this.datasets.delete(oldest);
    }
    return d;
  }
}
