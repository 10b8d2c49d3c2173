import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIsWorkingDay, describeSchedule, fireMonth, nextRun, parseSchedule, workingDayPredicate, type IsWorkingDay, type Schedule } from './schedule.ts';

// A zone far from Asia/Shanghai, 16 h behind it: a leak of the machine's zone moves every run by a day.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

function schedule(text: string): Schedule {
  const r = parseSchedule(text);
  if (!r.ok) throw new Error(r.message);
  return r.schedule;
}

const next = (text: string, after: string, isWorkingDay: IsWorkingDay = defaultIsWorkingDay) =>
  nextRun(schedule(text), new Date(after), isWorkingDay).toISOString();

const datesOf = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};

/** National Day 2026 as a school might list it: 10月1日–8日 off, Sunday 9月27日 and Saturday 10月10日 on. */
const nationalDay = workingDayPredicate({ holidays: datesOf('2026-10-01', '2026-10-08'), workdays: ['2026-09-27', '2026-10-10'] });
/** Spring Festival 2026: 2月16日–24日 off (seven weekdays), leaving February 13 working days. */
const springFestival = workingDayPredicate({ holidays: datesOf('2026-02-16', '2026-02-24') });
/** The summer holiday: no working day in August. */
const summer = workingDayPredicate({ holidays: datesOf('2026-07-11', '2026-08-31') });

describe('the test runs in another zone', () => {
  it('the machine’s clock reads Los Angeles time', () => {
    expect(new Date('2026-12-29T00:00:00Z').getTimezoneOffset()).toBe(8 * 60); // PST, UTC−8
  });
});

describe('parseSchedule reads what a chair writes', () => {
  it.each<[string, string]>([
    ['每月倒数第3个工作日 08:00', '每月倒数第 3 个工作日 08:00（北京时间）'],
    ['每月倒数第3个工作日8:00', '每月倒数第 3 个工作日 08:00（北京时间）'],
    ['每月倒数第三个工作日', '每月倒数第 3 个工作日 08:00（北京时间）'],
    ['每月 倒数 第３个 工作日　８：００', '每月倒数第 3 个工作日 08:00（北京时间）'],
    ['每月倒数3个工作日 8点', '每月倒数第 3 个工作日 08:00（北京时间）'],
    ['每月最后一个工作日 16:30', '每月最后一个工作日 16:30（北京时间）'],
    ['每月最后一个工作日', '每月最后一个工作日 08:00（北京时间）'],
    ['每月倒数第一个工作日', '每月最后一个工作日 08:00（北京时间）'],
    ['每月的最后1个工作日 下午4点半', '每月最后一个工作日 16:30（北京时间）'],
    ['每月的第3个工作日', '每月第 3 个工作日 08:00（北京时间）'],
    ['每月第2个工作日 8点', '每月第 2 个工作日 08:00（北京时间）'],
    ['每月第二个工作日 8点半', '每月第 2 个工作日 08:30（北京时间）'],
    ['每月第十个工作日 8点30分', '每月第 10 个工作日 08:30（北京时间）'],
    ['每个月第1个工作日 上午9点', '每月第 1 个工作日 09:00（北京时间）'],
    ['每月第1个工作日 7时5分', '每月第 1 个工作日 07:05（北京时间）'],
    ['每月25日 9:00', '每月 25 日 09:00（北京时间）'],
    ['每月25号 下午4点', '每月 25 日 16:00（北京时间）'],
    ['每月十五日', '每月 15 日 08:00（北京时间）'],
    ['每月31日 08:00', '每月 31 日 08:00（北京时间；没有 31 日的月份在该月最后一天）'],
    ['每周五 15:30', '每周五 15:30（北京时间）'],
    ['每周五，下午3点', '每周五 15:00（北京时间）'],
    ['每周日 20:00', '每周日 20:00（北京时间）'],
    ['星期五', '每周五 08:00（北京时间）'],
    ['每星期一 7:30', '每周一 07:30（北京时间）'],
    ['周7 晚上8点', '每周日 20:00（北京时间）'],
    ['0 8 * * 1-5', '按 cron 表达式“0 8 * * 1-5”（北京时间）'],
    ['  30   7 1 * * ', '按 cron 表达式“30 7 1 * *”（北京时间）'],
  ])('%s → %s', (text, description) => {
    expect(describeSchedule(schedule(text))).toBe(description);
  });

  it('into typed schedules', () => {
    expect(parseSchedule('每月倒数第3个工作日 08:00')).toEqual({ ok: true, schedule: { kind: 'nth-working-day', n: 3, fromEnd: true, time: { hour: 8, minute: 0 } } });
    expect(parseSchedule('每月15号')).toEqual({ ok: true, schedule: { kind: 'day-of-month', day: 15, time: { hour: 8, minute: 0 } } });
    expect(parseSchedule('星期日 12点')).toEqual({ ok: true, schedule: { kind: 'weekly', weekday: 0, time: { hour: 12, minute: 0 } } });
    expect(parseSchedule('*/20 8-9 1,15 * 0,7')).toEqual({
      ok: true,
      schedule: {
        kind: 'cron',
        expression: '*/20 8-9 1,15 * 0,7',
        minutes: [0, 20, 40],
        hours: [8, 9],
        days: [1, 15],
        months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        weekdays: [0],
        daysRestricted: true,
        weekdaysRestricted: true,
      },
    });
    expect(parseSchedule('5/20 * * * *')).toMatchObject({ ok: true, schedule: { minutes: [5, 25, 45], daysRestricted: false, weekdaysRestricted: false } });
  });
});

describe('parseSchedule refuses, quoting the text', () => {
  it.each<[string, string]>([
    ['', '无法识别发送时间“”'],
    ['每月', '无法识别发送时间“每月”'],
    ['月底', '无法识别发送时间“月底”'],
    ['每两周一次', '无法识别发送时间“每两周一次”'],
    ['每月倒数第3个工作日 8', '无法识别发送时间“每月倒数第3个工作日 8”'],
    ['每月第3个工作日 明天', '无法识别发送时间“每月第3个工作日 明天”'],
    ['8 30', '无法识别发送时间“8 30”'],
    ['每月第0个工作日', '发送时间“每月第0个工作日”中的“第几个工作日”应为 1 到 20'],
    ['每月倒数第25个工作日', '发送时间“每月倒数第25个工作日”中的“第几个工作日”应为 1 到 20'],
    ['每月32日', '发送时间“每月32日”中的日期应为 1 到 31 日'],
    ['每月0号', '发送时间“每月0号”中的日期应为 1 到 31 日'],
    ['每月5日 25:00', '发送时间“每月5日 25:00”中的时刻不存在'],
    ['每周五 8:60', '发送时间“每周五 8:60”中的时刻不存在'],
    ['0 8 * *', 'cron 表达式“0 8 * *”应有 5 段（分 时 日 月 周，用空格隔开），这里有 4 段'],
    ['0 0 8 * * *', '这里有 6 段'],
    ['0 24 * * *', 'cron 表达式“0 24 * * *”的第 2 段（小时，0–23）“24”无法识别'],
    ['60 8 * * *', '第 1 段（分钟，0–59）“60”'],
    ['0 8 5-1 * *', '第 3 段（日，1–31）“5-1”'],
    ['0 8 * 13 *', '第 4 段（月，1–12）“13”'],
    ['0 8 * * 8', '第 5 段（星期，0–7，0 和 7 都是星期日）“8”'],
    ['*/0 8 * * *', '第 1 段（分钟，0–59）“*/0”'],
    ['0 8 30 2 *', 'cron 表达式“0 8 30 2 *”永远不会触发'],
  ])('%j → %s', (text, fragment) => {
    const r = parseSchedule(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it('an unreadable text lists every accepted form with an example, and every example parses', () => {
    const r = parseSchedule('每月月底');
    if (r.ok) throw new Error('parsed');
    const examples = [...r.message.matchAll(/如“([^”]+)”/gu)].map((m) => m[1]!);
    expect(examples).toEqual(['每月倒数第3个工作日 08:00', '每月最后一个工作日 16:30', '每月第2个工作日 8点', '每月25日 9:00', '每周五 15:30', '0 8 * * 1-5']);
    for (const e of examples) expect(parseSchedule(e).ok).toBe(true);
  });
});

describe('nextRun on the school’s clock', () => {
  it.each<[string, string, string, string, IsWorkingDay?]>([
    // 2026年12月: the 31st is a Thursday, so the last working days are 31, 30, 29
    ['倒数第 3 个工作日, from the start of December', '每月倒数第3个工作日 08:00', '2026-12-01T00:00:00Z', '2026-12-29T00:00:00.000Z'],
    ['…from 4:00 that morning in Shanghai (still the 28th in Los Angeles)', '每月倒数第3个工作日 08:00', '2026-12-28T20:00:00Z', '2026-12-29T00:00:00.000Z'],
    ['…a millisecond before the run', '每月倒数第3个工作日 08:00', '2026-12-28T23:59:59.999Z', '2026-12-29T00:00:00.000Z'],
    ['…at the run itself: next month (1月31日 is a Sunday → 29, 28, 27)', '每月倒数第3个工作日 08:00', '2026-12-29T00:00:00Z', '2027-01-27T00:00:00.000Z'],
    ['…a second after the run', '每月倒数第3个工作日 08:00', '2026-12-29T00:00:01Z', '2027-01-27T00:00:00.000Z'],
    ['…with 12月31日 a listed holiday: 30, 29, 28', '每月倒数第3个工作日', '2026-12-01T00:00:00Z', '2026-12-28T00:00:00.000Z', workingDayPredicate({ holidays: ['2026-12-31'] })],
    ['最后一个工作日 on 10月31日, a Saturday listed as 调休上班', '每月最后一个工作日 16:30', '2026-10-01T00:00:00Z', '2026-10-31T08:30:00.000Z', workingDayPredicate({ workdays: ['2026-10-31'] })],
    ['第 1 个工作日 after National Day (10月1日–8日 off)', '每月第1个工作日', '2026-09-30T12:00:00Z', '2026-10-09T00:00:00.000Z', nationalDay],
    ['第 2 个工作日: the 调休 Saturday 10月10日', '每月第2个工作日', '2026-09-30T12:00:00Z', '2026-10-10T00:00:00.000Z', nationalDay],
    ['第 15 个工作日: February has only 13 after the Spring Festival → 3月20日', '每月第15个工作日', '2026-02-01T00:00:00Z', '2026-03-20T00:00:00.000Z', springFestival],
    ['第 1 个工作日: August has none (summer holiday) → 9月1日', '每月第1个工作日', '2026-07-31T00:00:00Z', '2026-09-01T00:00:00.000Z', summer],
    ['倒数第 3 个 in the summer holiday: July’s (8, 9, 10) has passed → September', '每月倒数第3个工作日', '2026-07-11T00:00:00Z', '2026-09-28T00:00:00.000Z', summer],
    ['每月31日 in February → 2月28日', '每月31日', '2027-02-01T00:00:00Z', '2027-02-28T00:00:00.000Z'],
    ['每月31日 in April → 4月30日', '每月31日', '2027-04-01T00:00:00Z', '2027-04-30T00:00:00.000Z'],
    ['每月29日 in a leap February', '每月29日', '2028-02-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['每月15号 on a Sunday still fires that day', '每月15号', '2026-11-01T00:00:00Z', '2026-11-15T00:00:00.000Z'],
    ['每月25日 9:00 after this month’s run → next month', '每月25日 9:00', '2026-12-25T01:00:00Z', '2027-01-25T01:00:00.000Z'],
    ['每周五 15:30 from Thursday', '每周五 15:30', '2026-12-03T00:00:00Z', '2026-12-04T07:30:00.000Z'],
    ['每周五 15:30 at the run → a week later', '每周五 15:30', '2026-12-04T07:30:00Z', '2026-12-11T07:30:00.000Z'],
    ['每周日 20:00 (Sunday noon UTC)', '每周日 20:00', '2026-12-01T00:00:00Z', '2026-12-06T12:00:00.000Z'],
    ['cron 0 8 * * 1-5 from Thursday 07:59', '0 8 * * 1-5', '2026-12-02T23:59:00Z', '2026-12-03T00:00:00.000Z'],
    ['cron 0 8 * * 1-5 from Friday’s run → Monday', '0 8 * * 1-5', '2026-12-04T00:00:00Z', '2026-12-07T00:00:00.000Z'],
    ['cron 30 7 1 * * → 1月1日 07:30, still 2026 in UTC', '30 7 1 * *', '2026-12-01T00:00:00Z', '2026-12-31T23:30:00.000Z'],
    ['cron 0 0 1 1 * → midnight in Shanghai', '0 0 1 1 *', '2026-06-01T00:00:00Z', '2026-12-31T16:00:00.000Z'],
    ['cron 0 9 13 * 5: the 13th or any Friday (1月13日 is a Wednesday)', '0 9 13 * 5', '2027-01-08T01:00:00Z', '2027-01-13T01:00:00.000Z'],
    ['cron 0 9 */2 * 5: an odd day and a Friday (day field starts with *)', '0 9 */2 * 5', '2027-01-01T01:00:00Z', '2027-01-15T01:00:00.000Z'],
    ['cron */15 8-9 * * * from 08:50', '*/15 8-9 * * *', '2026-12-03T00:50:00Z', '2026-12-03T01:00:00.000Z'],
    ['cron 0 20 * * 7: 7 is Sunday', '0 20 * * 7', '2026-12-01T00:00:00Z', '2026-12-06T12:00:00.000Z'],
    ['cron 0 8 29 2 *: the next leap year', '0 8 29 2 *', '2026-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s', (_what, text, after, expected, isWorkingDay) => {
    expect(next(text, after, isWorkingDay)).toBe(expected);
  });

  it('working days that never come: an error naming the schedule', () => {
    expect(() => next('每月第1个工作日', '2026-12-01T00:00:00Z', () => false)).toThrow('按“每月第 1 个工作日 08:00（北京时间）”，10 年内找不到一次发送');
  });
});

describe('fireMonth', () => {
  it.each<[string, string, string]>([
    ['每月倒数第3个工作日', '2026-12-29T00:00:00Z', '2026-12'],
    ['每月第1个工作日', '2026-11-30T16:30:00Z', '2026-12'], // 12月1日 00:30 in Shanghai, 11月30日 in UTC and Los Angeles
    ['30 7 1 * *', '2026-12-31T23:30:00Z', '2027-01'],
    ['每周五 15:30', '2026-12-04T07:30:00Z', '2026-12'],
  ])('%s at %s → %s', (text, at, month) => {
    expect(fireMonth(schedule(text), new Date(at))).toBe(month);
  });
});

describe('working days', () => {
  it.each<[string, boolean]>([
    ['2026-12-04', true], // Friday
    ['2026-12-05', false],
    ['2026-12-06', false],
    ['2026-12-07', true], // Monday
  ])('%s by default → %s', (date, working) => {
    expect(defaultIsWorkingDay(date)).toBe(working);
  });

  it('the school’s lists: a holiday is off, a 调休 day is on, a date in both lists is a holiday', () => {
    const p = workingDayPredicate({ holidays: ['2026-10-01', '2026-10-11'], workdays: ['2026-10-10', '2026-10-11'] });
    expect(['2026-10-01', '2026-10-02', '2026-10-10', '2026-10-11', '2026-10-17'].map(p)).toEqual([false, true, true, false, false]);
    expect(workingDayPredicate({})('2026-10-01')).toBe(true);
  });
});
