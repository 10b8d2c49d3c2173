import type { TermId } from '../../term/term.ts';
import type {
  ActivityRecord,
  ArchiveRecord,
  BudgetRecord,
  DecisionRecord,
  RubricRecord,
  FundRecord,
  MentoringRecord,
  OfficeScoreRecord,
  ProposalRecord,
  Records,
  SettingRecord,
  StaffRecord,
  SurveyResponse,
  TargetOverrideRecord,
  TaskRecord,
} from '../records.ts';
import { ParticipationBuilder } from '../participation-table.ts';

/** Mutable record lists filled sheet by sheet; frozen into `Records` at the end (`sinkRecords`). */
export interface RecordSink {
  staff: StaffRecord[];
  activities: ActivityRecord[];
  participation: ParticipationBuilder;
  offices: OfficeScoreRecord[];
  funds: FundRecord[];
  budget: BudgetRecord[];
  survey: SurveyResponse[];
  proposals: ProposalRecord[];
  archive: ArchiveRecord[];
  tasks: TaskRecord[];
  mentoring: MentoringRecord[];
  decisions: DecisionRecord[];
  rubric: RubricRecord[];
  targets: TargetOverrideRecord[];
  settings: SettingRecord[];
}

export const emptySink = (): RecordSink => ({
  staff: [],
  activities: [],
  participation: new ParticipationBuilder(),
  offices: [],
  funds: [],
  budget: [],
  survey: [],
  proposals: [],
  archive: [],
  tasks: [],
  mentoring: [],
  decisions: [],
  rubric: [],
  targets: [],
  settings: [],
});

/** The records a filled sink holds: participation's builder trimmed into its table. */
export const sinkRecords = (sink: RecordSink): Records => ({ ...sink, participation: sink.participation.finish() });

/** What a ledger reader may consult besides its own sheet. */
export interface ReadEnv {
  readonly sink: RecordSink;
  /** The term year-less dates belong to, and survey sheets named 本学期 / 上学期 refer to. */
  readonly term: TermId;
  /** Where that term comes from. */
  readonly termOrigin: import('../values/index.ts').TermOrigin;
  /** Normalised staff name → indexes into sink.staff. */
  readonly staffByName: ReadonlyMap<string, readonly number[]>;
  readonly departments: readonly string[];
}
