/** Word pools for the district workbook: names, departments, activities, fund categories, survey items. */

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
] as const;

export const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞秀玲婷雪琳颖慧莉红梅燕萍倩洁蕾佳欣悦晨瑶怡璐丹妍琴薇'] as const;
export const GIVEN_MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰建志博然东海振国'] as const;
export const GIVEN_SHARED = [...'子思一嘉晓雨天可家文佳若春秋新永'] as const;

/** Teaching and office groups of one school, with their share of the staff. */
export const GROUPS: readonly (readonly [string, number])[] = [
  ['语文组', 18],
  ['数学组', 18],
  ['英语组', 14],
  ['理化生组', 12],
  ['政史地组', 10],
  ['音体美组', 10],
  ['信息技术组', 4],
  ['行政办公室', 8],
  ['后勤服务处', 6],
];

export const STATUSES: readonly (readonly [string, number])[] = [
  ['在职', 90],
  ['退休', 6],
  ['借调', 1.5],
  ['病休', 1],
  ['调离', 1.5],
];

export interface ActivitySpec {
  /** `MM-DD` in the second calendar year of the school year. */
  readonly day: string;
  readonly name: string;
  readonly category: string;
  /** 参加范围 as written. */
  readonly range: string;
}

/** The 40 activities of the term. No name is contained in another (wide sign-in headers match by containment). */
export const ACTIVITIES: readonly ActivitySpec[] = [
  { day: '02-26', name: '寒假师德警示教育学习', category: '师德建设', range: '全体教职工' },
  { day: '02-27', name: '二月工会干部业务培训', category: '干部培训', range: '全体教职工' },
  { day: '03-04', name: '全国两会精神专题学习', category: '理论学习', range: '全体教职工' },
  { day: '03-06', name: '“三八”女教职工健步走', category: '文体活动', range: '女教职工' },
  { day: '03-11', name: '三月工会干部业务培训', category: '干部培训', range: '全体教职工' },
  { day: '03-13', name: '教职工趣味运动会', category: '文体活动', range: '全体教职工' },
  { day: '03-18', name: '学雷锋志愿服务', category: '主题活动', range: '全体教职工' },
  { day: '03-20', name: '春季教职工羽毛球赛', category: '文体活动', range: '全体教职工' },
  { day: '03-25', name: '第七届教代会第三次会议', category: '民主管理', range: '全体教职工' },
  { day: '03-27', name: '青年教师读书沙龙', category: '主题活动', range: '青年教师' },
  { day: '04-01', name: '师德师风专题报告会', category: '师德建设', range: '全体教职工' },
  { day: '04-03', name: '清明缅怀先烈主题活动', category: '主题活动', range: '全体教职工' },
  { day: '04-08', name: '四月工会干部业务培训', category: '干部培训', range: '全体教职工' },
  { day: '04-10', name: '教职工春季踏青健步行', category: '文体活动', range: '全体教职工' },
  { day: '04-15', name: '国家安全教育日专题学习', category: '理论学习', range: '全体教职工' },
  { day: '04-17', name: '教职工乒乓球比赛', category: '文体活动', range: '全体教职工' },
  { day: '04-22', name: '世界读书日教职工诵读会', category: '文体活动', range: '全体教职工' },
  { day: '04-24', name: '走访慰问退休教职工', category: '关爱慰问', range: '退休教职工' },
  { day: '04-29', name: '“五一”劳模先进事迹报告会', category: '榜样选树', range: '全体教职工' },
  { day: '05-08', name: '五月工会干部业务培训', category: '干部培训', range: '全体教职工' },
  { day: '05-13', name: '教职工心理健康讲座', category: '其他', range: '全体教职工' },
  { day: '05-15', name: '教职工拔河比赛', category: '文体活动', range: '全体教职工' },
  { day: '05-20', name: '“最美教师”评选表彰会', category: '榜样选树', range: '全体教职工' },
  { day: '05-22', name: '师德承诺签名活动', category: '师德建设', range: '全体教职工' },
  { day: '05-27', name: '青年教师教学基本功展示', category: '主题活动', range: '青年教师' },
  { day: '05-29', name: '教职工男子篮球赛', category: '文体活动', range: '男教职工' },
  { day: '06-03', name: '校务公开民主评议会', category: '民主管理', range: '全体教职工' },
  { day: '06-05', name: '端午节包粽子活动', category: '文体活动', range: '全体教职工' },
  { day: '06-10', name: '六月工会干部业务培训', category: '干部培训', range: '全体教职工' },
  { day: '06-12', name: '党史学习教育专题学习', category: '理论学习', range: '全体教职工' },
  { day: '06-17', name: '教职工健康体检动员会', category: '关爱慰问', range: '全体教职工' },
  { day: '06-19', name: '女教职工瑜伽健身课', category: '文体活动', range: '女教职工' },
  { day: '06-24', name: '语文组主题教研沙龙', category: '主题活动', range: '第1校·语文组' },
  { day: '06-26', name: '“七一”主题党日活动', category: '主题活动', range: '全体教职工' },
  { day: '07-01', name: '学期工作总结学习会', category: '理论学习', range: '全体教职工' },
  { day: '07-03', name: '教职工排球友谊赛', category: '文体活动', range: '全体教职工' },
  { day: '07-06', name: '暑期安全与师德专题学习', category: '师德建设', range: '全体教职工' },
  { day: '07-08', name: '高温慰问一线教职工', category: '关爱慰问', range: '全体教职工' },
  { day: '07-09', name: '工会经费使用情况通报会', category: '民主管理', range: '全体教职工' },
  { day: '07-10', name: '优秀工会会员表彰会', category: '榜样选树', range: '全体教职工' },
];

export interface FundCategory {
  readonly name: string;
  readonly side: 'income' | 'expense';
  /** Share of the ledger's rows. */
  readonly weight: number;
  /** Amount range in yuan. */
  readonly min: number;
  readonly max: number;
  /** 摘要 templates: {s} = school number, {a} = a 文体活动 name. */
  readonly summaries: readonly string[];
}

export const FUND_CATEGORIES: readonly FundCategory[] = [
  { name: '会费收入', side: 'income', weight: 5, min: 1500, max: 6000, summaries: ['第{s}校收缴会员会费', '第{s}校补缴会费'] },
  { name: '拨缴经费收入', side: 'income', weight: 4, min: 8000, max: 60000, summaries: ['第{s}校行政拨缴工会经费'] },
  { name: '上级补助收入', side: 'income', weight: 3, min: 2000, max: 30000, summaries: ['区教育工会补助第{s}校', '上级工会专项补助'] },
  { name: '行政补助收入', side: 'income', weight: 3, min: 2000, max: 20000, summaries: ['第{s}校行政补助活动经费'] },
  { name: '文体活动支出', side: 'expense', weight: 22, min: 200, max: 8000, summaries: ['第{s}校{a}奖品', '第{s}校{a}场地租赁', '第{s}校购置文体器材', '第{s}校{a}服装'] },
  { name: '宣传活动支出', side: 'expense', weight: 8, min: 100, max: 3000, summaries: ['第{s}校宣传展板制作', '第{s}校工会宣传栏更新'] },
  { name: '职工教育支出', side: 'expense', weight: 10, min: 300, max: 6000, summaries: ['第{s}校教职工读书活动购书', '第{s}校专题讲座讲课费'] },
  { name: '慰问支出', side: 'expense', weight: 20, min: 200, max: 3000, summaries: ['第{s}校慰问生病住院教职工', '第{s}校教职工生日慰问', '第{s}校困难教职工帮扶', '第{s}校节日慰问品'] },
  { name: '维权支出', side: 'expense', weight: 4, min: 200, max: 5000, summaries: ['第{s}校女职工专项体检', '第{s}校法律咨询服务费'] },
  { name: '业务支出', side: 'expense', weight: 12, min: 100, max: 4000, summaries: ['第{s}校工会干部培训费', '第{s}校教代会会务费', '第{s}校办公用品'] },
  { name: '资本性支出', side: 'expense', weight: 2, min: 2000, max: 20000, summaries: ['第{s}校职工之家设备购置'] },
  { name: '其他支出', side: 'expense', weight: 2, min: 50, max: 1500, summaries: ['第{s}校银行手续费', '第{s}校其他零星支出'] },
];

export const SURVEY_ITEMS = [
  '工会活动组织',
  '职工之家建设',
  '困难帮扶与慰问',
  '民主管理与校务公开',
  '经费使用透明度',
  '工会工作总体评价',
] as const;

export const SCALE = ['非常满意', '满意', '基本满意', '不满意'] as const;
