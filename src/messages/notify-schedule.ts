/**
 * When the monthly briefing goes out: the words the chair types in "schedule" (vocabulary,
 * which src/notify/phrase.ts builds its patterns from) and the sentences about a schedule.
 */

/** The words parseSchedule recognises, after NFKC (so `，` is `,` and `８` is `8`). Longest first where one word starts another. */
export const SCHEDULE_WORDS = {
  everyMonth: ['每个月', '每月'],
  /** After 每月: 每月的最后一个工作日. */
  of: ['的'],
  fromEnd: ['倒数'],
  ordinal: ['第'],
  counter: ['个'],
  last: ['最后一个', '最后1个', '最后'],
  workingDay: ['工作日'],
  dayOfMonth: ['日', '号'],
  week: ['每星期', '每礼拜', '每周', '星期', '礼拜', '周'],
  /** The day after 周/星期; 0 = Sunday. Digits 1–7 are read too (7 = Sunday). */
  weekdays: { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, 七: 0 } as Readonly<Record<string, number>>,
  numeralDigits: { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as Readonly<Record<string, number>>,
  numeralTen: '十',
  hour: ['时', '点'],
  minute: ['分'],
  half: ['半'],
  morning: ['上午', '早上', '早晨'],
  afternoon: ['下午', '晚上'],
  /** Between the day and the time: `每周五，15:30`. */
  separator: [',', '、', '的'],
} as const;

/** Sunday first, as Date#getUTCDay counts. */
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

export type CronFieldId = 'minute' | 'hour' | 'day' | 'month' | 'weekday';

const CRON_FIELD: Readonly<Record<CronFieldId, string>> = {
  minute: '第 1 段（分钟，0–59）',
  hour: '第 2 段（小时，0–23）',
  day: '第 3 段（日，1–31）',
  month: '第 4 段（月，1–12）',
  weekday: '第 5 段（星期，0–7，0 和 7 都是星期日）',
};

const FORMS =
  '可以写成：每月倒数第N个工作日（如“每月倒数第3个工作日 08:00”）；每月最后一个工作日（如“每月最后一个工作日 16:30”）；' +
  '每月第N个工作日（如“每月第2个工作日 8点”）；每月D日（如“每月25日 9:00”，这个月没有这一天时在月末最后一天）；' +
  '每周几（如“每周五 15:30”）；或 cron 表达式“分 时 日 月 周”（如“0 8 * * 1-5”，即周一至周五每天 8:00）。' +
  '不写时刻时为 08:00，都按北京时间';

const zh = (s: string) => `${s}（北京时间）`;

export const scheduleText = {
  unreadable: (text: string) => `无法识别发送时间“${text}”。${FORMS}`,
  badTime: (text: string) => `发送时间“${text}”中的时刻不存在：小时应为 0–23，分钟应为 0–59（如 8:00、08:30、8点、8点30分、下午4点）`,
  badOrdinal: (text: string, max: number) => `发送时间“${text}”中的“第几个工作日”应为 1 到 ${max}`,
  badDay: (text: string) => `发送时间“${text}”中的日期应为 1 到 31 日`,
  cronFieldCount: (text: string, count: number) => `cron 表达式“${text}”应有 5 段（分 时 日 月 周，用空格隔开），这里有 ${count} 段`,
  cronField: (text: string, field: CronFieldId, token: string) =>
    `cron 表达式“${text}”的${CRON_FIELD[field]}“${token}”无法识别：可写数字、*、列表 1,15、范围 1-5、间隔 */5 或 1-10/2`,
  cronNever: (text: string) => `cron 表达式“${text}”永远不会触发：所写的月份里没有所写的日期`,
  noRunWithin: (description: string, years: number) =>
    `按“${description}”，${years} 年内找不到一次发送：请检查节假日和调休上班日的设置`,
  describe: {
    nthWorkingDay: (n: number, fromEnd: boolean, time: string) =>
      zh(fromEnd ? (n === 1 ? `每月最后一个工作日 ${time}` : `每月倒数第 ${n} 个工作日 ${time}`) : `每月第 ${n} 个工作日 ${time}`),
    dayOfMonth: (day: number, time: string) =>
      day > 28 ? `每月 ${day} 日 ${time}（北京时间；没有 ${day} 日的月份在该月最后一天）` : zh(`每月 ${day} 日 ${time}`),
    weekly: (weekday: number, time: string) => zh(`每周${WEEKDAY_NAMES[weekday] ?? ''} ${time}`),
    cron: (expression: string) => zh(`按 cron 表达式“${expression}”`),
  },
} as const;
