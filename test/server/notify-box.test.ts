/**
 * serve sends the briefing on its schedule and the overview says how it went: a run missed
 * half an hour before the dashboard started goes out at once, and the 简报推送 box names the
 * channel that got it and the one that did not, with the reason in one Chinese line.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { NOTIFY_LOG_FILE } from '../../src/notify/delivery-log.ts';
import { startDingtalkRobot, type DingtalkRobot } from '../fakes/dingtalk-robot.ts';
import { FIXTURES } from './fixture-metrics.ts';
import { startServer, type Running } from './server.ts';

const TOKEN = '5f0c2d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4bc9d0';
/** 08:30 in Beijing on 26 June 2026, half an hour after June's 倒数第3个工作日 run. */
const NOW = new Date('2026-06-26T00:30:00.000Z');

let dir: string;
let robot: DingtalkRobot;
let srv: Running | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ud-push-'));
  await cp(FIXTURES, dir, { recursive: true, filter: (s) => !s.endsWith('.log') });
  robot = await startDingtalkRobot({ robots: [{ accessToken: TOKEN }], now: () => NOW.getTime() });
});
afterEach(async () => {
  await srv?.stop();
  srv = undefined;
  await robot.close();
  await rm(dir, { recursive: true, force: true });
});

async function overviewWhen(test: (html: string) => boolean): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const html = await (await fetch(`${srv!.url}/`)).text();
    if (test(html)) return html;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the overview never showed the delivery');
}

it('sends the missed run at start and the overview shows who got it and who did not', async () => {
  await writeFile(
    join(dir, 'union-dash.config.json'),
    JSON.stringify({
      notify: {
        schedule: '每月倒数第3个工作日 08:00',
        warnings: false,
        channels: [
          { kind: 'dingtalk', name: '工会委员群', webhook: robot.webhook(TOKEN) },
          { kind: 'dingtalk', name: '旧群', webhook: robot.webhook('ffff'.repeat(16)) },
        ],
      },
    }),
  );
  srv = await startServer({ sources: [dir], clock: { now: () => NOW, today: () => '2026-06-26' } });
  const html = await overviewWhen((h) => h.includes('push-lines'));
  expect(robot.messages).toHaveLength(1);
  expect((robot.messages[0]!.body['markdown'] as { title: string }).title).toContain('2026年6月月调度简报');
  expect(html).toContain('<h2 id="push-h">简报推送</h2>');
  expect(html).toContain('2026年6月月调度简报：2026年6月26日 08:30');
  expect(html).toContain('工会委员群 已送达');
  expect(html).toMatch(/✘<\/span> 旧群：[^<]*机器人/);
  expect(html).toContain('下次发送：2026年7月29日 08:00');
  expect(html).not.toContain('ffff'.repeat(16));
  const log = (await readFile(join(dir, NOTIFY_LOG_FILE), 'utf8')).trim().split('\n');
  expect(log).toHaveLength(2);

  // a restart on the same morning sends nothing again
  await srv.stop();
  srv = await startServer({ sources: [dir], clock: { now: () => NOW, today: () => '2026-06-26' } });
  await overviewWhen((h) => h.includes('push-lines'));
  await new Promise((r) => setTimeout(r, 300));
  expect(robot.messages).toHaveLength(1);
});
