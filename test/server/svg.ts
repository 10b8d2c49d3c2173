/** Assertions on server-rendered chart SVG: what a reader sees as text, and the dashed target line. */
import { expect } from 'vitest';
import { TARGET_LINE_COLOUR } from '../../src/report/status.ts';

/** Every `<text>` of the SVG, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** A dashed line in the target colour, labelled with `label`. */
export function expectTargetLine(svg: string, label: string): void {
  expect(svgTexts(svg)).toContain(label);
  const dashed = [...svg.matchAll(/<path\b[^>]*>/g)].map((m) => m[0]).filter((p) => p.includes(`stroke="${TARGET_LINE_COLOUR}"`) && p.includes('stroke-dasharray'));
  expect(dashed.length, 'a dashed target-coloured line').toBeGreaterThan(0);
}

/** Options are embedded in pages as JSON: nothing may be lost on the way (no functions, no undefined). */
export function expectJsonSafe(option: unknown): void {
  const json = JSON.stringify(option);
  expect(JSON.parse(json)).toStrictEqual(stripUndefined(option));
  expect(json).not.toMatch(/function|=>/);
}

function stripUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripUndefined);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, stripUndefined(x)]));
  return v;
}
