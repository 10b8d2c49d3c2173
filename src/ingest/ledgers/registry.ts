/**
 * Every ledger kind, in the order they are read: the settings first (they give the term),
 * then the roster and activities that the others look names and activities up in.
 * A kind without an entry here does not compile.
 */
import type { LedgerKind } from '../kinds.ts';
import { activitiesLedger } from './activities/index.ts';
import { archiveLedger } from './archive/index.ts';
import { budgetLedger } from './budget/index.ts';
import { decisionsLedger } from './decisions/index.ts';
import { fundsLedger } from './funds/index.ts';
import type { LedgerDef } from './ledger.ts';
import { mentoringLedger } from './mentoring/index.ts';
import { officesLedger } from './offices/index.ts';
import { participationLedger } from './participation/index.ts';
import { proposalsLedger } from './proposals/index.ts';
import { rubricLedger } from './rubric/index.ts';
import { rosterLedger } from './roster/index.ts';
import { settingsLedger } from './settings/index.ts';
import { surveyLedger } from './survey/index.ts';
import { targetsLedger } from './targets/index.ts';
import { tasksLedger } from './tasks/index.ts';

export const LEDGERS: { readonly [K in LedgerKind]: LedgerDef } = {
  settings: settingsLedger,
  targets: targetsLedger,
  roster: rosterLedger,
  activities: activitiesLedger,
  participation: participationLedger,
  offices: officesLedger,
  funds: fundsLedger,
  budget: budgetLedger,
  survey: surveyLedger,
  proposals: proposalsLedger,
  archive: archiveLedger,
  tasks: tasksLedger,
  mentoring: mentoringLedger,
  decisions: decisionsLedger,
  rubric: rubricLedger,
};

/** The read order. */
export const READ_ORDER = Object.keys(LEDGERS) as readonly LedgerKind[];

/** The order the chair sees kinds in (the template's, ledgers.md §1's); it also settles which of two tied kinds is named first. */
export const DISPLAY_ORDER: readonly LedgerKind[] = [
  'roster',
  'activities',
  'participation',
  'offices',
  'funds',
  'budget',
  'survey',
  'proposals',
  'archive',
  'tasks',
  'mentoring',
  'decisions',
  'rubric',
  'targets',
  'settings',
];

export const ledgerOf = (kind: LedgerKind): LedgerDef => LEDGERS[kind];
