/**
 * What each sheet of a new template holds: the grey example rows (src/ingest/ledgers/examples.ts,
 * which the readers recognise), and the real defaults of the targets and settings sheets.
 */
import type { LedgerKind } from '../ingest/kinds.ts';
import { exampleRows, type ExampleRow, type ExampleValue } from '../ingest/ledgers/examples.ts';
import { SETTING_KEYS } from '../ingest/ledgers/settings/keys.ts';
import type { DateCell } from '../ingest/model.ts';
import { DEFAULT_SETTINGS, TARGET_DEFS, TARGET_IDS } from '../metrics/index.ts';
import { targetText } from '../messages/targets.ts';
import { makeTerm, type TermId } from '../term/term.ts';
import { targetValueText } from './target-value.ts';

export type TemplateValue = ExampleValue;
export type TemplateRow = ExampleRow;

export interface SheetContent {
  readonly rows: readonly TemplateRow[];
  /** Example rows are styled grey and meant to be deleted. */
  readonly example: boolean;
}

const date = (iso: string): DateCell => ({ kind: 'date', date: iso });

export function templateContent(termId: TermId): Record<LedgerKind, SheetContent> {
  const term = makeTerm(termId);
  const rows = exampleRows(termId);
  const examples = (kind: Exclude<LedgerKind, 'targets' | 'settings'>): SheetContent => ({ rows: rows[kind] ?? [], example: true });
  return {
    roster: examples('roster'),
    activities: examples('activities'),
    participation: examples('participation'),
    offices: examples('offices'),
    funds: examples('funds'),
    budget: examples('budget'),
    survey: examples('survey'),
    proposals: examples('proposals'),
    archive: examples('archive'),
    tasks: examples('tasks'),
    mentoring: examples('mentoring'),
    decisions: examples('decisions'),
    rubric: examples('rubric'),
    targets: { rows: TARGET_IDS.map((id) => [targetText[id].label, targetValueText(TARGET_DEFS[id])]), example: false },
    settings: {
      rows: [
        [SETTING_KEYS.school[0], null],
        [SETTING_KEYS.term[0], term.label],
        [SETTING_KEYS.termStart[0], date(term.start)],
        [SETTING_KEYS.termEnd[0], date(term.end)],
        [SETTING_KEYS.workingMonths[0], term.workingMonths.map((ym) => Number(ym.slice(5, 7))).join(',')],
        [SETTING_KEYS.officePassScore[0], DEFAULT_SETTINGS.officePassScore],
        [SETTING_KEYS.youngAge[0], DEFAULT_SETTINGS.youngAge],
      ],
      example: false,
    },
  };
}
