/**
 * How long 台账资料 takes to print for a big school: the sample term's records blown up to
 * `--activities` activities (default 120) with a sign-in sheet of `--staff` people each (default 150),
 * and ten times the fund, task and proposal rows. Prints once and says seconds, pages and prints.
 *   npx tsx bench/pack-scale.ts [--activities N] [--staff N] [--out FILE.pdf]
 * PACK_HTML=FILE also writes the pack's HTML there (PACK_HTML_ONLY=1: and stops), to try CSS on it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/index.ts';
import { participationTable } from '../src/ingest/participation-table.ts';
import { cellAt, type ActivityRecord, type ParticipationRecord, type Records, type StaffRecord } from '../src/ingest/records.ts';
import { computeMetrics, EVERYTHING } from '../src/metrics/index.ts';
import { packHtml, printPack } from '../src/report/pack/index.ts';
import { PdfPrinter } from '../src/report/pdf/index.ts';

const { values } = parseArgs({ options: { activities: { type: 'string' }, staff: { type: 'string' }, out: { type: 'string' } } });
const nActivities = Number(values.activities ?? 120);
const nStaff = Number(values.staff ?? 150);
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const base = await ingest([FIXTURES], { today: '2026-07-31' });
const r = base.records;
const staff: StaffRecord[] = Array.from({ length: nStaff }, (_, i) => {
  const s = r.staff[i % r.staff.length]!;
  const copy = Math.floor(i / r.staff.length);
  return copy === 0 ? s : { ...s, name: `${s.name}${copy + 1}`, displayName: `${s.displayName}${copy + 1}`, staffId: `${s.staffId ?? ''}-${copy + 1}` };
});
const day = (i: number) => {
  const d = new Date(Date.UTC(2026, 1, 2) + (i % 170) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const activities: ActivityRecord[] = Array.from({ length: nActivities }, (_, i) => {
  const a = r.activities[i % r.activities.length]!;
  const name = `${a.name}${i + 1}`;
  return { ...a, name, date: day(i), key: `${name}|${day(i)}` };
});
const marks = ['present', 'present', 'present', 'excused', 'absent'] as const;
const participation: ParticipationRecord[] = activities.flatMap((a, ai) => {
  const sheetRef = { file: 'sign-in.xlsx', sheet: `sheet${ai + 1}` };
  return staff.map((s, si) => ({
    sheetRef,
    at: cellAt(si + 1, 2),
    activityKey: a.key,
    activityName: a.name,
    name: s.name,
    staffIndex: si,
    mark: marks[(ai + si) % marks.length]!,
  }));
});
const ten = <T>(xs: readonly T[]): T[] => Array.from({ length: 10 }, () => xs).flat();
const records: Records = { ...r, staff, activities, participation: participationTable(participation), funds: ten(r.funds), tasks: ten(r.tasks), proposals: ten(r.proposals) };
const big = { ...base, records };

let t = performance.now();
const metrics = computeMetrics(big, { term: '2025-2026-2', asOf: '2026-07-31', today: '2026-07-31' });
const metricsMs = performance.now() - t;
if (process.env['PACK_HTML']) writeFileSync(process.env['PACK_HTML'], packHtml({ metrics, ingest: big, generatedAt: new Date(), visibility: EVERYTHING }));
if (process.env['PACK_HTML_ONLY']) process.exit(0);
const printer = new PdfPrinter();
await printer.warmUp();
t = performance.now();
const pack = await printPack(printer, { metrics, ingest: big, generatedAt: new Date(), visibility: EVERYTHING });
const printMs = performance.now() - t;
await printer.close();
if (values.out) writeFileSync(values.out, pack.bytes);
console.log(
  JSON.stringify({
    activities: nActivities,
    staff: nStaff,
    signInRows: participation.length,
    metricsSeconds: +(metricsMs / 1000).toFixed(2),
    printSeconds: +(printMs / 1000).toFixed(2),
    prints: pack.prints,
    pages: pack.pages,
    megabytes: +(pack.bytes.length / 1e6).toFixed(2),
  }),
);
