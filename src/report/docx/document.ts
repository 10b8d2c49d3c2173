/**
 * The draft as a Word document (docx): A4 with the margins of GB/T 9704 (公文格式), body in
 * 仿宋 三号 at a fixed 28 pt line, headings in 黑体 and 楷体, tables of fixed widths, charts as
 * SVG with a PNG fallback for Word before 2016 and WPS. Fonts are the ones Windows and WPS ship.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IStylesOptions,
} from 'docx';
import { draftText } from '../../messages/docx-summary.ts';
import type { ChartView } from '../term/area.ts';
import type { Align, TableView } from '../view/table.ts';
import { svgFile } from './svg-file.ts';
import type { DraftBlock, DraftView } from './view.ts';

/** Twips per millimetre. */
const MM = 1440 / 25.4;
export const PAGE = {
  width: Math.round(210 * MM),
  height: Math.round(297 * MM),
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
} as const;
/** Width of the text column in twips, and in CSS pixels (96 to the inch) for images. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const FONTS = { ...draftText.fonts, latin: 'Times New Roman' } as const;
/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, note: 28, table: 24 } as const;
/** Two characters of body text: the first-line indent of 公文. */
const INDENT = 2 * 16 * 20;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.body), size: SIZE.body },
      paragraph: { indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.title), size: SIZE.title, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 720, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.subheading), size: SIZE.note },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { after: 280 } },
    },
    {
      id: 'Heading1',
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.heading), size: SIZE.body, bold: false, color: '000000' },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 160 } },
    },
    {
      id: 'Heading2',
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.subheading), size: SIZE.body, bold: false, color: '000000' },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: 160 } },
    },
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.heading), size: SIZE.table },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 120, after: 120 } },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: font(FONTS.body), size: SIZE.table },
      paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.LEFT, spacing: { line: 320, lineRule: LineRuleType.AT_LEAST } },
    },
  ],
};

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Column widths in twips from the view's percentages (columns without one share the rest). */
function columnWidths(t: TableView): number[] {
  const given = t.columns.map((c) => (c.width?.endsWith('%') ? Number.parseFloat(c.width) : null));
  const rest = 100 - given.reduce<number>((n, w) => n + (w ?? 0), 0);
  const open = given.filter((w) => w === null).length;
  return given.map((w) => Math.floor((TEXT_WIDTH * (w ?? (open > 0 ? rest / open : 0))) / 100));
}

function tableBlock(t: TableView): (Paragraph | Table)[] {
  if (t.rows.length === 0) return [new Paragraph({ text: t.empty })];
  const widths = columnWidths(t);
  const cell = (text: string, align: Align, width: number, bold: boolean, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          style: 'TableText',
          alignment: header ? AlignmentType.CENTER : ALIGN[align],
          children: [new TextRun({ text, bold, ...(header ? { font: font(FONTS.heading) } : {}) })],
        }),
      ],
    });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, text: t.caption }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: BORDERS,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.label, 'center', widths[i] ?? 0, false, true)) }),
        ...t.rows.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.text, c.align, widths[i] ?? 0, c.strong === true, false)) }),
        ),
      ],
    }),
    ...(t.note ? [new Paragraph({ style: 'TableText', text: t.note })] : []),
  ];
}

/** The chart's size in CSS pixels, from the SVG's own width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('chart SVG without a width and height');
  return { width, height };
}

function chartBlock(chart: ChartView, png: Buffer): Paragraph[] {
  const size = svgSize(chart.svg);
  const width = Math.min(TEXT_WIDTH_PX, size.width);
  const height = Math.round((size.height * width) / size.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svgFile(chart.svg), 'utf8'),
          fallback: { type: 'png', data: png },
          transformation: { width, height },
          altText: { name: chart.caption, title: chart.caption, description: chart.caption },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', text: chart.caption }),
  ];
}

/** The charts of a view in document order: what needs a PNG fallback. */
export const chartsOf = (view: DraftView): ChartView[] =>
  view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));

/** The Word document of a draft; `pngs` are the fallbacks of `chartsOf(view)`, in that order. */
export function draftDocument(view: DraftView, pngs: readonly Buffer[]): Document {
  const charts = chartsOf(view);
  if (pngs.length !== charts.length) throw new Error(`${charts.length} charts but ${pngs.length} PNG fallbacks`);
  let next = 0;
  const last = view.sections.at(-1)?.blocks.at(-1);
  const block = (b: DraftBlock): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'subheading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: b.text })];
      case 'paragraph':
        // the last paragraph goes with the signature, so that is never alone on a page
        return [new Paragraph({ text: b.text, ...(b === last ? { keepNext: true } : {}) })];
      case 'table':
        return tableBlock(b.table);
      case 'chart':
        return chartBlock(b.chart, pngs[next++]!);
    }
  };
  const right = { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: INDENT } } as const;
  return new Document({
    creator: 'union-dash',
    lastModifiedBy: 'union-dash',
    title: view.title,
    description: view.note,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: Math.round(15 * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                indent: { firstLine: 0 },
                children: [new TextRun({ font: font(FONTS.title), size: SIZE.note, children: [draftText.footer.before, PageNumber.CURRENT, draftText.footer.after] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(view.titleLines[0]), new TextRun({ text: view.titleLines[1], break: 1 })] }),
          new Paragraph({ style: 'Subtitle', text: view.note }),
          ...view.sections.flatMap((s) => [new Paragraph({ heading: HeadingLevel.HEADING_1, text: s.heading }), ...s.blocks.flatMap(block)]),
          new Paragraph({ ...right, spacing: { before: 560 }, text: view.signature }),
          new Paragraph({ ...right, text: view.date }),
        ],
      },
    ],
  });
}
