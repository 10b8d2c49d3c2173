/** 台账资料 (the evidence pack) printed from the sample term, read back page by page with poppler. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { roleVisibility } from '../../src/access/index.ts';
import type { IngestResult } from '../../src/ingest/index.ts';
import { cellAt, type ActivityRecord, type ParticipationRecord } from '../../src/ingest/records.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';
import { money } from '../../src/messages/format.ts';
import { privacyText } from '../../src/messages/privacy.ts';
import { packHtml, packView, printedPages, printPack, type PackInput } from '../../src/report/pack/index.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { readPdf, requireBrowser, requirePoppler, withoutCjkFonts, type PdfFacts } from '../helpers/browser.ts';
import { fixtureMetrics, GENERATED_AT, squash } from './fixture-metrics.ts';
import { layoutPages } from './pdf-layout.ts';
import { participationRows, participationTable } from '../../src/ingest/participation-table.ts';

/** The generator's own figures (fixtures/expected), computed without the project's code. */
const EXPECTED = JSON.parse(readFileSync(new URL('../../fixtures/expected/metrics.json', import.meta.url), 'utf8')) as {
  as_of: string;
  funds: { total_spent: number; total_income: number };
};

/** The 资料盒 order of the issue, 工作计划 first when there is one. */
const BOX_ORDER = ['工作计划', '教职工名册', '活动台账', '文明办公室评比', '经费收支明细及预算执行', '满意度测评汇总', '提案办理', '工作台账', '归档清单', '青蓝结对'];

let metrics: MetricsResult;
let ingest: IngestResult;
let printer: PdfPrinter | undefined;
const fonts = withoutCjkFonts();

beforeAll(async () => {
  ({ metrics, ingest } = await fixtureMetrics(EXPECTED.as_of));
});

afterAll(async () => {
  await printer?.close();
  fonts.dispose();
});

const input = (over: Partial<PackInput> = {}): PackInput => ({
  metrics,
  ingest,
  generatedAt: GENERATED_AT,
  visibility: roleVisibility('chair'),
  planFiles: ['2026年春季学期工会工作计划.docx'],
  ...over,
});

/** One printer for the file, on a browser that sees no system CJK font: every glyph comes from the bundled web font. */
function printerFor(ctx: Parameters<typeof requireBrowser>[0]): PdfPrinter {
  const executablePath = requireBrowser(ctx);
  requirePoppler(ctx);
  printer ??= new PdfPrinter({ executablePath, browserEnv: fonts.env });
  return printer;
}

describe('the evidence pack PDF', () => {
  let printed: { pdf: PdfFacts; layout: string[]; prints: number } | undefined;
  const print = async (ctx: Parameters<typeof requireBrowser>[0]) => {
    if (printed === undefined) {
      const r = await printPack(printerFor(ctx), input());
      printed = { pdf: readPdf(r.bytes), layout: layoutPages(r.bytes), prints: r.prints };
    }
    return printed;
  };
  /** The contents: each line's title and page number, from the layout text of page 2 on until the first part. */
  const contents = async (ctx: Parameters<typeof requireBrowser>[0]) => {
    const { layout } = await print(ctx);
    const lines = layout[1]!.split('\n').filter((l) => /\S\s{2,}(\d+|另附)\s*$/.test(l));
    return lines.map((l) => {
      const m = /^\s*(.+?)\s{2,}(\d+|另附)\s*$/.exec(l)!;
      return { title: squash(m[1]!), page: m[2]! };
    });
  };

  test('is A4, searchable, in the bundled Chinese font, with a cover naming the school, the term and the as-of day', async (ctx) => {
    const { pdf } = await print(ctx);
    expect(pdf.pageSize).toContain('A4');
    const cover = squash(pdf.pageTexts[0]!);
    expect(cover).toContain('青禾市第三中学工会');
    expect(cover).toContain('2025-2026学年第二学期');
    expect(cover).toContain('台账资料');
    expect(cover).toContain('数据截至2026年7月31日');
    expect(cover).toContain('2026年6月30日10:05');
    expect(pdf.fonts.some((f) => /NotoSansSC/i.test(f.name) && /TrueType/.test(f.type))).toBe(true);
    expect(pdf.fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
  });

  test('lists the sections in the order of the 资料盒, the work plan as an attached file', async (ctx) => {
    const sections = (await contents(ctx)).filter((e) => /^[一二三四五六七八九十]+、/.test(e.title));
    expect(sections.map((e) => e.title.replace(/^[一二三四五六七八九十]+、/, '').replace(/（.*$/, ''))).toEqual(BOX_ORDER);
    expect(sections[0]).toEqual({ title: '一、工作计划（2026年春季学期工会工作计划.docx，另附原文件）', page: '另附' });
  });

  test('gives each part the page it starts on, and numbers every page but the cover', async (ctx) => {
    const { pdf, prints } = await print(ctx);
    const entries = (await contents(ctx)).filter((e) => e.page !== '另附');
    // the roster, the activities with one sheet per activity with sign-in records, and the other seven
    expect(entries.length).toBe(9 + metrics.activities.filter((a) => a.records > 0).length);
    expect(prints).toBe(2);
    let last = 2;
    for (const e of entries) {
      const page = Number(e.page);
      expect(page, e.title).toBeGreaterThan(last);
      last = page;
      // the heading as printed: 二、教职工名册, or 三八健步走　签到表 for the entry 签到表：三八健步走（2026-03-08）
      const sheet = /^签到表：(.+)（\d{4}-\d{2}-\d{2}）$/.exec(e.title);
      const heading = sheet ? `${sheet[1]}签到表` : e.title;
      const text = squash(pdf.pageTexts[page - 1]!);
      expect(text.replace(/^青禾市第三中学2025-2026学年第二学期台账资料/, ''), `${e.title} on page ${page}`).toMatch(new RegExp(`^${heading.replace(/[()（）]/g, '.')}`));
      // (page 2 is the contents, which name every part)
      if (page > 3) expect(squash(pdf.pageTexts[page - 2]!), `${e.title} before page ${page}`).not.toContain(heading);
    }
    expect(squash(pdf.pageTexts[0]!)).not.toContain('第1页');
    for (let i = 1; i < pdf.pages; i++) expect(squash(pdf.pageTexts[i]!), `page ${i + 1}`).toContain(`第${i + 1}页/共${pdf.pages}页`);
  });

  test("prints each activity's sign-in sheet with the staff's names, departments and marks", async (ctx) => {
    const { pdf, layout } = await print(ctx);
    const entries = await contents(ctx);
    const walk = entries.find((e) => e.title.startsWith('签到表：三八健步走'))!;
    const page = squash(pdf.pageTexts[Number(walk.page) - 1]!);
    expect(page).toContain('活动日期2026-03-08');
    expect(page).toContain('参加范围女教职工');
    // a person on the roster, as the 3月签到 sheet marks her
    const record = participationRows(ingest.records.participation).find((p) => p.activityName === '三八健步走' && p.mark === 'present' && p.staffIndex !== null)!;
    const staff = ingest.records.staff[record.staffIndex!]!;
    const rows = layout[Number(walk.page) - 1]!.split('\n').map((l) => l.replace(/\s+/g, ''));
    expect(rows.some((r) => r.includes(`${staff.displayName.replace(/\s+/g, '')}${staff.department}签到`))).toBe(true);
    // the visiting teacher of the 签到明细 sheet is not on the roster (fixtures/README.md)
    const all = layout.map((p) => p.replace(/\s+/g, '')).join('');
    expect(all).toMatch(/郑雨桐不在名册签到/);
    // the two 王芳, told apart by department
    expect(all).toMatch(/王芳语文组/);
    expect(all).toMatch(/王芳英语组/);
  });

  test("lists the archive checklist's missing materials", async (ctx) => {
    const { layout } = await print(ctx);
    const entries = await contents(ctx);
    const archive = entries.find((e) => e.title.endsWith('归档清单'))!;
    const rows = layout
      .slice(Number(archive.page) - 1)
      .join('\n')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''));
    const missingAt = rows.indexOf('缺少的材料');
    expect(missingAt).toBeGreaterThan(0);
    const after = rows.slice(missingAt);
    // fixtures/README.md: 读书分享会缺新闻稿, 八段锦晨练缺总结
    expect(after).toContain('读书分享会2026-04-23新闻稿');
    expect(after).toContain('八段锦晨练2026-05-13总结');
  });

  test('prints the funds ledger row by row with totals that match the generator', async (ctx) => {
    const { layout } = await print(ctx);
    const rows = layout.join('\n').split('\n').map((l) => l.replace(/\s+/g, ''));
    expect(rows).toContain(`合计${money(EXPECTED.funds.total_income)}${money(EXPECTED.funds.total_spent)}`);
    expect(rows.some((r) => /^\d+2026-03-08记-\d+三八健步走奖品、饮用水文体活动支出¥6,850.00$/.test(r))).toBe(true);
  });
});

describe('who may read what', () => {
  const html = (role: 'chair' | 'committee' | 'viewer') => packHtml(input({ visibility: roleVisibility(role) }));
  const someone = () => ingest.records.staff.find((s) => s.name.length >= 3)!.displayName;

  test('the chair sees names and the 慰问 records', () => {
    const h = html('chair');
    expect(h).toContain(someone());
    expect(h).toContain('慰问住院教职工2人');
  });

  test('the committee sees names but not the 慰问 records', () => {
    const h = html('committee');
    expect(h).toContain(someone());
    expect(h).not.toContain('慰问住院教职工2人');
    expect(h).toContain(privacyText.welfareActivity);
  });

  test('a viewer sees no staff name anywhere', () => {
    const h = html('viewer');
    const names = ingest.records.staff.filter((s) => s.name.length >= 3).map((s) => s.displayName);
    expect(names.filter((n) => h.includes(n))).toEqual([]);
    expect(h).toContain(`名册共 ${ingest.records.staff.length} 人（按权限不显示姓名）`);
  });
});

describe('a 关爱慰问 visit', () => {
  const VISIT = '春节走访慰问退休教职工';
  /** The sample term with one visit and its sign-in sheet of two people. */
  function withVisit(): PackInput {
    const first = ingest.records.activities[0]!;
    const visit: ActivityRecord = { ...first, name: VISIT, date: '2026-02-12', key: `${VISIT}|2026-02-12`, category: '关爱慰问', categoryText: '走访慰问' };
    const sheetRef = { file: '活动与签到.xlsx', sheet: '慰问签到' };
    const marks: ParticipationRecord[] = [0, 1].map((i) => ({
      sheetRef,
      at: cellAt(i + 1, 1),
      activityKey: visit.key,
      activityName: VISIT,
      name: ingest.records.staff[i]!.name,
      staffIndex: i,
      mark: 'present',
    }));
    const read = { ...ingest, records: { ...ingest.records, activities: [...ingest.records.activities, visit], participation: participationTable([...participationRows(ingest.records.participation), ...marks]) } };
    return input({ ingest: read, metrics: computeMetrics(read, { term: '2025-2026-2', asOf: EXPECTED.as_of, today: EXPECTED.as_of }) });
  }

  test('has its sign-in sheet in the chair’s pack', () => {
    const view = packView(withVisit());
    expect(view.toc.map((e) => e.text)).toContain(`签到表：${VISIT}（2026-02-12）`);
  });

  test('is not named, and its sheet is left out, for the committee', () => {
    const pack = { ...withVisit(), visibility: roleVisibility('committee') };
    const view = packView(pack);
    expect(view.toc.some((e) => e.text.includes(VISIT))).toBe(false);
    expect(view.toc.filter((e) => e.level === 2).length).toBe(metrics.activities.filter((a) => a.records > 0).length);
    const h = packHtml(pack);
    expect(h).not.toContain(VISIT);
    expect(h).toContain(privacyText.welfareActivity);
  });
});

test('a file without the page tree and destinations gives no page numbers rather than wrong ones', () => {
  expect(printedPages(Buffer.from('%PDF-1.4\nnot laid out\n%%EOF\n'))).toBeNull();
});
