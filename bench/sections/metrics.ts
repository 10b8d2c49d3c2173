/**
 * computeMetrics at district scale: its wall time (cold and warm) and the child's peak RSS,
 * in a fresh child process per run that ingests the district workbook first.
 */
import { join } from 'node:path';
import { median, runJsonChild, type ChildOutcome } from '../child.ts';
import type { MetricsOnceResult } from '../metrics-once.ts';
import type { BenchContext, Figure, Goal, Section } from './section.ts';

const RSS_LIMIT_MIB = 1024;
/** The dashboard recomputes on every request with new parameters: it should feel immediate. */
const SECONDS_LIMIT = 2;

export const metricsSection: Section = {
  id: 'metrics',
  async run(ctx) {
    const runs: ChildOutcome<MetricsOnceResult>[] = [];
    for (let i = 0; i < ctx.runs; i++) runs.push(await metricsOnce(ctx));
    const ok = runs.every((r) => r.ok);
    const results = runs.flatMap((r) => (r.ok ? [r.value] : []));
    const seconds = ok ? median(results.map((r) => r.seconds)) : null;
    const warm = ok ? median(results.map((r) => r.warmSeconds)) : null;
    const peak = ok ? Math.max(...results.map((r) => r.maxRssMiB)) : null;
    const first = results[0];

    const figures: Figure[] = [];
    if (!ok || !first) {
      const failure = runs.find((r) => !r.ok);
      figures.push({ label: 'metrics', value: `FAILED: ${failure && !failure.ok ? failure.error : ''}` });
    } else {
      figures.push(
        { label: 'computeMetrics median', value: `${seconds!.toFixed(3)} s cold (runs ${results.map((r) => r.seconds.toFixed(3)).join(', ')}), ${warm!.toFixed(3)} s warm` },
        { label: 'peak RSS', value: `${peak!.toFixed(0)} MiB (after ingest, before metrics: ${first.rssBeforeMiB.toFixed(0)} MiB; heap growth ${first.heapGrowthMiB.toFixed(0)} MiB)` },
        { label: 'ingest (context)', value: `${median(results.map((r) => r.ingestSeconds)).toFixed(2)} s` },
        { label: 'metrics JSON', value: `${(first.jsonBytes / 1024).toFixed(0)} KiB` },
        { label: 'targets', value: first.targets.map((t) => `${t.id} ${t.status}${t.value === null ? '' : ` ${t.value.toFixed(3)}`}`).join(', ') },
      );
    }
    const goals: Goal[] = [speedGoal(seconds), rssGoal(peak), dataGoal(first)];
    return {
      id: 'metrics',
      title: `Metrics (${ctx.runs} run${ctx.runs === 1 ? '' : 's'}, asOf ${ctx.asOf})`,
      figures,
      goals,
      data: { medianSeconds: seconds, warmMedianSeconds: warm, peakRssMiB: peak, runs },
    };
  },
};

function metricsOnce(ctx: BenchContext): Promise<ChildOutcome<MetricsOnceResult>> {
  const args = ['--import', import.meta.resolve('tsx'), join(ctx.root, 'bench', 'metrics-once.ts'), ctx.workbook.out, ctx.asOf];
  return runJsonChild<MetricsOnceResult>(process.execPath, args, ctx.root);
}

function speedGoal(seconds: number | null): Goal {
  const label = `computeMetrics < ${SECONDS_LIMIT} s`;
  if (seconds === null) return { label, verdict: 'FAIL', detail: 'metrics failed' };
  return { label, verdict: seconds < SECONDS_LIMIT ? 'PASS' : 'FAIL', detail: `${seconds.toFixed(3)} s` };
}

function rssGoal(peak: number | null): Goal {
  const label = 'peak RSS < 1 GiB';
  if (peak === null) return { label, verdict: 'FAIL', detail: 'metrics failed' };
  return { label, verdict: peak < RSS_LIMIT_MIB ? 'PASS' : 'FAIL', detail: `${peak.toFixed(0)} MiB` };
}

/** Guards the speed figure: the district has sign-ins, funds, a budget and a survey, so those targets must have data. */
function dataGoal(r: MetricsOnceResult | undefined): Goal {
  const label = 'participation, budget and survey computed';
  if (!r) return { label, verdict: 'FAIL', detail: 'metrics failed' };
  const missing = ['participation_rate', 'budget_within'].filter((id) => r.targets.find((t) => t.id === id)?.status === 'no_data');
  return missing.length === 0
    ? { label, verdict: 'PASS', detail: 'participation_rate and budget_within have values' }
    : { label, verdict: 'FAIL', detail: `no data: ${missing.join(', ')}` };
}
