/**
 * PNG fallbacks of the charts, for Word before 2016 and WPS, which do not draw SVG: the same
 * SVG in the browser that prints the PDFs, with the same web font, at twice its CSS size.
 */
import { documentShell } from '../pdf/document.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import type { ChartView } from '../term/area.ts';

const CSS = `html, body { margin: 0; background: #fff; } .chart { display: inline-block; } .chart > svg { display: block; }`;

export async function chartPngs(printer: PdfPrinter, charts: readonly ChartView[], scale = 2): Promise<Buffer[]> {
  if (charts.length === 0) return [];
  const body = charts.map((c) => `<div class="chart">${c.svg}</div>`).join('\n');
  const shots = await printer.screenshots(documentShell({ title: '', css: CSS, body }), '.chart', { scale });
  if (shots.length !== charts.length) throw new Error(`${charts.length} charts but ${shots.length} screenshots`);
  return shots;
}
