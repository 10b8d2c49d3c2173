/**
 * A small school for privacy tests: 14 staff in 语文组 (6), 数学组 (5) and 心理组 (3 people:
 * a group too small to show on its own), a 关爱慰问 visit naming a colleague, a mentoring
 * pair, a task owner and three absentees from the one 文体活动.
 */
import { settings, type Ledgers } from './union-workbook.ts';

/** 语文组 6, 数学组 5, 心理组 3 people; everyone is in service. */
export const STAFF = ['张敏', '李强', '王丽', '赵刚', '钱芳', '孙浩', '周红', '吴军', '郑爽', '冯雪', '陈晨', '褚卫', '卫东', '蒋欣'];
const DEPT = (i: number) => (i < 6 ? '语文组' : i < 11 ? '数学组' : '心理组');
const ROSTER = [['姓名', '出生日期', '部门', '状态'], ...STAFF.map((n, i) => [n, i === 0 ? '1996-01-01' : '1980-01-01', DEPT(i), '在职'])];

export const SMALL_SCHOOL: Ledgers = {
  设置: settings(),
  教职工名册: ROSTER,
  活动台账: [
    ['活动名称', '日期', '类别', '参加范围'],
    ['教职工气排球赛', '2026-03-10', '文体活动', '全体'],
    ['慰问生病住院的周红老师', '2026-04-02', '关爱慰问', '全体'],
  ],
  // 周红 and 蒋欣 (心理组) and 吴军 missed the match; everyone else came.
  活动签到: [['活动名称', '日期', '姓名', '签到'], ...STAFF.map((n) => ['教职工气排球赛', '2026-03-10', n, ['周红', '蒋欣', '吴军'].includes(n) ? '×' : '√'])],
  青蓝结对: [['青年教师', '指导教师'], ['张敏', '李强']],
  工作台账: [['工作事项', '负责人', '截止日期', '完成情况'], ['经费公开', '王丽', '2026-03-30', '未完成']],
  经费台账: [['日期', '摘要', '科目', '支出'], ['2026-04-02', '慰问生病住院的周红老师', '慰问费', 500]],
};

