/**
 * The Word 工作总结 draft of the sample term: its sentences from the figures, read back from
 * the .docx (zip, strict XML, relationships), opened by LibreOffice when it is installed, and
 * written by `union-dash report --out x.docx`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, type TestContext } from 'vitest';
import { ingest as ingestFolder, type IngestResult } from '../../src/ingest/index.ts';
import { draftText } from '../../src/messages/docx-summary.ts';
import { money, num, percent } from '../../src/messages/format.ts';
import { rubricText } from '../../src/messages/rubric.ts';
import { pdfText } from '../../src/messages/pdf.ts';
import { reportText } from '../../src/messages/cli.ts';
import { computeMetrics, statusLabels, targetOf, type MetricsResult } from '../../src/metrics/index.ts';
import { summaryDraftBytes, summaryDraftView, type DraftView } from '../../src/report/docx/index.ts';
import { TEXT_WIDTH_PX } from '../../src/report/docx/document.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { summaryTable } from '../../src/report/term/summary.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { requireLibreOffice } from '../helpers/legacy-convert.ts';
import { missingTool } from '../helpers/missing-tool.ts';
import { all, parseXml, readDocx, type DocxFacts } from '../helpers/docx-reader.ts';
import { FIXTURES, fixtureMetrics, squash } from './fixture-metrics.ts';
import { chromePath, runReportCli } from './report-cli.ts';

const HEADINGS_FINAL = ['一、基本情况', '二、主要工作和成效', '三、存在的不足', '四、下学期打算'];
const EMU_PER_PX = 9525;

let metrics: MetricsResult;
let ingest: IngestResult;
let printer: PdfPrinter | undefined;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  ({ metrics, ingest } = await fixtureMetrics());
});

afterAll(async () => {
  await printer?.close();
  for (const c of cleanups.splice(0)) c();
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-docx-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Paragraph texts of one section of the view. */
const sectionTexts = (view: DraftView, heading: string): string[] =>
  view.sections.find((s) => s.heading === heading)!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** Every name the ledgers give a person: staff (as written and as matched), task owners, proposers, mentors. */
function personNames(r: IngestResult): string[] {
  const names = [
    ...r.records.staff.flatMap((s) => [s.displayName, s.name]),
    ...r.records.tasks.map((t) => t.owner),
    ...r.records.proposals.map((p) => p.proposer),
    ...r.records.mentoring.flatMap((x) => [x.young, x.youngDisplay, x.mentor]),
  ];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && [...n].length >= 2))];
}

describe('the draft’s wording, from the figures', () => {
  test('has the four headings in the usual order, under the school’s and term’s title', () => {
    const view = summaryDraftView({ metrics });
    expect(view.sections.map((s) => s.heading)).toEqual(HEADINGS_FINAL);
    expect(view.title).toBe(`${metrics.school}${metrics.term.label}工会工作总结`);
  });

  test('states the participation rate, the 文体活动 held and the verdict against the target', () => {
    const t = targetOf(metrics, 'participation_rate');
    const held = t.detail.activities.length + t.detail.excluded.length;
    const work = sectionTexts(summaryDraftView({ metrics }), HEADINGS_FINAL[1]!).join('');
    expect(work).toContain(`本学期共开展文体活动 ${held} 次`);
    expect(work).toContain(`参与率 ${percent(t.value)}`);
    expect(work).toContain(`应参加 ${t.detail.eligible} 人次，出席 ${t.detail.present} 人次`);
    expect(work).toContain(t.status === 'met' ? `达到 ${percent(t.target)} 的目标` : `未达到 ${percent(t.target)} 的目标`);
  });

  test('a participation rate below the target reads 未达到 in 二 and is listed in 三 and 四', () => {
    const t = targetOf(metrics, 'participation_rate');
    // the same sign-in records against the plan's 85%: the fixture's 82.1% falls short
    const strict: MetricsResult = { ...metrics, targets: metrics.targets.map((x) => (x.id === t.id ? { ...t, target: 0.85, status: 'not_met' as const } : x)) };
    const view = summaryDraftView({ metrics: strict });
    expect(sectionTexts(view, HEADINGS_FINAL[1]!).join('')).toContain(`参与率 ${percent(t.value)}，未达到 85.0% 的目标。`);
    expect(sectionTexts(view, HEADINGS_FINAL[2]!).join('')).toContain(`文体活动参与率为 ${percent(t.value)}，未达到 85.0% 的目标。`);
    expect(sectionTexts(view, HEADINGS_FINAL[3]!).join('')).toContain('针对文体活动参与率未达标');
  });

  test('三 names every target not met and every over-budget category, and 四 has a step for each', () => {
    const view = summaryDraftView({ metrics });
    const shortfalls = sectionTexts(view, HEADINGS_FINAL[2]!);
    const plans = sectionTexts(view, HEADINGS_FINAL[3]!);
    const notMet = metrics.targets.filter((t) => t.status === 'not_met');
    expect(notMet.length).toBeGreaterThan(0);
    expect(plans).toHaveLength(notMet.length + (metrics.targets.some((t) => t.status === 'no_data') ? 1 : 0));
    for (const [i, line] of shortfalls.entries()) expect(line.startsWith(`${i + 1}. `)).toBe(true);
    const text = shortfalls.join('');
    for (const c of metrics.funds.categories.filter((x) => x.over)) {
      expect(text).toContain(`${c.category}（预算 ${money(c.budget)}，支出 ${money(c.spent)}，执行率 ${percent(c.ratio)}）`);
      expect(plans.join('')).toContain(c.category);
    }
    for (const a of targetOf(metrics, 'archive_completion').detail.missing) expect(text).toContain(a.name);
    expect(plans.every((p) => p.startsWith('针对'))).toBe(true);
  });

  test('without a 考核细则 sheet 二 has no 考核细则自评 and no rubric table', () => {
    const blocks = (v: DraftView) => v.sections.flatMap((x) => x.blocks);
    const withRubric = blocks(summaryDraftView({ metrics }));
    const without = blocks(summaryDraftView({ metrics: { ...metrics, rubric: null } }));
    const isRubric = (b: DraftView['sections'][number]['blocks'][number]) =>
      (b.kind === 'subheading' && b.text.endsWith(rubricText.title)) || (b.kind === 'table' && b.table.caption.endsWith(draftText.work.rubricCaption));
    expect(withRubric.filter(isRubric)).toHaveLength(2);
    expect(without.filter(isRubric)).toEqual([]);
    expect(without.length).toBe(withRubric.length - 3);
  });

  test('before the term’s last month it is a 期中小结 whose 四、下阶段打算 is what each shortfall still needs', async () => {
    const { metrics: mid } = await fixtureMetrics('2026-04-30');
    const view = summaryDraftView({ metrics: mid });
    expect(view.kind).toBe('midterm');
    expect(view.title).toContain('期中小结');
    expect(view.sections.map((s) => s.heading)).toEqual([...HEADINGS_FINAL.slice(0, 3), '四、下阶段打算']);
    const plans = sectionTexts(view, '四、下阶段打算').join('');
    const notMet = mid.targets.filter((t) => t.status !== 'met');
    expect(notMet.length).toBeGreaterThan(0);
    for (const t of notMet) expect(plans).toContain(mid.remaining.find((r) => r.id === t.id)!.text);
    expect(sectionTexts(view, HEADINGS_FINAL[0]!).join('')).toContain('本小结统计截至2026年4月30日');
    expect(sectionTexts(view, HEADINGS_FINAL[0]!).join('')).not.toContain('总评得分');
  });

  test('for a school year (--period 学年) it is the 学年 summary: 本学年, compared with 上学年, ending in 四、下学年打算', () => {
    const year = computeMetrics(ingest, { today: '2026-12-03', asOf: '2026-07-31', span: 'school_year' });
    const view = summaryDraftView({ metrics: year });
    expect(view.title).toBe('青禾市第三中学2025-2026学年工会工作总结');
    expect(view.sections.map((s) => s.heading)).toEqual([...HEADINGS_FINAL.slice(0, 3), '四、下学年打算']);
    const text = view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).join('');
    expect(text).toContain('学校工会按照学年工作计划开展各项工作');
    expect(text).toContain(`本学年共开展文体活动 ${targetOf(year, 'participation_rate').detail.activities.length + targetOf(year, 'participation_rate').detail.excluded.length} 次`);
    expect(text).toContain('按学年总评办法，本学年工会工作总评得分');
    expect(text).not.toContain('学期');
  });
});

/** One printer for the file: the charts’ PNG fallbacks are drawn by the browser that prints the PDFs. */
function printerFor(ctx: TestContext): PdfPrinter {
  const executablePath = requireBrowser(ctx);
  printer ??= new PdfPrinter({ executablePath });
  return printer;
}

describe('the .docx file', () => {
  let bytes: Buffer | undefined;
  let docx: DocxFacts | undefined;
  const build = async (ctx: TestContext): Promise<DocxFacts> => {
    bytes ??= await summaryDraftBytes(printerFor(ctx), { metrics });
    docx ??= readDocx(bytes);
    return docx;
  };

  test('is a valid package: strict XML parts, the main document type, A4 with the 公文 margins, Chinese fonts', async (ctx) => {
    const d = await build(ctx);
    expect(d.xml.size).toBeGreaterThan(5);
    const size = all(d.section, 'w:pgSz')[0]!.attrs;
    expect([size['w:w'], size['w:h']]).toEqual(['11906', '16838']);
    const margin = all(d.section, 'w:pgMar')[0]!.attrs;
    expect(Number(margin['w:top'])).toBeCloseTo((37 / 25.4) * 1440, -1);
    expect(Number(margin['w:left'])).toBeCloseTo((28 / 25.4) * 1440, -1);
    const styles = d.xml.get('word/styles.xml')!;
    const eastAsia = (id: string) =>
      all(styles, 'w:style')
        .find((s) => s.attrs['w:styleId'] === id)
        ?.children.flatMap((c) => (typeof c === 'string' ? [] : all(c, 'w:rFonts')))[0]?.attrs['w:eastAsia'];
    expect(eastAsia('Normal')).toBe(draftText.fonts.body);
    expect(eastAsia('Heading1')).toBe(draftText.fonts.heading);
    expect(eastAsia('Heading2')).toBe(draftText.fonts.subheading);
    expect(d.contentTypes.defaults.get('png')).toBe('image/png');
    expect(d.contentTypes.defaults.get('svg')).toBe('image/svg+xml');
  });

  test('has the title and the four headings, in order, as Heading 1 (Word’s navigation pane lists them)', async (ctx) => {
    const d = await build(ctx);
    expect(d.paragraphs[0]).toEqual({ style: 'Title', text: `${metrics.school}${metrics.term.label}\n工会工作总结` });
    expect(d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(HEADINGS_FINAL);
    const t = targetOf(metrics, 'participation_rate');
    const participation = d.paragraphs.find((p) => p.style === null && p.text.includes('文体活动') && p.text.includes('参与率'));
    expect(participation?.text).toContain(`参与率 ${percent(t.value)}`);
  });

  test('its targets table is the term report’s: every target with the same 要求, 实际 and 是否达成', async (ctx) => {
    const [targets] = (await build(ctx)).tables;
    expect(targets![0]).toEqual(['目标', '要求', '实际', '是否达成']);
    const report = summaryTable(metrics).rows;
    expect(targets!.slice(1)).toEqual(
      metrics.targets.map((t, i) => {
        const [, , value, goal] = report[i]!;
        return [t.label, goal!.text, value!.text, statusLabels[t.status]];
      }),
    );
  });

  test('its funds table has every category’s budget, spending and rate, and the total', async (ctx) => {
    const [, funds] = (await build(ctx)).tables;
    const f = metrics.funds;
    expect(funds!.slice(1, -1)).toEqual(f.categories.map((c) => [c.category, money(c.budget), money(c.spent), percent(c.ratio)]));
    expect(funds!.at(-1)!.slice(0, 3)).toEqual(['合计', money(f.categories.reduce((n, c) => n + (c.budget ?? 0), 0)), money(f.total_spent)]);
  });

  test('ends 二 with 考核细则自评: the rubric’s totals in words and every item with its 分值 and 自评, no cell places', async (ctx) => {
    const d = await build(ctx);
    const r = metrics.rubric!;
    const text = d.paragraphs.map((p) => p.text).join('\n');
    expect(d.paragraphs.filter((p) => /^（[一二三四五六七八九十]+）/.test(p.text)).at(-1)?.text.endsWith(rubricText.title)).toBe(true);
    expect(text).toContain(rubricText.basic(num(r.basic.score), num(r.basic.max)));
    expect(text).toContain(rubricText.total(num(r.total)));
    expect(text).toContain(rubricText.unscored(r.basic.unscored));
    expect(r.basic.unscored).toBe(2);
    const rubric = d.tables.find((t) => t[0]![0] === rubricText.columns.dimension)!;
    expect(rubric[0]).toEqual(['一级指标', '考核内容', '分值', '自评', '依据数据']);
    expect(rubric.slice(1).map((row) => row[1])).toEqual(r.items.map((x) => x.item));
    expect(rubric.slice(1).map((row) => row[3])).toEqual(r.items.map((x) => (x.type === 'veto' ? rubricText.vetoClear : x.score === null ? rubricText.pending : num(x.score))));
    // the evidence cells are the chair's: the draft leaves the building
    expect(rubric.flat().join('').includes('!')).toBe(false);
  });

  test('its charts are SVG pictures with a PNG fallback at twice their size, all in word/media and each referenced', async (ctx) => {
    const d = await build(ctx);
    expect(d.pictures.length).toBe(3);
    const referenced = new Set(d.pictures.flatMap((p) => [p.png, p.svg]));
    const media = [...d.parts.keys()].filter((n) => n.startsWith('word/media/'));
    expect(new Set(media)).toEqual(referenced);
    for (const p of d.pictures) {
      const png = d.parts.get(p.png!)!;
      const svg = d.parts.get(p.svg!)!.toString('utf8');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const root = parseXml(svg);
      expect(root.name).toBe('svg');
      expect(root.attrs['xmlns']).toBe('http://www.w3.org/2000/svg');
      const width = Number(root.attrs['width']);
      const height = Number(root.attrs['height']);
      // IHDR: the PNG is drawn at two device pixels per CSS pixel of the SVG
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
      expect(p.cx).toBeLessThanOrEqual(TEXT_WIDTH_PX * EMU_PER_PX);
      expect(p.cy / p.cx).toBeCloseTo(height / width, 2);
    }
    const captions = d.paragraphs.filter((p) => p.style === 'Caption' && p.text.startsWith('图')).map((p) => p.text);
    expect(captions).toEqual(['图 1　各项文体活动参与率', '图 2　各题满意率：本学期与上学期', '图 3　各科目预算与支出']);
  });

  test('names no person anywhere: no staff name, task owner, proposer or mentor in any part', async (ctx) => {
    const d = await build(ctx);
    const names = personNames(ingest);
    // the metrics themselves do name people, so the check below can fail
    const full = JSON.stringify(metrics);
    expect(names.filter((n) => full.includes(n)).length).toBeGreaterThan(5);
    const xml = [...d.parts.entries()].filter(([n]) => /\.(xml|rels|svg)$/.test(n)).map(([, b]) => b.toString('utf8')).join('\n');
    expect(xml).toContain(metrics.school);
    expect(names.filter((n) => xml.includes(n))).toEqual([]);
  });
});

/** LibreOffice, and whether its Writer can load a document at all (Debian splits Writer from Calc). */
function requireWriter(ctx: TestContext, dir: string): void {
  requireLibreOffice(ctx);
  const probe = join(dir, 'probe.txt');
  writeFileSync(probe, 'probe\n');
  convert(probe, dir);
  if (!existsSync(join(dir, 'probe.pdf'))) missingTool(ctx, 'soffice is installed without Writer and opens no text document (sudo apt-get install libreoffice-writer-nogui)', 'Opening the .docx in a word processor');
}

function convert(file: string, outDir: string): ReturnType<typeof spawnSync> {
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href;
  return spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('opened by LibreOffice', () => {
  test('it converts to an A4 PDF with the title, the headings and the charts, and page 1 renders to PNG', async (ctx) => {
    const dir = scratch();
    requireWriter(ctx, dir);
    requirePoppler(ctx);
    const file = join(dir, '工作总结.docx');
    writeFileSync(file, await summaryDraftBytes(printerFor(ctx), { metrics }));
    const run = convert(file, dir);
    const pdfPath = join(dir, '工作总结.pdf');
    expect(existsSync(pdfPath), `soffice: ${String(run.stderr)}`).toBe(true);
    const pdf = readPdf(readFileSync(pdfPath));
    expect(pdf.pageSize).toContain('A4');
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    const text = squash(pdf.pageTexts.join(''));
    expect(squash(pdf.pageTexts[0]!)).toContain(squash(`${metrics.school}${metrics.term.label}工会工作总结`));
    let at = -1;
    for (const h of HEADINGS_FINAL) {
      const next = text.indexOf(h, at + 1);
      expect(next, h).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('图3各科目预算与支出');
    // the charts are drawn: as images (the PNG fallback) or as vector text (the SVG)
    const images = spawnSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim() !== '').length;
    expect(images >= 3 || text.includes('三八健步走')).toBe(true);
    const png = join(dir, 'page');
    expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, png]).status).toBe(0);
    expect(statSync(`${png}.png`).size).toBeGreaterThan(10_000);
  });
});

describe('union-dash report --out x.docx', () => {
  const run = (args: string[], cwd: string) => runReportCli(args, cwd, printer ? { printer } : {});

  test('writes the draft relative to the working directory', async (ctx) => {
    printerFor(ctx);
    const dir = scratch();
    const r = await run([FIXTURES, '--term', '2025-2026-2', '--as-of', '2026-06-30', '--out', '总结/工作总结.docx'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`已生成${reportText.summaryDraft.final}：${join(dir, '总结', '工作总结.docx')}`);
    const d = readDocx(readFileSync(join(dir, '总结', '工作总结.docx')));
    expect(d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(HEADINGS_FINAL);
  });

  test('a month has no Word draft; without a browser it exits 2, says why and writes nothing', async () => {
    const dir = scratch();
    const month = await run([FIXTURES, '--month', '2026-05', '--out', 'a.docx'], dir);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain(reportText.monthXlsx);
    chromePath('/nonexistent/chromium');
    const b = await runReportCli([FIXTURES, '--out', 'b.docx'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr.split('\n')).toEqual([pdfText.chromePathMissing('/nonexistent/chromium'), reportText.draftNeedsBrowser]);
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });
});

describe('a term without ledgers', () => {
  test('the draft says what has no data, claims nothing is well, and draws no chart', async () => {
    const dir = scratch();
    const empty = computeMetrics(await ingestFolder([dir], { today: '2026-06-30' }), { term: '2025-2026-2', asOf: '2026-06-30', today: '2026-06-30' });
    const view = summaryDraftView({ metrics: empty });
    const text = view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).join('');
    expect(view.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart')).toEqual([]);
    expect(text).toContain('缺少数据 11 项');
    expect(text).not.toContain('达到');
    expect(text).not.toContain(draftText.shortfalls.none);
    expect(text).not.toContain(draftText.plans.none);
    expect(sectionTexts(view, HEADINGS_FINAL[3]!)).toHaveLength(1);
  });
});
