import { targetOf } from '../../../metrics/index.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const archiveArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'archive_completion').detail;
  const year = m.as_of.slice(0, 4);
  const { missing, not_listed: notListed, undated, listed } = d;
  const lead = listed > 0 ? [`资料归档清单列出截至${dayZh(m.as_of)}的活动 ${listed} 项，资料齐全 ${d.complete} 项，缺少资料 ${missing.length} 项。`] : [];
  if (undated.length > 0) lead.push(`清单中有 ${undated.length} 项活动没有填写日期，未计入：${undated.join('、')}。`);
  return {
    id: 'archive',
    targets: targetLines(m, ['archive_completion']),
    lead,
    tables: [
      table({
        caption: '资料不全的活动（请补齐后归档）',
        columns: [{ label: '活动', width: '38%' }, { label: '日期', align: 'center' }, { label: '缺少的资料', width: '40%' }],
        rows: missing.map((a) => [a.name, dayZh(a.date, year), { text: a.materials.join('、'), tone: 'warn' }]),
        empty: '清单所列活动的资料均已齐全。',
      }),
      ...(notListed.length > 0
        ? [
            table({
              caption: '活动台账中有、资料归档清单中没有的活动（请补列入清单）',
              columns: [{ label: '活动', width: '60%' }, { label: '日期', align: 'center' }],
              rows: notListed.map((a) => [a.name, dayZh(a.date, year)]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
