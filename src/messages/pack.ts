/**
 * 台账资料: the evidence pack the chair binds into the 资料盒 — cover, table of contents and
 * one section per ledger in box order, each a printable table of the ledger's own rows.
 */
import { dateZh } from './format.ts';

const list = (items: readonly string[]) => items.join('、');

export const packText = {
  title: '台账资料',
  /** What a 工作计划 file found among the sources is called in the table of contents. */
  planFileWord: '工作计划',
  coverSchool: (school: string) => `${school}工会`,
  coverFoot: (school: string) => `${school}工会委员会　整理`,
  cover: {
    school: '学校',
    term: '学期',
    span: '起止日期',
    asOf: '数据截至',
    generatedAt: '生成时间',
    sections: '资料目录',
  },
  span: (start: string, end: string) => `${dateZh(start)} 至 ${dateZh(end)}`,
  generatedAt: (when: string) => `${when}（北京时间）`,
  sectionCount: (n: number) => `共 ${n} 部分，见目录`,
  header: (school: string, term: string) => `${school}　${term}台账资料`,
  footer: '第 {page} 页 / 共 {pages} 页',
  toc: {
    title: '目　录',
    page: '页码',
    attached: '另附',
  },
  /** 一、教职工名册 */
  sectionHeading: (n: number, title: string) => `${ordinal(n)}、${title}`,
  noRows: '本学期没有记录。',

  plan: {
    title: '工作计划',
    entry: (files: readonly string[]) => `工作计划（${list(files)}，另附原文件）`,
  },

  roster: {
    title: '教职工名册',
    lead: (p: { total: number; inService: number; departments: number }) =>
      `名册共 ${p.total} 人，其中在职 ${p.inService} 人，分属 ${p.departments} 个部门；按名册原有顺序列出。`,
    caption: '教职工名册',
    columns: { no: '序号', id: '工号', name: '姓名', department: '部门', gender: '性别', birth: '出生日期', status: '状态' },
    empty: '没有读到教职工名册。',
    hidden: (n: number) => `名册共 ${n} 人（按权限不显示姓名）。`,
  },

  activities: {
    title: '活动台账',
    lead: (p: { held: number; withSignIn: number; later: number }) =>
      `截至数据截至日，本学期开展活动 ${p.held} 项，其中 ${p.withSignIn} 项有签到记录，签到表附于活动台账之后，每项活动另起一页。` +
      (p.later > 0 ? `另有 ${p.later} 项活动在数据截至日之后，未列入。` : ''),
    caption: '活动台账',
    columns: { no: '序号', name: '活动名称', date: '日期', category: '类别', range: '参加范围', place: '地点', owner: '负责人', signIn: '签到' },
    signInCount: (p: { present: number; records: number }) => `${p.present}/${p.records}`,
    noSignIn: '未录入',
    note: '“签到”列为签到人数/签到表所列人数；类别按规定类别归类，括号内为台账原写法。',
    empty: '本学期截至数据截至日没有活动记录。',
    rangeAll: '全体',
  },

  signIn: {
    /** The contents line and the heading of one activity's sheet. */
    entry: (name: string, date: string) => `签到表：${name}（${date}）`,
    title: (name: string) => `${name}　签到表`,
    facts: {
      date: '活动日期',
      place: '地点',
      category: '类别',
      range: '参加范围',
      owner: '负责人',
      counts: '签到情况',
    },
    counts: (p: { listed: number; present: number; excused: number; absent: number; eligible: number }) =>
      `表中 ${p.listed} 人：签到 ${p.present} 人，请假 ${p.excused} 人，缺席 ${p.absent} 人；参加范围内在职应到 ${p.eligible} 人`,
    columns: { no: '序号', name: '姓名', department: '部门', mark: '签到' },
    marks: { present: '签到', excused: '请假', absent: '缺席' },
    notOnRoster: '不在名册',
    source: (places: readonly string[]) => `来源：${list(places)}`,
    hidden: (n: number) => `签到表共 ${n} 人（按权限不显示姓名）。`,
  },

  offices: {
    title: '文明办公室评比',
    lead: (threshold: number, offices: number, months: number) =>
      `${offices} 个办公室、${months} 个月的考评得分，达标分 ${threshold} 分。`,
    caption: '文明办公室考评得分',
    columns: { month: '月份', office: '办公室', total: '总分', passed: '是否达标' },
    passed: '达标',
    failed: '未达标',
    empty: '本学期没有文明办公室考评记录。',
  },

  funds: {
    title: '经费收支明细及预算执行',
    lead: (p: { rows: number; income: string; expense: string; balance: string }) =>
      `本学期截至数据截至日共 ${p.rows} 笔收支：收入 ${p.income}，支出 ${p.expense}，收支差额 ${p.balance}（不含期初余额）。`,
    ledger: {
      caption: '经费收支明细',
      columns: { no: '序号', date: '日期', voucher: '凭证号', description: '摘要', category: '科目', income: '收入', expense: '支出' },
      total: '合计',
      empty: '本学期截至数据截至日没有收支记录。',
    },
    budget: {
      caption: '预算执行情况',
      columns: { category: '科目', budget: '预算', spent: '已支出', ratio: '执行率', state: '情况' },
      total: '合计',
      state: { within: '预算内', over: '超预算', unbudgeted: '无预算' },
      empty: '没有预算表，也没有本学期的支出。',
    },
  },

  survey: {
    title: '满意度测评汇总',
    lead: (p: { responses: number; rate: string; from: number; prevResponses: number; prevRate: string }) =>
      `本学期收回答卷 ${p.responses} 份，满意率 ${p.rate}（评分 ${p.from} 分及以上的答案 ÷ 全部非空答案）` +
      (p.prevResponses > 0 ? `；上学期 ${p.prevResponses} 份，满意率 ${p.prevRate}。` : '。') +
      '只列各题汇总，不列个人答卷。',
    caption: '各题满意率',
    columns: { no: '序号', item: '题目', answers: '本学期作答', thisTerm: '本学期满意率', prevTerm: '上学期满意率' },
    empty: '本学期没有满意度测评答卷。',
  },

  proposals: {
    title: '提案办理',
    lead: (p: { total: number; answered: number; satisfied: number; basically: number; unsatisfied: number; awaiting: number }) =>
      `本学期教代会提案 ${p.total} 件，已答复 ${p.answered} 件；反馈满意 ${p.satisfied} 件、基本满意 ${p.basically} 件、不满意 ${p.unsatisfied} 件、尚无反馈 ${p.awaiting} 件。`,
    caption: '教代会提案办理情况',
    columns: { id: '提案号', title: '案由', proposer: '提案人', unit: '承办部门', state: '办理状态', reply: '答复日期', feedback: '反馈意见' },
    none: '—',
    empty: '本学期没有教代会提案。',
  },

  tasks: {
    title: '工作台账',
    lead: (p: { total: number; done: number; overdue: number; open: number }) =>
      `本学期工作 ${p.total} 项：已完成 ${p.done} 项，逾期未完成 ${p.overdue} 项，未到期 ${p.open} 项（按数据截至日计）。`,
    caption: '工作台账',
    columns: { no: '序号', task: '工作事项', owner: '负责人', due: '截止日期', state: '完成情况', doneDate: '完成日期', standing: '状态' },
    standing: { done: '已完成', overdue: '逾期', open: '未到期' },
    overdueDays: (days: number) => `逾期 ${days} 天`,
    empty: '本学期没有工作台账记录。',
  },

  archive: {
    title: '归档清单',
    lead: (p: { listed: number; complete: number; incomplete: number }) =>
      `截至数据截至日，归档清单列有活动 ${p.listed} 项，资料齐全 ${p.complete} 项，缺少材料 ${p.incomplete} 项（见表后“缺少的材料”）。`,
    caption: '资料归档清单',
    columns: { no: '序号', activity: '活动', date: '日期' },
    marks: { present: '√', missing: '缺', not_required: '不适用', none: '' },
    legend: '√ 已归档，缺 尚未归档，不适用 该活动不需要此项材料。',
    empty: '本学期截至数据截至日没有归档清单记录。',
    missing: {
      heading: '缺少的材料',
      caption: '尚未归档的材料（请补齐后归档）',
      columns: { activity: '活动', date: '日期', materials: '缺少的材料' },
      materials: (items: readonly string[]) => list(items),
      none: '归档清单所列活动的材料均已齐全。',
    },
    notListed: {
      caption: '已开展但未列入归档清单的活动',
      columns: { activity: '活动', date: '日期' },
    },
  },

  mentoring: {
    title: '青蓝结对',
    lead: (p: { pairs: number; young: number; paired: number }) =>
      `本学期结对 ${p.pairs} 对；在职青年教师 ${p.young} 人，已结对 ${p.paired} 人。`,
    caption: '青蓝工程结对名单',
    columns: { no: '序号', young: '青年教师', mentor: '指导教师', note: '备注' },
    noMentor: '尚未确定',
    notCounted: { not_on_roster: '不在名册' } as Readonly<Record<string, string>>,
    notCountedStatus: (status: string) => `${status}，不计入`,
    unpaired: {
      caption: '尚未结对的在职青年教师',
      columns: { name: '姓名', department: '部门', birth: '出生日期' },
    },
    empty: '本学期没有青蓝结对记录。',
    hidden: (n: number) => `本学期结对 ${n} 对（按权限不显示姓名）。`,
  },

  /** The pack's page numbers could not be worked out from the printed file. */
  pagesUnknown: '无法从生成的 PDF 中读出各部分的页码，请重试；如反复出现请把这行文字发给技术老师',
} as const;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function ordinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return String(n);
}
