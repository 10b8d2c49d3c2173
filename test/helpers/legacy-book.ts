/**
 * One union workbook as a chair keeps it, for the differential tests of the other formats
 * (test/ingest/legacy/): titles merged across, a two-row header, a department merged down,
 * dates as Excel date cells (several number formats, one East Asian) and as text, amounts
 * as people write them, √ marks, formulas with cached results (one a #DIV/0!), a 合计 row
 * and a hidden sheet. The same book is saved as .xlsx (exceljs) and then as .xls/.et/.ods.
 */
import { date, formula, type SheetSpec } from './workbook.ts';

export const BOOK_NAME = '工会台账';
export const TODAY = '2026-06-30';

export const LEGACY_BOOK: readonly SheetSpec[] = [
  {
    name: '教职工名册',
    rows: [
      ['张店五中教职工名册'],
      ['工号', '姓名', '部门', '性别', '出生日期'],
      [1001, '张三', '语文组', '男', date('1985-04-12')],
      [1002, '李四', null, '女', date('1990-09-01', 'yyyy"年"m"月"d"日"')],
      [1003, '王五', '数学组', '男', '1988/3/8'],
      [1004, '赵六', '数学组', '女', date('1979-12-30', 'yyyy/m/d')],
      [1005, '孙七', '英语组', '女', 19920715],
    ],
    merges: ['A1:E1', 'C3:C4'],
  },
  {
    name: '活动台账',
    rows: [
      ['2025-2026学年第二学期工会活动台账'],
      ['填表日期：2026年3月31日'],
      ['序号', '活动名称', '日期', '类别', '参加范围'],
      [1, '三八节趣味运动会', date('2026-03-06'), '文体活动', '全体'],
      [2, '读书分享会', '2026年3月20日', '理论学习', '全体'],
      [3, '春季登山', '4月18日', '文体', '全体'],
      [4, '师德报告会', date('2026-05-08', 'yyyy"年"m"月"d"日"'), '师德建设', '全体'],
    ],
    merges: ['A1:E1', 'A2:E2'],
  },
  {
    name: '活动签到',
    rows: [
      ['教职工活动签到表'],
      ['姓名', '部门', '三八节趣味运动会', '读书分享会', '春季登山'],
      ['张三', '语文组', '√', '√', '请假'],
      ['李四', null, '√', null, '√'],
      ['王五', '数学组', '×', '√', '√'],
      ['赵六', null, '√', '病假', '？'],
      ['孙七', '英语组', '√', '√', '√'],
    ],
    merges: ['A1:E1', 'B3:B4', 'B5:B6'],
  },
  {
    name: '文明办公室评比',
    rows: [
      ['2026年文明办公室月度考评'],
      ['办公室', '月份', '考评得分', null, null, null, '总分'],
      [null, null, '卫生', '纪律', '节能', '氛围'],
      ['语文组办公室', '2026年3月', 24, 23, 22, 24, formula('SUM(C4:F4)', 93)],
      ['数学组办公室', date('2026-03-01', 'yyyy"年"m"月"'), 25, 24, 23, 23, 97],
      ['英语组办公室', '3月', 22, 22, formula('1/0', { error: '#DIV/0!' } as never), 24, 90],
    ],
    merges: ['A1:G1', 'C2:F2', 'G2:G3', 'A2:A3', 'B2:B3'],
  },
  {
    name: '经费收支明细',
    rows: [
      ['工会经费收支明细账'],
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      [date('2026-03-02'), '记001', '收到会费', '会费收入', '¥1,200.00', null],
      ['2026.3.6', '记002', '运动会奖品', '文体活动支出', null, 350],
      [20260320, '记003', '图书', '职工教育支出', null, '1,250.5'],
      ['3月25日', '记004', '拨缴经费', '拨缴经费收入', '1.2万', null],
      [date('2026-04-18', 'yyyy/m/d'), '记005', '登山保险', '文体活动支出', null, formula('12*30', 360)],
      [null, null, '本月合计', null, formula('SUM(E3:E7)', 13200), formula('SUM(F3:F7)', 1900)],
      ['制表人：王五', null, null, '审核人：张三'],
    ],
    merges: ['A1:F1'],
  },
  {
    name: '经费预算',
    rows: [
      ['科目', '预算金额'],
      ['文体活动支出', '30,000'],
      ['职工教育支出', 5000],
    ],
  },
  { name: '旧名册', state: 'hidden', rows: [['姓名', '部门'], ['周八', '语文组']] },
];
