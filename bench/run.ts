/**
 * `npm run bench`: generates the district workbook if missing (or stale), then runs each section
 * and prints figures and goals; results also go to bench/data/results.json.
 *
 *   npm run bench [-- --runs 3] [-- --regen] [-- --only ingest] [-- --scale 10]
 *
 * `--scale N` measures a workbook N times the district (bench/data/district-xN.xlsx, generated
 * when missing); the figures are at scales 1, 4 and 10.
 *
 * A section is one file under bench/sections/ exporting a `Section`; add metrics, HTTP and PDF
 * sections to SECTIONS below. Exits 1 when a goal fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF } from './district/term.ts';
import { DEFAULT_OUT } from './gen-district.ts';
import { formatReport } from './report.ts';
import { httpSection } from './sections/http.ts';
import { ingestSection } from './sections/ingest.ts';
import { metricsSection } from './sections/metrics.ts';
import { reportSection } from './sections/report.ts';
import { startupSection } from './sections/startup.ts';
import type { Section, SectionResult } from './sections/section.ts';
import { ensureDistrict, workbookSection } from './sections/workbook.ts';

const SECTIONS: readonly Section[] = [workbookSection, startupSection, ingestSection, metricsSection, reportSection, httpSection];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'data', 'results.json');

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const runs = Number(option(args, '--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const only = option(args, '--only');
  const scale = Number(option(args, '--scale') ?? 1);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const out = scale === 1 ? DEFAULT_OUT : join(dirname(DEFAULT_OUT), `district-x${scale}.xlsx`);
  const selected = SECTIONS.filter((s) => s.id === 'workbook' || !only || s.id === only);

  const { summary, generated } = await ensureDistrict(out, args.includes('--regen'), scale);
  const ctx = { root: ROOT, workbook: summary, generated, runs, asOf: AS_OF };

  const results: SectionResult[] = [];
  for (const section of selected) {
    console.error(`bench: ${section.id} …`);
    results.push(await section.run(ctx));
  }

  const machine = `node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs`;
  console.log(formatReport(`union-dash bench (${machine})`, results));
  await mkdir(dirname(RESULTS), { recursive: true });
  const doc = { at: new Date().toISOString(), machine, runs, asOf: AS_OF, sections: results };
  await writeFile(RESULTS, JSON.stringify(doc, null, 2) + '\n');
  console.log(`\nresults: ${RESULTS}`);
  return results.some((r) => r.goals.some((g) => g.verdict === 'FAIL')) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
