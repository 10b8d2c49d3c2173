/** The targets ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readTargets } from './read.ts';

export const targetsLedger: LedgerDef<'targets'> = {
  keywords: ['目标', '指标'],
  fields: ['indicator', 'targetValue'],
  required: ['指标', '目标值'],
  fingerprint: (h) => (h.has('indicator') && h.has('targetValue') && h.match.columns.get('indicator') !== h.match.columns.get('targetValue') ? 0 : -1),
  records: 'targets',
  read: readTargets,
  template: { name: '目标', columns: [text('指标', 28), text('目标值', 10)] },
};
