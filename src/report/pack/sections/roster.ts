/** 教职工名册: the roster as the ledger lists it. */
import { packText } from '../../../messages/pack.ts';
import { table } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.roster;
const col = words.columns;

export const rosterSection: SectionBuilder = ({ records, visibility }) => {
  const staff = records.staff;
  if (!visibility.names) return [section(words.title, { lead: [words.hidden(staff.length)] })];
  const departments = new Set(staff.map((s) => s.department).filter((d) => d !== null)).size;
  const inService = staff.filter((s) => s.status === '在职').length;
  const withId = staff.some((s) => s.staffId !== null);
  return [
    section(words.title, {
      lead: staff.length > 0 ? [words.lead({ total: staff.length, inService, departments })] : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: col.no, align: 'right', width: '8%' },
              ...(withId ? [{ label: col.id, align: 'center' as const }] : []),
              { label: col.name, width: '18%' },
              { label: col.department },
              { label: col.gender, align: 'center' },
              dateColumn(col.birth),
              { label: col.status, align: 'center' },
            ],
            rows: staff.map((s, i) => [
              String(i + 1),
              ...(withId ? [s.staffId ?? ''] : []),
              s.displayName,
              s.department ?? '',
              s.gender ?? '',
              s.birthDate ?? '',
              s.status === '在职' ? s.status : { text: s.status, tone: 'muted' as const },
            ]),
            empty: words.empty,
          }),
        },
      ],
    }),
  ];
};
