import type { LedgerKind } from '../kinds.ts';
import type { RowAccount } from '../table/read-rows.ts';
import type { SheetContext } from '../table/sheet-context.ts';
import { readActivities } from './activities.ts';
import { readArchive } from './archive.ts';
import { readBudget } from './budget.ts';
import type { ReadEnv } from './env.ts';
import { readFunds } from './funds.ts';
import { readMentoring } from './mentoring.ts';
import { readOffices } from './offices.ts';
import { readParticipation } from './participation.ts';
import { readProposals } from './proposals.ts';
import { readRoster } from './roster.ts';
import { readSettings } from './settings.ts';
import { readSurvey } from './survey.ts';
import { readTargets } from './targets.ts';
import { readTasks } from './tasks.ts';

type Reader = (ctx: SheetContext, env: ReadEnv) => RowAccount;

const READERS: Record<LedgerKind, Reader> = {
  roster: readRoster,
  activities: readActivities,
  participation: readParticipation,
  offices: readOffices,
  funds: readFunds,
  budget: readBudget,
  survey: readSurvey,
  proposals: readProposals,
  archive: readArchive,
  tasks: readTasks,
  mentoring: readMentoring,
  targets: readTargets,
  settings: readSettings,
};

export const readerFor = (kind: LedgerKind): Reader => READERS[kind];
