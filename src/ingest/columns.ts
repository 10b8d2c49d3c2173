/**
 * Column names of ledgers.md §3, by field. The same header can mean different fields in
 * different ledgers (类别, 科室, 状态, 编号 …), so each ledger kind picks its own fields.
 */
export const FIELD_NAMES = {
  staffId: ['工号', '编号', '职工号', '教职工编号', '人员编号'],
  name: ['姓名', '教职工姓名', '名字', '教师姓名', '会员姓名', '职工姓名'],
  department: ['部门', '处室', '科室', '教研组', '年级组', '工会小组', '所在部门', '所在科室', '所在教研组'],
  gender: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  status: ['状态', '在职状态', '人员状态', '会员状态'],
  youngFlag: ['是否青年教师', '青年教师'],
  activity: ['活动名称', '活动', '活动项目', '项目名称', '活动主题'],
  date: ['日期', '活动日期', '时间', '活动时间', '发生日期', '记账日期'],
  category: ['类别', '类型', '活动类别', '活动类型'],
  fundCategory: ['科目', '支出科目', '类别', '用途', '支出类别', '预算科目', '经费科目', '收支科目'],
  range: ['参加范围', '参加对象', '对象', '范围', '参与范围', '参与对象'],
  place: ['地点', '活动地点'],
  owner: ['负责人', '责任人', '牵头人', '经办人'],
  mark: ['签到', '出勤', '参加情况', '是否参加', '签到情况', '出勤情况'],
  office: ['办公室', '办公室名称', '科室', '处室'],
  month: ['月份', '月度', '考评月份', '评比月份'],
  total: ['总分', '合计得分', '得分', '合计', '考评总分'],
  description: ['摘要', '事由', '用途说明', '内容', '项目'],
  voucher: ['凭证号', '凭证编号', '单据号', '凭证字号'],
  income: ['收入', '收入金额', '借方', '借方金额'],
  expense: ['支出', '支出金额', '金额', '贷方', '贷方金额'],
  budgetAmount: ['预算', '预算金额', '预算数'],
  proposalId: ['提案号', '提案编号', '编号', '案号'],
  proposalTitle: ['案由', '提案名称', '标题', '提案题目'],
  proposer: ['提案人', '第一提案人'],
  unit: ['承办部门', '承办单位', '责任部门'],
  proposalState: ['办理状态', '办理情况', '状态'],
  replyDate: ['答复日期', '答复时间'],
  feedback: ['反馈意见', '满意度', '提案人意见', '反馈'],
  task: ['工作事项', '任务', '工作内容', '事项', '工作任务'],
  due: ['截止日期', '计划完成时间', '完成时限', '时间节点', '计划完成日期', '截止时间'],
  taskState: ['完成情况', '状态', '进度'],
  doneDate: ['完成日期', '实际完成时间', '实际完成日期'],
  /** The decision log (督办事项): what the monthly meeting decided and who follows it up. */
  decision: ['督办事项', '事项', '议定事项', '决定事项', '会议决定事项', '交办事项'],
  raisedDate: ['提出日期', '交办日期', '会议日期', '提出时间'],
  meeting: ['会议', '提出会议', '交办会议', '会议名称', '来源会议', '会议名称/日期'],
  deadline: ['期限', '办结期限', '督办期限', '完成期限', '要求完成时间'],
  decisionState: ['状态', '办理状态', '进展', '落实情况', '办结情况', '进展情况'],
  closedDate: ['销号日期', '销号时间', '办结日期'],
  note: ['备注', '说明'],
  /** The upper union's assessment rubric (考核细则). */
  rubricDimension: ['一级指标', '考核项目', '考核维度', '评估项目', '一级项目', '考核类别'],
  rubricItem: ['考核内容', '二级指标', '考核要点', '评估内容', '指标内容', '评估要点', '考核细则'],
  rubricMax: ['分值', '标准分', '满分', '分数', '权重分', '基准分'],
  rubricCriteria: ['评分标准', '考核标准', '评分依据', '考核依据', '评分细则', '评分说明'],
  rubricType: ['类型', '指标类型', '项目类型', '性质', '类别'],
  rubricRule: ['计分方式', '计分规则', '评分方式', '计算方式', '自动计分', '计分办法'],
  rubricSource: ['数据来源', '对应指标', '对应台账', '关联指标', '依据指标', '数据依据'],
  selfScore: ['自评分', '自评', '自评得分'],
  reviewScore: ['考评', '考评分', '考评得分', '考核得分'],
  young: ['青年教师', '徒弟', '结对教师'],
  mentor: ['指导教师', '师傅', '导师'],
  term: ['学期'],
  indicator: ['指标', '目标', '指标名称', '目标名称'],
  targetValue: ['目标值', '指标值', '目标'],
  key: ['项目', '设置项', '参数', '名称'],
  value: ['值', '内容', '设置值', '参数值'],
  submittedAt: ['提交答卷时间', '提交时间', '答卷时间', '填写日期', '填写时间', '签到时间', '开始答题时间', '结束答题时间'],
  /** Who submitted an online form (企业微信 收集表): the name when the form has no 姓名 question. */
  submitter: ['提交者', '提交人', '填写人', '签到人'],
  proposalDate: ['提交日期', '提案日期', '立案日期', '提出日期'],
  meetingDate: ['会议日期', '大会日期', '教代会日期'],
  rowNumber: ['序号', '编号', '工号', '学号'],
} as const satisfies Record<string, readonly string[]>;

export type Field = keyof typeof FIELD_NAMES;

/** Chinese name of a field, for messages. */
export const fieldLabel = (f: Field): string => FIELD_NAMES[f][0];

/**
 * What an online form (问卷星, 腾讯问卷, 企业微信) puts around a question's words in its
 * export header: a number ("1、", "2.", "Q3.", "第4题") and a polite lead ("您的", "请填写您的")
 * before them, a question mark after them ("1、您的姓名：" asks for 姓名).
 */
export const QUESTION_LEAD = /^(?:第?\d+(?:题)?[、.:)]|Q\d+[.:、]?)?(?:请(?:输入|填写|写出|选择))?(?:(?:您|你)的)?/u;
export const QUESTION_TAIL = /[?？:：]+$/u;

/** Survey columns that are never items: identifiers and the respondent's own attributes (ledgers.md §5). */
export const SURVEY_ATTRIBUTE =
  /^(序号|编号|工号|学号|学期|部门|性别|年龄|教龄|职称|岗位|提交答卷时间|提交时间|所用时间|来源|来源详情|来自IP|IP|答题时间|总分|姓名|填写时间|开始时间|结束时间)$/iu;
