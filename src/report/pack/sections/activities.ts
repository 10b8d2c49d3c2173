/**
 * 活动台账: the term's activities held by the as-of day, then each activity's sign-in sheet
 * (签到表) on a page of its own, two people to a row, with the marks as recorded.
 */
import { participationRows } from '../../../ingest/participation-table.ts';
import { participationRef, type ActivityRecord, type ParticipationRecord, type Records } from '../../../ingest/records.ts';
import type { ActivityRow } from '../../../metrics/index.ts';
import { packText } from '../../../messages/pack.ts';
import { privacyText } from '../../../messages/privacy.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type PackContext, type PartDraft, type SectionBuilder } from '../part.ts';

const words = packText.activities;
const sheet = packText.signIn;

interface Held {
  readonly row: ActivityRow;
  readonly record: ActivityRecord | undefined;
  readonly marks: readonly ParticipationRecord[];
  /** The name to print: the welfare word for those who may not see 关爱慰问 by name. */
  readonly name: string;
  readonly hidden: boolean;
}

const byPlace = (p: ParticipationRecord, q: ParticipationRecord) => {
  const a = participationRef(p);
  const b = participationRef(q);
  return a.file.localeCompare(b.file) || a.sheet.localeCompare(b.sheet) || a.row - b.row || a.cell.localeCompare(b.cell);
};

function held(ctx: PackContext): { held: Held[]; later: number } {
  const { metrics: m, records, visibility, welfare } = ctx;
  const recordOf = new Map(records.activities.map((a) => [`${a.name}|${a.date}`, a]));
  const marksOf = new Map<string, ParticipationRecord[]>();
  for (const p of participationRows(records.participation)) {
    if (p.activityKey === null) continue;
    const list = marksOf.get(p.activityKey) ?? [];
    list.push(p);
    marksOf.set(p.activityKey, list);
  }
  const rows = m.activities.filter((a) => a.date <= m.as_of);
  return {
    later: m.activities.length - rows.length,
    held: rows.map((row) => {
      const record = recordOf.get(`${row.name}|${row.date}`);
      const hidden = !visibility.welfare && welfare.has(`${row.name}|${row.date}`);
      return {
        row,
        record,
        marks: [...(record ? (marksOf.get(record.key) ?? []) : [])].sort(byPlace),
        name: hidden ? privacyText.welfareActivity : row.name,
        hidden,
      };
    }),
  };
}

function ledgerTable(list: readonly Held[], names: boolean) {
  const col = words.columns;
  return table({
    caption: words.caption,
    columns: [
      { label: col.no, align: 'right', width: '6%' },
      { label: col.name, width: '26%' },
      dateColumn(col.date),
      { label: col.category, align: 'center' },
      { label: col.range, align: 'center' },
      { label: col.place },
      { label: col.owner, align: 'center' },
      { label: col.signIn, align: 'right' },
    ],
    rows: list.map((a, i): (string | CellInput)[] => {
      const r = a.record;
      const categoryText = r && r.categoryText !== '' && r.categoryText !== r.category ? r.categoryText : '';
      return [
        String(i + 1),
        a.name,
        a.row.date,
        categoryText ? { text: a.row.category, sub: categoryText } : a.row.category,
        a.row.range || words.rangeAll,
        a.hidden ? '' : (r?.place ?? ''),
        a.hidden ? '' : names ? (r?.owner ?? '') : privacyText.ownerHidden,
        a.marks.length > 0
          ? words.signInCount({ present: a.marks.filter((x) => x.mark === 'present').length, records: a.marks.length })
          : { text: words.noSignIn, tone: 'muted' },
      ];
    }),
    empty: words.empty,
    note: words.note,
  });
}

/** 张三 语文组 签到 | 李四 数学组 请假: two people to a row, in the order of the sign-in sheet. */
function signInTable(a: Held, staff: Records['staff']) {
  const col = sheet.columns;
  const people = a.marks.map((p, i): (string | CellInput)[] => {
    const s = p.staffIndex === null ? undefined : staff[p.staffIndex];
    const mark = sheet.marks[p.mark];
    return [
      String(i + 1),
      s?.displayName ?? p.name,
      s ? (s.department ?? '') : { text: sheet.notOnRoster, tone: 'muted' },
      p.mark === 'present' ? mark : { text: mark, tone: p.mark === 'absent' ? 'not_met' : 'warn' },
    ];
  });
  const half = [
    { label: col.no, align: 'right' as const, width: '6%' },
    { label: col.name, width: '14%' },
    { label: col.department, width: '18%' },
    { label: col.mark, align: 'center' as const, width: '12%' },
  ];
  const rows: (string | CellInput)[][] = [];
  for (let i = 0; i < people.length; i += 2) rows.push([...people[i]!, ...(people[i + 1] ?? ['', '', '', ''])]);
  return table({ caption: '', columns: [...half, ...half], rows, empty: '' });
}

function signInPart(a: Held, staff: Records['staff'], ctx: PackContext): PartDraft {
  const f = sheet.facts;
  const count = (mark: ParticipationRecord['mark']) => a.marks.filter((x) => x.mark === mark).length;
  const counts = sheet.counts({ listed: a.marks.length, present: count('present'), excused: count('excused'), absent: count('absent'), eligible: a.row.eligible });
  const sources = [...new Set(a.marks.map((p) => `${p.sheetRef.file} › ${p.sheetRef.sheet}`))];
  return {
    level: 2,
    title: sheet.title(a.name),
    entry: sheet.entry(a.name, a.row.date),
    lead: [],
    facts: [
      { label: f.date, value: a.row.date },
      { label: f.category, value: a.row.category },
      { label: f.range, value: a.row.range || words.rangeAll },
      ...(a.record?.place ? [{ label: f.place, value: a.record.place }] : []),
      ...(a.record?.owner && ctx.visibility.names ? [{ label: f.owner, value: a.record.owner }] : []),
      { label: f.counts, value: counts },
    ],
    blocks: ctx.visibility.names
      ? [{ table: { ...signInTable(a, staff), note: sheet.source(sources) } }]
      : [{ items: [sheet.hidden(a.marks.length)] }],
    kind: 'signin',
  };
}

export const activitiesSection: SectionBuilder = (ctx) => {
  const { held: list, later } = held(ctx);
  const sheets = list.filter((a) => a.marks.length > 0 && !a.hidden);
  return [
    section(words.title, {
      lead: list.length > 0 ? [words.lead({ held: list.length, withSignIn: list.filter((a) => a.marks.length > 0).length, later })] : [],
      blocks: [{ table: ledgerTable(list, ctx.visibility.names) }],
    }),
    ...sheets.map((a) => signInPart(a, ctx.records.staff, ctx)),
  ];
};
