/** 归档清单: the checklist as an activity × material table, then every material still missing. */
import { targetOf } from '../../../metrics/index.ts';
import { packText } from '../../../messages/pack.ts';
import { privacyText } from '../../../messages/privacy.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type PackContext, type SectionBuilder } from '../part.ts';

const words = packText.archive;

const shownName = (ctx: PackContext, name: string, date: string | null) =>
  !ctx.visibility.welfare && date !== null && ctx.welfare.has(`${name}|${date}`) ? privacyText.welfareActivity : name;

export const archiveSection: SectionBuilder = (ctx) => {
  const { materials, matrix } = ctx.metrics.archive;
  const d = targetOf(ctx.metrics, 'archive_completion').detail;
  const col = words.columns;
  const mark = (state: (typeof matrix)[number]['cells'][number]): CellInput =>
    state === null
      ? { text: words.marks.none }
      : state === 'missing'
        ? { text: words.marks.missing, tone: 'not_met', strong: true }
        : { text: words.marks[state], ...(state === 'not_required' ? { tone: 'muted' as const } : {}) };
  const checklist = table({
    caption: words.caption,
    columns: [
      { label: col.no, align: 'right', width: '6%' },
      { label: col.activity, width: '28%' },
      dateColumn(col.date),
      ...materials.map((x) => ({ label: x.material, align: 'center' as const })),
    ],
    rows: matrix.map((r, i) => [String(i + 1), shownName(ctx, r.name, r.date), r.date, ...r.cells.map(mark)]),
    empty: words.empty,
    ...(matrix.length > 0 ? { note: words.legend } : {}),
  });
  const missing = table({
    caption: words.missing.caption,
    columns: [
      { label: words.missing.columns.activity, width: '40%' },
      dateColumn(words.missing.columns.date),
      { label: words.missing.columns.materials, width: '40%' },
    ],
    rows: d.missing.map((a) => [shownName(ctx, a.name, a.date), a.date ?? '', { text: words.missing.materials(a.materials), tone: 'not_met', strong: true }]),
    empty: words.missing.none,
  });
  const notListed =
    d.not_listed.length > 0
      ? [
          {
            table: table({
              caption: words.notListed.caption,
              columns: [{ label: words.notListed.columns.activity, width: '60%' }, dateColumn(words.notListed.columns.date)],
              rows: d.not_listed.map((a) => [shownName(ctx, a.name, a.date), a.date]),
              empty: '',
            }),
          },
        ]
      : [];
  return [
    section(words.title, {
      lead: matrix.length > 0 ? [words.lead({ listed: matrix.length, complete: matrix.filter((r) => r.complete).length, incomplete: matrix.filter((r) => !r.complete).length })] : [],
      // without a checklist, no missing material does not mean everything is filed
      blocks: matrix.length > 0 ? [{ table: checklist }, { heading: words.missing.heading }, { table: missing }, ...notListed] : [{ table: checklist }, ...notListed],
    }),
  ];
};
