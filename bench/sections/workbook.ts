/** The district workbook: generated when missing or stale, otherwise reused. */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_SEED, GENERATOR_VERSION, generateDistrict, summaryPath, type DistrictSummary } from '../gen-district.ts';
import type { Section } from './section.ts';

export async function ensureDistrict(out: string, regenerate: boolean, scale = 1): Promise<{ summary: DistrictSummary; generated: boolean }> {
  if (!regenerate) {
    const reused = await reusable(out, scale);
    if (reused) return { summary: reused, generated: false };
  }
  return { summary: await generateDistrict({ out, scale, seed: DEFAULT_SEED }), generated: true };
}

async function reusable(out: string, scale: number): Promise<DistrictSummary | null> {
  try {
    const summary = JSON.parse(await readFile(summaryPath(out), 'utf8')) as DistrictSummary;
    const { size } = await stat(out);
    const fresh = summary.generator === GENERATOR_VERSION && summary.scale === scale && summary.out === out && summary.seed === DEFAULT_SEED && summary.bytes === size;
    return fresh ? summary : null;
  } catch {
    return null;
  }
}

export const workbookSection: Section = {
  id: 'workbook',
  async run(ctx) {
    const w = ctx.workbook;
    return {
      id: 'workbook',
      title: 'Workbook',
      figures: [
        { label: 'file', value: w.scale === 1 ? w.out : `${w.out} (scale ${w.scale})` },
        { label: 'size', value: `${mib(w.bytes)} MiB` },
        { label: 'cells', value: w.cells.toLocaleString('en-US') },
        { label: 'sheets', value: w.sheets.map((s) => `${s.sheet} ${s.dataRows}`).join(', ') },
        { label: 'generator', value: ctx.generated ? `${w.seconds.toFixed(1)} s` : `reused (took ${w.seconds.toFixed(1)} s)` },
      ],
      goals: [],
      data: w,
    };
  },
};

export function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(2);
}
