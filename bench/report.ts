/** Prints section results as a small developer-facing table. */
import type { SectionResult } from './sections/section.ts';

export function formatReport(header: string, results: readonly SectionResult[]): string {
  const labels = results.flatMap((r) => [...r.figures.map((f) => f.label), ...r.goals.map((g) => g.label)]);
  const width = Math.max(...labels.map((l) => l.length), 10) + 2;
  const lines = [header, ''];
  for (const r of results) {
    lines.push(r.title);
    for (const f of r.figures) lines.push(`  ${f.label.padEnd(width)}${f.value}`);
    lines.push('');
  }
  const goals = results.flatMap((r) => r.goals);
  if (goals.length > 0) {
    lines.push('Goals');
    for (const g of goals) lines.push(`  ${g.verdict.padEnd(6)}${g.label.padEnd(width)}${g.detail}`);
  }
  return lines.join('\n');
}
