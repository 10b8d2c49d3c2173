/** Names of report files, and the Content-Disposition that carries a Chinese name to the browser. */
import type { MetricsResult } from '../../metrics/index.ts';
import { monthText } from '../../messages/month-report.ts';
import { termText } from '../../messages/term-report.ts';
import { reportKind } from './report-kind.ts';

const safe = (s: string) => s.replace(/[\\/:*?"<>|\r\n]+/g, '').trim();

/** `青禾市第三中学2025-2026学年第二学期期末总评报告.pdf` */
export const termFileName = (m: MetricsResult, ext = 'pdf'): string => `${safe(m.school)}${safe(m.term.label)}${termText.fileName(reportKind(m), m.term.kind, ext)}`;

/** `青禾市第三中学2026年6月月调度简报.pdf` */
export const monthFileName = (m: MetricsResult, month: string): string => `${safe(m.school)}${monthText.fileName(month)}`;

/** RFC 6266 with an ASCII fallback and the real name as RFC 5987 `filename*`. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
