/**
 * `/review`: the 考核细则 scored from the ledgers, its total, the cells behind each figure for
 * the chair only, a triggered veto in red; without a rubric, how to add one and the four
 * dimensions of today's evaluation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { num } from '../../src/messages/format.ts';
import { removeLedgers, writeLedgers } from '../helpers/union-workbook.ts';
import { SMALL_SCHOOL, STAFF } from '../helpers/small-school.ts';
import { startServer, unescape, type Running } from './server.ts';
import { addUser, login } from './users.ts';

afterAll(removeLedgers);

describe('/review on the sample term', () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.stop());

  it('answers 200 with every item, the total the metrics give, each figure and its ledger cells, and is in the navigation', async () => {
    const api = (await (await fetch(`${srv.url}/api/metrics`)).json()) as MetricsResult;
    const res = await fetch(`${srv.url}/review`);
    expect(res.status).toBe(200);
    const body = unescape(await res.text());
    const rubric = api.rubric!;
    expect(body).toContain(`合计 ${num(rubric.total)} 分`);
    expect(body).toContain(`基本项 ${num(rubric.basic.score)} 分（满分 ${num(rubric.basic.max)} 分）`);
    for (const item of rubric.items) expect(body).toContain(item.item);
    // The 自评分 cell of the manual item scored by the chair, and the archive rows behind 资料归档.
    const manual = rubric.items.find((x) => x.status === 'override' && x.figure === null)!;
    expect(body).toContain(`${manual.evidence.cells[0]!.file} › ${manual.evidence.cells[0]!.sheet}!${manual.evidence.cells[0]!.cell}`);
    const archive = rubric.items.find((x) => x.figure?.id === 'archive_completion')!;
    expect(body).toContain(`等 ${archive.evidence.count} 处`);
    expect(body).toContain('资料归档规范率 83.3%（10/12）');
    expect(body).toContain('否决项均未触发');
    expect(body).not.toContain('class="veto"');
    expect(body).toMatch(/<a href="\/review"[^>]*>考核自评<\/a>/);
    expect(unescape(await (await fetch(`${srv.url}/`)).text())).toContain('href="/review"');
  });
});

/** The small school with a rubric whose veto holds: 11 of 14 at the one 文体活动 (78.6%). */
const RUBRIC = [
  ['一级指标', '考核内容', '分值', '类型', '计分方式', '数据来源'],
  ['履行职能', '文体活动参与率', 6, '基本', '≥85%得满分，每低1%扣0.5分', '文体活动参与率'],
  ['履行职能', '参与率低于80%不获奖', null, '否决', '否决:<80%', '文体活动参与率'],
];

describe('/review by role, with a veto triggered', () => {
  let dir: string;
  let srv: Running;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    dir = await writeLedgers({ ...SMALL_SCHOOL, 考核细则: RUBRIC });
    await addUser(dir, '张主席', 'chair');
    await addUser(dir, '王查看', 'viewer');
    srv = await startServer({ sources: [dir], clock: { now: () => new Date('2026-06-30T02:00:00.000Z'), today: () => '2026-06-30' } });
    for (const name of ['张主席', '王查看']) cookies[name] = await login(srv.url, name);
  });
  afterAll(() => srv.stop());
  const page = async (who: string) => {
    const res = await fetch(`${srv.url}/review`, { headers: { cookie: cookies[who]! } });
    expect(res.status).toBe(200);
    return unescape(await res.text());
  };

  it('says in red that the veto holds; 6 − 6.43 points below 85% × 0.5 = 2.79', async () => {
    const body = await page('张主席');
    expect(body).toContain('<p class="veto" role="alert">');
    expect(body).toContain('触发否决项：参与率低于80%不获奖');
    expect(body).toContain('触发否决');
    expect(body).toContain('文体活动参与率 78.6%（11/14）');
    expect(body).toContain('合计 2.79 分');
  });

  it('the chair sees which sign-in cells; a viewer only how many, and no staff name', async () => {
    const chair = await page('张主席');
    expect(chair).toContain('工会台账.xlsx › 活动签到!D2、D3、D4 等 14 处');
    const viewer = await page('王查看');
    expect(viewer).toContain('合计 2.79 分');
    expect(viewer).toContain('14 处记录（单元格位置仅工会主席可见）');
    expect(viewer).not.toContain('活动签到!D2');
    expect(STAFF.filter((n) => viewer.includes(n))).toEqual([]);
  });
});

describe('/review without a rubric', () => {
  it('says how to add a 考核细则 sheet and shows the four-dimension evaluation', async () => {
    const dir = await writeLedgers(SMALL_SCHOOL);
    const srv = await startServer({ sources: [dir], clock: { now: () => new Date('2026-06-30T02:00:00.000Z'), today: () => '2026-06-30' } });
    try {
      const res = await fetch(`${srv.url}/review`);
      expect(res.status).toBe(200);
      const body = unescape(await res.text());
      expect(body).toContain('还没有考核细则');
      expect(body).toContain('一级指标、考核内容、分值、评分标准、类型（基本/加分/否决）、计分方式、数据来源、自评分');
      for (const d of ['完成度', '规范性', '满意度', '创新性']) expect(body).toContain(d);
      expect(body).not.toContain('自评分优先');
    } finally {
      await srv.stop();
    }
  });
});
