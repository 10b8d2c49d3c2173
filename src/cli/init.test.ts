import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliText } from '../messages/cli.ts';
import { runInit } from './init.ts';
import { EXIT, type CliIO } from './io.ts';

const FILE = '工会台账模板.xlsx';

/** The canonical layouts the ingester recognises, written out here so the test pins them. */
const HEADERS: Record<string, string[]> = {
  教职工名册: ['工号', '姓名', '性别', '出生日期', '部门', '状态', '是否青年教师'],
  活动台账: ['活动名称', '日期', '类别', '参加范围', '地点', '负责人'],
  活动签到: ['活动名称', '日期', '姓名', '签到'],
  文明办公室评比: ['办公室', '月份', '卫生', '纪律', '节能', '氛围', '总分'],
  经费收支明细: ['日期', '凭证号', '摘要', '科目', '收入', '支出', '活动'],
  经费预算: ['科目', '预算金额'],
  满意度测评: ['学期', '部门', '工会活动组织', '困难帮扶', '文体活动', '职工之家建设', '民主管理'],
  教代会提案: ['提案号', '案由', '提案人', '承办部门', '办理状态', '答复日期', '反馈意见'],
  资料归档: ['活动名称', '日期', '方案', '签到表', '照片', '总结'],
  工作台账: ['工作事项', '负责人', '截止日期', '完成情况', '完成日期'],
  青蓝结对: ['青年教师', '指导教师', '学期'],
  督办事项: ['事项', '责任人', '提出日期', '会议', '期限', '状态', '销号日期', '备注'],
  考核细则: ['一级指标', '考核内容', '分值', '评分标准', '类型', '计分方式', '数据来源', '自评分', '考评'],
  目标: ['指标', '目标值'],
  设置: ['项目', '值'],
};
const DATA_SHEETS = Object.keys(HEADERS).filter((s) => s !== '目标' && s !== '设置');

const SCALE = ['非常满意', '满意', '基本满意', '不满意', '很不满意'];
const ARCHIVE = ['√', '缺', '不适用'];
/** sheet → header → dropdown values. */
const DROPDOWNS: Record<string, Record<string, string[]>> = {
  教职工名册: { 性别: ['男', '女'], 状态: ['在职', '退休', '调离', '借调', '病休'], 是否青年教师: ['是', '否'] },
  活动台账: {
    类别: ['理论学习', '师德建设', '主题活动', '文体活动', '干部培训', '民主管理', '关爱慰问', '榜样选树', '其他'],
    参加范围: ['全体', '女教职工', '男教职工', '青年教师', '退休教职工'],
  },
  活动签到: { 签到: ['√', '请假', '×'] },
  满意度测评: { 工会活动组织: SCALE, 困难帮扶: SCALE, 文体活动: SCALE, 职工之家建设: SCALE, 民主管理: SCALE },
  教代会提案: { 办理状态: ['未办理', '办理中', '已办结'], 反馈意见: ['满意', '基本满意', '不满意'] },
  资料归档: { 方案: ARCHIVE, 签到表: ARCHIVE, 照片: ARCHIVE, 总结: ARCHIVE },
  工作台账: { 完成情况: ['未开始', '进行中', '已完成', '延期'] },
  督办事项: { 状态: ['未开始', '办理中', '已销号', '延期'] },
  考核细则: { 类型: ['基本', '加分', '否决'] },
};

let dir: string;
let out: string[];
let err: string[];

const io = (today = '2026-03-20'): CliIO => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  cwd: dir,
  env: {},
  today: () => today,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'union-dash-init-'));
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openTemplate(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  const values: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++) values.push(ws.getCell(row, c).value);
  return values;
}

/** Data rows as objects keyed by header, dates as `YYYY-MM-DD`. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = rowValues(ws, 1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.actualRowCount; r++) {
    const values = rowValues(ws, r).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  }
  return rows;
}

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const col = rowValues(ws, 1).indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header} in ${ws.name}`);
  return col;
}

describe('union-dash init', () => {
  it('creates the folder and writes the template, printing the path and what to do next', async () => {
    const code = await runInit(['新台账/2026春'], io());
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([]);
    const path = join(dir, '新台账', '2026春', FILE);
    expect((await stat(path)).isFile()).toBe(true);
    expect(out.join('\n')).toContain(join('新台账', '2026春', FILE));
    expect(out.join('\n')).toContain('union-dash check 新台账/2026春');
  });

  it('writes the 说明 sheet first, then one sheet per ledger with its canonical, bold, frozen header', async () => {
    await runInit(['t'], io());
    const workbook = await openTemplate(join(dir, 't', FILE));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', ...Object.keys(HEADERS)]);
    for (const [name, headers] of Object.entries(HEADERS)) {
      const ws = sheet(workbook, name);
      expect(rowValues(ws, 1), name).toEqual(headers);
      expect(ws.getCell(1, 1).font?.bold, name).toBe(true);
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      headers.forEach((_, i) => expect(ws.getColumn(i + 1).width, `${name} column ${i + 1}`).toBeGreaterThanOrEqual(8));
    }
  });

  it('explains how to fill every sheet on the 说明 sheet', async () => {
    await runInit(['t'], io());
    const guide = sheet(await openTemplate(join(dir, 't', FILE)), '说明');
    expect(guide.getColumn(1).width).toBeGreaterThanOrEqual(80);
    expect(guide.getCell(2, 1).alignment?.wrapText).toBe(true);
    const text = guide.getColumn(1).values.filter((v) => typeof v === 'string').join('\n');
    for (const name of Object.keys(HEADERS)) expect(text).toContain(`【${name}】`);
    for (const rule of ['√', '请假', '2026-03-08', '元', '灰色', '示例', '增加', '从不修改']) expect(text).toContain(rule);
  });

  it('puts the dropdown lists on the right columns, rows 2 to 500', async () => {
    await runInit(['t'], io());
    const workbook = await openTemplate(join(dir, 't', FILE));
    for (const [name, headers] of Object.entries(HEADERS)) {
      const ws = sheet(workbook, name);
      for (const header of headers) {
        const col = columnOf(ws, header);
        const expected = DROPDOWNS[name]?.[header];
        for (const row of [2, 3, 250, 500]) {
          const validation = ws.getCell(row, col).dataValidation;
          if (!expected) {
            expect(validation, `${name}.${header} row ${row}`).toBeUndefined();
            continue;
          }
          expect(validation, `${name}.${header} row ${row}`).toMatchObject({
            type: 'list',
            allowBlank: true,
            formulae: [`"${expected.join(',')}"`],
          });
          // A department name is a valid 参加范围, so that one list only suggests.
          expect(Boolean(validation?.showErrorMessage), `${name}.${header}`).toBe(header !== '参加范围');
        }
        if (expected) expect(ws.getCell(501, col).dataValidation).toBeUndefined();
      }
    }
  });

  it('fills two grey example rows per ledger that agree with each other and fall inside the term', async () => {
    await runInit(['t'], io('2026-03-20'));
    const workbook = await openTemplate(join(dir, 't', FILE));
    for (const name of DATA_SHEETS) {
      const ws = sheet(workbook, name);
      expect(ws.actualRowCount, name).toBe(3);
      for (const row of [2, 3]) {
        const font = ws.getCell(row, 1).font;
        expect(font?.italic, `${name} row ${row}`).toBe(true);
        expect(font?.color?.argb, `${name} row ${row}`).toBe('FF808080');
      }
    }
    const get = (name: string) => records(sheet(workbook, name));
    const staff = get('教职工名册').map((r) => r['姓名']);
    const activities = get('活动台账').map((r) => `${r['活动名称']}|${r['日期']}`);
    for (const r of get('活动签到')) {
      expect(activities).toContain(`${r['活动名称']}|${r['日期']}`);
      expect(staff).toContain(r['姓名']);
    }
    for (const r of get('资料归档')) expect(activities).toContain(`${r['活动名称']}|${r['日期']}`);
    for (const r of get('青蓝结对')) expect(staff).toEqual(expect.arrayContaining([r['青年教师'], r['指导教师']]));
    const budget = get('经费预算').map((r) => r['科目']);
    for (const r of get('经费收支明细')) {
      expect(budget).toContain(r['科目']);
      expect(activities.map((a) => a.split('|')[0])).toContain(r['活动']);
      expect(typeof r['支出']).toBe('number');
    }
    for (const a of activities) expect(a.split('|')[1]! >= '2026-02-01' && a.split('|')[1]! <= '2026-07-31').toBe(true);
    const terms = get('满意度测评').map((r) => r['学期']);
    expect(terms).toEqual(['2025-2026学年第二学期', '2025-2026学年第一学期']);
  });

  it('formats date columns as yyyy-mm-dd and amounts with two decimals', async () => {
    await runInit(['t'], io());
    const workbook = await openTemplate(join(dir, 't', FILE));
    const activities = sheet(workbook, '活动台账');
    const dateCell = activities.getCell(2, columnOf(activities, '日期'));
    expect(dateCell.value).toBeInstanceOf(Date);
    expect(dateCell.numFmt).toBe('yyyy-mm-dd');
    expect(activities.getCell(100, columnOf(activities, '日期')).numFmt).toBe('yyyy-mm-dd');
    const funds = sheet(workbook, '经费收支明细');
    for (const header of ['收入', '支出']) expect(funds.getCell(2, columnOf(funds, header)).numFmt).toBe('#,##0.00');
    expect(funds.getCell(2, columnOf(funds, '日期')).numFmt).toBe('yyyy-mm-dd');
    const budget = sheet(workbook, '经费预算');
    expect(budget.getCell(2, 2).numFmt).toBe('#,##0.00');
  });

  it('pre-fills the eleven default targets and the settings of the current term', async () => {
    await runInit(['t'], io('2026-03-20'));
    const workbook = await openTemplate(join(dir, 't', FILE));
    const targets = sheet(workbook, '目标');
    expect(records(targets)).toEqual([
      { 指标: '文体活动参与率', 目标值: '≥85%' },
      { 指标: '服务满意度较上学期提升', 目标值: '≥10%' },
      { 指标: '资料归档规范率', 目标值: '≥100%' },
      { 指标: '教代会提案办理满意率', 目标值: '≥95%' },
      { 指标: '常规工作完成率', 目标值: '≥100%' },
      { 指标: '每月集中学习或主题活动', 目标值: '≥100%' },
      { 指标: '工会干部每月业务培训', 目标值: '≥100%' },
      { 指标: '文明办公室每月评选', 目标值: '≥100%' },
      { 指标: '文明办公室达标率稳步提升', 目标值: '≥0%' },
      { 指标: '青年教师结对帮扶覆盖率', 目标值: '≥100%' },
      { 指标: '经费预算执行不超支', 目标值: '≤100%' },
    ]);
    expect(targets.getCell(2, 1).font?.italic).toBeFalsy();
    expect(records(sheet(workbook, '设置'))).toEqual([
      { 项目: '学校名称', 值: null },
      { 项目: '学期', 值: '2025-2026学年第二学期' },
      { 项目: '学期开始', 值: '2026-02-01' },
      { 项目: '学期结束', 值: '2026-07-31' },
      { 项目: '工作月份', 值: '2,3,4,5,6' },
      { 项目: '文明办公室达标分', 值: 90 },
      { 项目: '青年教师年龄', 值: 35 },
    ]);
  });

  it('follows the term of the day it is run', async () => {
    await runInit(['t'], io('2026-10-09'));
    const workbook = await openTemplate(join(dir, 't', FILE));
    const settings = Object.fromEntries(records(sheet(workbook, '设置')).map((r) => [r['项目'], r['值']]));
    expect(settings).toMatchObject({ 学期: '2026-2027学年第一学期', 学期开始: '2026-08-01', 工作月份: '9,10,11,12,1' });
    for (const r of records(sheet(workbook, '活动台账'))) {
      expect(String(r['日期']) >= '2026-08-01' && String(r['日期']) <= '2027-01-31').toBe(true);
    }
  });

  it('never overwrites an existing template', async () => {
    expect(await runInit(['t'], io())).toBe(EXIT.ok);
    const path = join(dir, 't', FILE);
    await writeFile(path, 'the chair filled this in');
    out = [];
    expect(await runInit(['t'], io())).toBe(EXIT.usage);
    expect(err).toEqual([cliText.initExists(join('t', FILE))]);
    expect(out).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe('the chair filled this in');
  });

  it('asks for a folder when none is given', async () => {
    expect(await runInit([], io())).toBe(EXIT.usage);
    expect(err).toEqual([cliText.initNeedsDir]);
    expect(out).toEqual([]);
  });

  it('refuses two folders, unknown options and a folder path that is a file', async () => {
    expect(await runInit(['a', 'b'], io())).toBe(EXIT.usage);
    expect(await runInit(['a', '--force'], io())).toBe(EXIT.usage);
    await writeFile(join(dir, 'plain.txt'), 'x');
    expect(await runInit(['plain.txt'], io())).toBe(EXIT.usage);
    expect(err).toEqual([cliText.initOneDir, cliText.unknownOption('--force'), cliText.initNotADir('plain.txt')]);
    await expect(stat(join(dir, 'a'))).rejects.toThrow();
  });
});
