/**
 * The canonical sheet layouts of the blank template: sheet names, header rows, column
 * formats and dropdown lists. The headers are names the ingester recognises
 * (ledgers.md §3), so a filled template reads without any mapping.
 */
import type { LedgerKind } from '../kinds.ts';
import type { ActivityCategory } from '../records.ts';

/** A dropdown list. `openEnded` lists only suggest: other input is accepted too. */
export interface Choices {
  readonly values: readonly string[];
  readonly openEnded?: boolean;
  /** Shown when the cell is selected. */
  readonly hint?: string;
}

export interface ColumnLayout {
  readonly header: string;
  /** Excel column width, in characters (a Chinese character counts about 2). */
  readonly width: number;
  readonly format?: 'date' | 'amount';
  readonly choices?: Choices;
}

export interface SheetLayout {
  readonly name: string;
  readonly kind: LedgerKind;
  /** One paragraph for the 说明 sheet: what the sheet is for and how to fill it. */
  readonly guide: string;
  readonly columns: readonly ColumnLayout[];
}

export const GUIDE_SHEET_NAME = '说明';

/** Rows 2..this carry the dropdowns: far more than a term's ledger needs. */
export const LAST_VALIDATED_ROW = 500;

export const CATEGORY_CHOICES: Choices = {
  values: [
    '理论学习',
    '师德建设',
    '主题活动',
    '文体活动',
    '干部培训',
    '民主管理',
    '关爱慰问',
    '榜样选树',
    '其他',
  ] satisfies ActivityCategory[],
};
export const RANGE_CHOICES: Choices = {
  values: ['全体', '女教职工', '男教职工', '青年教师', '退休教职工'],
  openEnded: true,
  hint: '可从列表中选择，也可直接写部门名称（只统计该部门的教职工）',
};
export const MARK_CHOICES: Choices = { values: ['√', '请假', '×'] };
export const STATUS_CHOICES: Choices = { values: ['在职', '退休', '调离', '借调', '病休'] };
export const GENDER_CHOICES: Choices = { values: ['男', '女'] };
export const YES_NO_CHOICES: Choices = { values: ['是', '否'] };
export const SCALE_CHOICES: Choices = { values: ['非常满意', '满意', '基本满意', '不满意', '很不满意'] };
export const PROPOSAL_STATE_CHOICES: Choices = { values: ['未办理', '办理中', '已办结'] };
export const FEEDBACK_CHOICES: Choices = { values: ['满意', '基本满意', '不满意'] };
export const ARCHIVE_CHOICES: Choices = { values: ['√', '缺', '不适用'] };
export const TASK_STATE_CHOICES: Choices = { values: ['未开始', '进行中', '已完成', '延期'] };

const text = (header: string, width: number, choices?: Choices): ColumnLayout =>
  choices ? { header, width, choices } : { header, width };
const date = (header: string): ColumnLayout => ({ header, width: 13, format: 'date' });
const amount = (header: string): ColumnLayout => ({ header, width: 13, format: 'amount' });

/** In workbook order, after the 说明 sheet. */
export const SHEET_LAYOUTS: readonly SheetLayout[] = [
  {
    name: '教职工名册',
    kind: 'roster',
    guide:
      '全体教职工（含退休教职工）一人一行。状态从列表中选择，不填按“在职”统计。“是否青年教师”填“是”或“否”；' +
      '整列不填时按出生日期计算（学期开始时未满“设置”中的青年教师年龄，默认 35 周岁）。',
    columns: [
      text('工号', 10),
      text('姓名', 12),
      text('性别', 8, GENDER_CHOICES),
      date('出生日期'),
      text('部门', 14),
      text('状态', 10, STATUS_CHOICES),
      text('是否青年教师', 14, YES_NO_CHOICES),
    ],
  },
  {
    name: '活动台账',
    kind: 'activities',
    guide:
      '每次工会活动一行。类别决定活动计入哪项指标：文体活动计入参与率；理论学习、师德建设、主题活动计入“每月集中学习或主题活动”；' +
      '干部培训计入“工会干部每月业务培训”。参加范围可选 全体、女教职工、男教职工、青年教师、退休教职工，也可直接写部门名称；不填按全体统计。',
    columns: [
      text('活动名称', 24),
      date('日期'),
      text('类别', 12, CATEGORY_CHOICES),
      text('参加范围', 14, RANGE_CHOICES),
      text('地点', 16),
      text('负责人', 10),
    ],
  },
  {
    name: '活动签到',
    kind: 'participation',
    guide:
      '每人每次活动一行，活动名称和日期与“活动台账”一致，姓名与“教职工名册”一致。签到：出席写 √，请假写“请假”，缺席写 × 或留空。' +
      '已有“一人一行、每个活动一列”的签到表也可直接使用，不必改成本表格式。',
    columns: [text('活动名称', 24), date('日期'), text('姓名', 12), text('签到', 8, MARK_CHOICES)],
  },
  {
    name: '文明办公室评比',
    kind: 'offices',
    guide:
      '每个办公室每月一行，月份写成 2026年3月。卫生、纪律、节能、氛围为分项得分，总分以所填为准（与分项之和不符时会提醒核对）；' +
      '总分达到“设置”中的文明办公室达标分（默认 90）即为达标。',
    columns: [
      text('办公室', 16),
      text('月份', 11),
      text('卫生', 8),
      text('纪律', 8),
      text('节能', 8),
      text('氛围', 8),
      text('总分', 8),
    ],
  },
  {
    name: '经费收支明细',
    kind: 'funds',
    guide:
      '按凭证逐笔登记，每笔一行；收入、支出只填一边，金额以元为单位。科目与“经费预算”中的科目名称一致，才能算出各科目预算执行情况。' +
      '活动列填“活动台账”中的活动名称（可不填），用于计算每项活动的花费。合计、小计行可以保留，工具会识别并核对，不会重复相加。',
    columns: [
      date('日期'),
      text('凭证号', 10),
      text('摘要', 30),
      text('科目', 16),
      amount('收入'),
      amount('支出'),
      text('活动', 24),
    ],
  },
  {
    name: '经费预算',
    kind: 'budget',
    guide: '每个支出科目一行，填本学期的预算金额（元）。科目名称与“经费收支明细”中的科目一致。',
    columns: [text('科目', 20), amount('预算金额')],
  },
  {
    name: '满意度测评',
    kind: 'survey',
    guide:
      '每份问卷一行，每个测评项目一列（测评项目列可以增删、改名）。答案从列表中选择，也可以写 1–5 分；未作答留空。' +
      '上学期的测评结果也填在本表，学期列写上学期，用于计算“服务满意度较上学期提升”。问卷星导出的表格也可直接使用。',
    columns: [
      text('学期', 22),
      text('部门', 12),
      text('工会活动组织', 14, SCALE_CHOICES),
      text('困难帮扶', 12, SCALE_CHOICES),
      text('文体活动', 12, SCALE_CHOICES),
      text('职工之家建设', 14, SCALE_CHOICES),
      text('民主管理', 12, SCALE_CHOICES),
    ],
  },
  {
    name: '教代会提案',
    kind: 'proposals',
    guide: '每件提案一行。反馈意见是提案人对办理结果的意见：满意、基本满意或不满意；尚未反馈的留空。',
    columns: [
      text('提案号', 10),
      text('案由', 32),
      text('提案人', 10),
      text('承办部门', 12),
      text('办理状态', 10, PROPOSAL_STATE_CHOICES),
      date('答复日期'),
      text('反馈意见', 10, FEEDBACK_CHOICES),
    ],
  },
  {
    name: '资料归档',
    kind: 'archive',
    guide:
      '每次活动一行，活动名称和日期与“活动台账”一致。各项资料：已归档写 √，未归档写“缺”或留空，这次活动不需要的写“不适用”。' +
      '可以增加其他资料列（如“新闻稿”）。',
    columns: [
      text('活动名称', 24),
      date('日期'),
      text('方案', 8, ARCHIVE_CHOICES),
      text('签到表', 8, ARCHIVE_CHOICES),
      text('照片', 8, ARCHIVE_CHOICES),
      text('总结', 8, ARCHIVE_CHOICES),
    ],
  },
  {
    name: '工作台账',
    kind: 'tasks',
    guide: '学期工作计划中的每项工作一行。完成后把完成情况改为“已完成”并填写完成日期；到截止日期仍未完成的会列为逾期。',
    columns: [
      text('工作事项', 30),
      text('负责人', 10),
      date('截止日期'),
      text('完成情况', 10, TASK_STATE_CHOICES),
      date('完成日期'),
    ],
  },
  {
    name: '青蓝结对',
    kind: 'mentoring',
    guide: '每对青年教师与指导教师一行，姓名与“教职工名册”一致，学期写成 2025-2026学年第二学期。',
    columns: [text('青年教师', 12), text('指导教师', 12), text('学期', 22)],
  },
  {
    name: '目标',
    kind: 'targets',
    guide:
      '学期工作计划中的各项指标和目标值，已按工会学期工作计划预填。计划不同时只改目标值（如 ≥90%）；指标名称请勿修改。',
    columns: [text('指标', 28), text('目标值', 10)],
  },
  {
    name: '设置',
    kind: 'settings',
    guide:
      '学校的基本信息。学期写成 2025-2026学年第二学期；学期开始、学期结束写日期；工作月份用于“每月”类指标，用逗号分隔月份；' +
      '文明办公室达标分默认 90；青年教师年龄默认 35（未满此年龄为青年教师）。请填写学校名称。',
    columns: [text('项目', 18), text('值', 26)],
  },
];
