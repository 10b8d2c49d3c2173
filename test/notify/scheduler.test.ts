/**
 * The briefing on its schedule inside serve: a run missed while the computer was off is sent
 * at start, a restart sends nothing twice, a failure that waiting can fix is retried on the
 * backoff timetable, one that cannot is not, and new warnings go out once.
 * Real fakes of the robots; the clock and the timer are the test's.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NotifyConfig } from '../../src/config/config.ts';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { computeMetrics, monthPeriod, type MetricsResult } from '../../src/metrics/index.ts';
import type { ChannelConfig } from '../../src/notify/channels/types.ts';
import { DeliveryLog, NOTIFY_LOG_FILE } from '../../src/notify/delivery-log.ts';
import { parseSchedule, workingDayPredicate } from '../../src/notify/schedule.ts';
import { NotifyScheduler } from '../../src/notify/scheduler.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { startDingtalkRobot, type DingtalkRobot } from '../fakes/dingtalk-robot.ts';
import { startFeishuRobot, type FeishuRobot } from '../fakes/feishu-robot.ts';
import { FIXTURES } from '../server/fixture-metrics.ts';

const TOKEN = '5f0c2d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4bc9d0';
const HOOK = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
/** June 2026's third-last working day is Friday the 26th; its run is 08:00 in Beijing. */
const RUN = Date.UTC(2026, 5, 26, 0, 0);
const MINUTE = 60_000;

let read: IngestResult;
beforeAll(async () => {
  read = await ingest([FIXTURES], { today: '2026-06-26' });
});
const metricsFor = (month: string, today = '2026-06-26'): MetricsResult => computeMetrics(read, { today, ...monthPeriod(month, today) });

let dir: string;
let ding: DingtalkRobot;
let feishu: FeishuRobot;
let clock: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ud-sched-'));
  clock = RUN + 30 * MINUTE;
  ding = await startDingtalkRobot({ robots: [{ accessToken: TOKEN }], now: () => clock });
  feishu = await startFeishuRobot({ bots: [{ token: HOOK }], now: () => clock });
});
afterEach(async () => {
  await ding.close();
  await feishu.close();
  await rm(dir, { recursive: true, force: true });
});

const channels = (): ChannelConfig[] => [
  { kind: 'dingtalk', name: '工会委员群', webhook: ding.webhook(TOKEN) },
  { kind: 'feishu', webhook: feishu.webhook(HOOK) },
];

function notifyConfig(over: Partial<NotifyConfig> = {}): NotifyConfig {
  const parsed = parseSchedule('每月倒数第3个工作日 08:00');
  if (!parsed.ok) throw new Error(parsed.message);
  return { schedule: parsed.schedule, link: 'http://192.168.1.10:3000/', isWorkingDay: workingDayPredicate({}), warnings: false, deadlineMs: 5000, timeoutMs: 2000, channels: channels(), ...over };
}

interface Timer {
  fn: () => void;
  at: number;
}

function scheduler(config: NotifyConfig, timers: Timer[] = []) {
  const s = new NotifyScheduler({
    config: () => config,
    log: new DeliveryLog(join(dir, NOTIFY_LOG_FILE)),
    now: () => new Date(clock),
    monthMetrics: async (month) => metricsFor(month),
    currentMetrics: async () => metricsFor('2026-06'),
    // no channel here carries the PDF, so the printer is never launched
    printer: new PdfPrinter({ chromePath: '/nonexistent' }),
    logger: { info: () => {}, error: (m) => expect.fail(m) },
    setTimer: (fn, ms) => (timers.push({ fn, at: clock + ms }), {}),
    clearTimer: () => {},
  });
  return s;
}

const logLines = async () => (await readFile(join(dir, NOTIFY_LOG_FILE), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { key: string; status: string; channel: string; message: string });

describe('the scheduled briefing', () => {
  it('sends the run missed half an hour ago at start, once; a restart sends nothing again', async () => {
    const s = scheduler(notifyConfig());
    s.start();
    await s.idle();
    expect(ding.messages).toHaveLength(1);
    expect(feishu.messages).toHaveLength(1);
    const md = ding.messages[0]!.body['markdown'] as { title: string; text: string };
    expect(md.title).toContain('2026年6月月调度简报');
    expect(md.text).toContain('督办事项');
    expect(md.text).toContain('http://192.168.1.10:3000/');
    expect((await logLines()).map((l) => [l.key, l.status])).toEqual([
      ['briefing:2026-06', 'sent'],
      ['briefing:2026-06', 'sent'],
    ]);

    s.start();
    await s.idle();
    s.close();
    const again = scheduler(notifyConfig());
    clock += 10 * MINUTE;
    again.start();
    await again.idle();
    again.close();
    expect(ding.messages).toHaveLength(1);
    expect(feishu.messages).toHaveLength(1);
  });

  it('does not send a run missed more than a day ago, and waits for the next one', async () => {
    clock = RUN + 25 * 60 * MINUTE;
    const timers: Timer[] = [];
    const s = scheduler(notifyConfig(), timers);
    s.start();
    await s.idle();
    expect(ding.messages).toHaveLength(0);
    // July 2026: the 31st is a Friday, so the third-last working day is Wednesday the 29th
    const next = Date.UTC(2026, 6, 29, 0, 0);
    // the timer is never set further than 6 hours ahead; firing it early sends nothing
    expect(timers.at(-1)!.at).toBeLessThanOrEqual(clock + 6 * 60 * MINUTE);
    timers.at(-1)!.fn();
    await s.idle();
    expect(ding.messages).toHaveLength(0);
    clock = next + 1000;
    timers.at(-1)!.fn();
    await s.idle();
    s.close();
    expect(ding.messages).toHaveLength(1);
    expect((ding.messages[0]!.body['markdown'] as { title: string }).title).toContain('2026年7月');
  });

  it('retries a robot that was unreachable after a minute, and only that one', async () => {
    const timers: Timer[] = [];
    ding.http.down();
    const s = scheduler(notifyConfig(), timers);
    s.start();
    await s.idle();
    expect(feishu.messages).toHaveLength(1);
    expect((await logLines()).map((l) => l.status).sort()).toEqual(['sent', 'unreachable']);
    const retry = timers.at(-1)!;
    expect(retry.at - clock).toBe(MINUTE);
    await ding.http.up();
    clock = retry.at;
    retry.fn();
    await s.idle();
    s.close();
    expect(ding.messages).toHaveLength(1);
    expect(feishu.messages).toHaveLength(1);
    expect((await logLines()).map((l) => l.status)).toEqual(expect.arrayContaining(['unreachable', 'sent', 'sent']));
  });

  it('does not retry a revoked robot: the log says why, in Chinese', async () => {
    const timers: Timer[] = [];
    const revoked: ChannelConfig = { kind: 'dingtalk', webhook: ding.webhook('ffff'.repeat(16)) };
    const s = scheduler(notifyConfig({ channels: [revoked] }), timers);
    s.start();
    await s.idle();
    s.close();
    const [line] = await logLines();
    expect(line).toMatchObject({ status: 'revoked' });
    expect(line!.message).toMatch(/钉钉群机器人/);
    expect(line!.message).not.toContain('ffff'.repeat(16));
    // the only timer left is the next scheduled run (next month), not a retry within the hour
    expect(timers.at(-1)!.at - clock).toBe(6 * 60 * MINUTE);
  });
});

describe('early warnings', () => {
  it('go out once as one message when they first appear; the next read sends nothing', async () => {
    const s = scheduler(notifyConfig({ schedule: null, warnings: true }));
    const expected = metricsFor('2026-06').warnings;
    expect(expected.length).toBeGreaterThan(0);
    s.dataChanged();
    await s.idle();
    expect(ding.messages).toHaveLength(1);
    const md = ding.messages[0]!.body['markdown'] as { title: string; text: string };
    expect(md.title).toContain(`新的预警 ${expected.length} 条`);
    for (const w of expected) expect(md.text).toContain(w.text);
    s.dataChanged();
    await s.idle();
    s.close();
    expect(ding.messages).toHaveLength(1);
    expect(feishu.messages).toHaveLength(1);
  });
});
