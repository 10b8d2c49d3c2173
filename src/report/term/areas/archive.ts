import { targetOf } from '../../../metrics/index.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.archive;

export const archiveArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'archive_completion').detail;
  const year = m.as_of.slice(0, 4);
  const { missing, not_listed: notListed, undated, listed } = d;
  const lead = listed > 0 ? [words.lead({ asOf: dayZh(m.as_of), listed, complete: d.complete, missing: missing.length })] : [];
  if (undated.length > 0) lead.push(words.undated(undated));
  return {
    id: 'archive',
    targets: targetLines(m, ['archive_completion']),
    lead,
    tables: [
      table({
        caption: words.missing.caption,
        columns: [
          { label: words.missing.columns.activity, width: '38%' },
          { label: words.missing.columns.date, align: 'center' },
          { label: words.missing.columns.materials, width: '40%' },
        ],
        rows: missing.map((a) => [a.name, dayZh(a.date, year), { text: words.missing.materials(a.materials), tone: 'warn' }]),
        empty: words.missing.empty,
      }),
      ...(notListed.length > 0
        ? [
            table({
              caption: words.notListed.caption,
              columns: [{ label: words.notListed.columns.activity, width: '60%' }, { label: words.notListed.columns.date, align: 'center' }],
              rows: notListed.map((a) => [a.name, dayZh(a.date, year)]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
