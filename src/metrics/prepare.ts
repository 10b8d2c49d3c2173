/**
 * What every computation for one (term, as-of) starts from: the settings, the period, the
 * targets with the 目标 sheet's overrides, and every finding about the data as of that day.
 * `check` and `metrics` both take their issues from here, so they never disagree.
 */
import type { IngestResult, LedgerIssue } from '../ingest/index.ts';
import { datedIssues } from './dated-issues.ts';
import { resolvePeriod, type Period, type PeriodOptions } from './period.ts';
import { resolveSettings, type MetricsSettings } from './settings.ts';
import { resolveTargets, type ResolvedTarget } from './targets/overrides.ts';
import { TARGETS } from './targets/registry.ts';
import { resolveRubric, type ResolvedRubricItem } from './rubric/index.ts';

export interface Prepared {
  readonly settings: MetricsSettings;
  readonly period: Period;
  readonly targets: readonly ResolvedTarget[];
  /** The 考核细则 rows with the figure each is scored from. */
  readonly rubric: readonly ResolvedRubricItem[];
  /** The read's fatal issues and findings, the settings' and targets', then those as of the day. */
  readonly issues: readonly LedgerIssue[];
}

export function prepare(ingest: IngestResult, options: PeriodOptions): Prepared {
  const { settings, issues: settingIssues } = resolveSettings(ingest.records.settings);
  const period = resolvePeriod(settings, options);
  const { targets, issues: targetIssues } = resolveTargets(TARGETS, ingest.records.targets);
  const { items: rubric, issues: rubricIssues } = resolveRubric(ingest.records.rubric);
  return {
    settings,
    period,
    targets,
    rubric,
    issues: [...ingest.fatal, ...ingest.issues, ...datedIssues(ingest.records, period), ...settingIssues, ...targetIssues, ...rubricIssues],
  };
}

/** Every finding about the data as of a day: what `check` prints and `metrics` carries in `issues`. */
export const issuesAsOf = (ingest: IngestResult, options: PeriodOptions): readonly LedgerIssue[] => prepare(ingest, options).issues;
