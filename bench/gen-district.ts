/**
 * The district-scale workbook for `npm run bench`: 40 schools, 5,000 staff, 40 activities,
 * wide sign-in sheets, 20,000 fund rows, a budget and 10,000 survey responses.
 * Deterministic: a seeded PRNG and fixed dates, so a rerun writes the same cell values
 * (the zip entries' timestamps differ). Written with exceljs's streaming writer and shared
 * strings on (as Excel itself writes them), so the generator's own memory stays low.
 *
 *   npx tsx bench/gen-district.ts [--scale 1] [--seed 20260710] [--out bench/data/district.xlsx]
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { planActivities } from './district/activities.ts';
import { planBudget, planFunds } from './district/funds.ts';
import { MarkDrawer } from './district/marks.ts';
import { districtCounts, type DistrictCounts } from './district/scale.ts';
import { activitiesTable, budgetTable, fundsTable, rosterTable, signInTables, surveyTable } from './district/sheets.ts';
import { planStaff } from './district/staff.ts';
import { writeTable, type TableStats } from './district/table.ts';
import { WORKBOOK_DATE } from './district/term.ts';

/** Bump when the generator's output changes, so `npm run bench` regenerates a stale workbook. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20260710;
export const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), 'data', 'district.xlsx');

export interface GenerateOptions {
  readonly out: string;
  /** 1 = the full district; 0.01 = 50 staff, 200 fund rows, 100 survey responses. */
  readonly scale?: number;
  readonly seed?: number;
}

export interface DistrictSummary {
  readonly generator: number;
  readonly out: string;
  readonly scale: number;
  readonly seed: number;
  readonly sharedStrings: boolean;
  readonly counts: DistrictCounts;
  readonly bytes: number;
  /** Non-empty cells written. */
  readonly cells: number;
  readonly seconds: number;
  readonly sheets: readonly TableStats[];
}

/** Where the summary of a generated workbook is kept, beside it. */
export function summaryPath(out: string): string {
  return out.replace(/\.xlsx$/i, '') + '.summary.json';
}

export async function generateDistrict(options: GenerateOptions): Promise<DistrictSummary> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = districtCounts(scale);
  await mkdir(dirname(options.out), { recursive: true });

  const staff = planStaff(counts, seed);
  const activities = planActivities();
  const sports = activities.filter((a) => a.category === '文体活动').map((a) => a.name);
  const funds = planFunds(counts, seed, sports);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.out, useSharedStrings: true, useStyles: true });
  wb.creator = '城南区教育工会';
  wb.lastModifiedBy = '城南区教育工会';
  wb.created = WORKBOOK_DATE;
  wb.modified = WORKBOOK_DATE;

  const specs = [
    rosterTable(staff),
    activitiesTable(activities),
    ...signInTables(staff, activities, counts, new MarkDrawer(activities, seed), seed),
    fundsTable(funds),
    budgetTable(planBudget(funds, seed)),
    surveyTable(counts, staff, seed),
  ];
  const sheets = specs.map((spec) => writeTable(wb, spec));
  await wb.commit();

  const summary: DistrictSummary = {
    generator: GENERATOR_VERSION,
    out: options.out,
    scale,
    seed,
    sharedStrings: true,
    counts,
    bytes: (await stat(options.out)).size,
    cells: sheets.reduce((n, s) => n + s.cells, 0),
    seconds: (performance.now() - started) / 1000,
    sheets,
  };
  await writeFile(summaryPath(options.out), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<void> {
  const scale = Number(flag(args, '--scale') ?? 1);
  const seed = Number(flag(args, '--seed') ?? DEFAULT_SEED);
  const out = resolve(flag(args, '--out') ?? DEFAULT_OUT);
  const s = await generateDistrict({ out, scale, seed });
  console.log(`${s.out}`);
  console.log(`  ${(s.bytes / 1024 / 1024).toFixed(2)} MiB, ${s.cells.toLocaleString('en-US')} cells, ${s.seconds.toFixed(1)} s`);
  for (const t of s.sheets) console.log(`  ${t.sheet}: ${t.dataRows} rows × ${t.columns} columns`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
