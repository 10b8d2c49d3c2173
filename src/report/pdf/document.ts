import { FONT_FAMILY, fontFaceCss } from './fonts.ts';

/**
 * Text in a page margin. `{page}` and `{pages}` become the page number and the page count,
 * e.g. '第 {page} 页 / 共 {pages} 页'. A string is centred; an object places up to three parts.
 */
export type MarginText = string | { readonly left?: string; readonly center?: string; readonly right?: string };

export interface PageLayout {
  /** Running header, printed in the top margin of every page. */
  readonly header?: MarginText;
  /** Footer, printed in the bottom margin of every page. */
  readonly footer?: MarginText;
  /** No header or footer on page 1 (a cover); it still counts as page 1. */
  readonly plainFirstPage?: boolean;
  /** CSS margin of the A4 sheet; header and footer sit inside it. */
  readonly margin?: string;
}

export interface DocumentParts extends PageLayout {
  readonly title: string;
  /** The template's own stylesheet, applied after the shell's. */
  readonly css: string;
  /** Trusted HTML of the body. */
  readonly body: string;
}

const FONT_STACK = `"${FONT_FAMILY}", sans-serif`;

// `svg text` overrides the inline font-family of chart SVG (ECharts), which may name no CJK font.
const BASE_CSS = `html { font-family: ${FONT_STACK}; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
svg text { font-family: ${FONT_STACK} !important; }
thead { display: table-header-group; }
tr, svg { break-inside: avoid; }`;

/**
 * A complete HTML document for PdfPrinter: the web font's @font-face rules, base styles
 * (Chinese font everywhere, table headers that repeat on each page) and the page layout.
 * Header and footer are CSS page-margin boxes rather than Chromium's header/footer
 * templates, because those cannot use web fonts and print boxes without a system CJK font.
 */
export function documentShell(parts: DocumentParts): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(parts.title)}</title>
<style>
${fontFaceCss()}
${BASE_CSS}
${pageCss(parts)}
</style>
<style>
${parts.css}
</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}

/** The @page rules for a layout. */
export function pageCss(layout: PageLayout): string {
  const boxes = [...marginBoxes('top', layout.header), ...marginBoxes('bottom', layout.footer)];
  const box = (name: string, content: string) =>
    `  @${name} { content: ${content}; font-family: ${FONT_STACK}; font-size: 9pt; color: #444; }`;
  const rules = [`@page {\n  margin: ${layout.margin ?? '18mm 16mm 18mm 16mm'};\n${boxes.map((b) => box(b.name, b.content)).join('\n')}\n}`];
  if (layout.plainFirstPage && boxes.length > 0) {
    rules.push(`@page :first {\n${boxes.map((b) => `  @${b.name} { content: none; }`).join('\n')}\n}`);
  }
  return rules.join('\n');
}

function marginBoxes(edge: 'top' | 'bottom', text: MarginText | undefined): { name: string; content: string }[] {
  if (text === undefined) return [];
  const parts = typeof text === 'string' ? { center: text } : text;
  return (['left', 'center', 'right'] as const).flatMap((side) => {
    const t = parts[side];
    return t === undefined || t === '' ? [] : [{ name: `${edge}-${side}`, content: cssContent(t) }];
  });
}

/** '第 {page} 页' → `"第 " counter(page) " 页"`. */
export function cssContent(text: string): string {
  return text
    .split(/(\{pages?\})/)
    .filter((s) => s !== '')
    .map((s) => (s === '{page}' ? 'counter(page)' : s === '{pages}' ? 'counter(pages)' : cssString(s)))
    .join(' ');
}

function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
