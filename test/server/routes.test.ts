/**
 * Every route on the bundled fixtures with the fixed clock (today 2026-11-22 → term
 * 2025-2026-2, as of 2026-07-31): status, Chinese content, and figures equal to /api/metrics.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMetrics } from '../../src/cli/metrics.ts';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { monthView, targetOf } from '../../src/metrics/index.ts';
import { dateZh, money, percent } from '../../src/messages/format.ts';
import { STATUS_WORD } from '../../src/report/status.ts';
import { FIXTURES, TODAY } from './fixture-metrics.ts';
import { paramText, repeatedParam } from '../../src/messages/params.ts';
import { pick, pressRefresh, startServer, unescape, type Running } from './server.ts';

let srv: Running;
let api: MetricsResult;

const get = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${srv.url}${path}`, { redirect: 'manual', ...init });
  return { res, body: await res.text() };
};

/** What `union-dash metrics --json` prints for the fixtures with the same options. */
async function cliJson(args: string[]): Promise<string> {
  let out = '';
  const code = await runMetrics([FIXTURES, ...args, '--json'], { stdout: (t) => (out += `${t}\n`), stderr: () => {}, cwd: process.cwd(), env: process.env, today: () => TODAY });
  expect(code).toBe(0);
  return out;
}

beforeAll(async () => {
  srv = await startServer();
  api = JSON.parse((await get('/api/metrics')).body) as MetricsResult;
});
afterAll(() => srv.stop());

const PAGES = [
  ['/', '2025-2026学年第二学期工作目标总览'],
  ['/participation', '活动与参与'],
  ['/offices', '文明办公室评比'],
  ['/funds', '经费收支与预算执行'],
  ['/satisfaction', '教职工满意度'],
  ['/proposals', '教代会提案办理'],
  ['/tasks', '工作台账'],
  ['/archive', '活动资料归档'],
  ['/mentoring', '青蓝工程结对'],
  ['/review', '考核细则自评'],
  ['/quality', '数据检查'],
  ['/month/2026-04', '2026年4月 月调度'],
] as const;

/** Text as Handlebars writes it into a page. */
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('pages', () => {
  it.each(PAGES)('%s answers 200 in Chinese with the provenance line and the selectors', async (path, heading) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(body).toContain('<html lang="zh-CN">');
    expect(body).toContain(heading);
    expect(body).toContain('数据截至 2026年7月31日 · 来源 fixtures（10 个工作簿） · 更新于 2026年11月22日 10:00');
    expect(body).toMatch(/<form class="selectors" method="get" action="\/[^"]*">/);
    expect(body).toContain('<input type="date" name="as_of"');
    expect(body).toContain('<form class="refresh" method="post" action="/refresh">');
  });

  it.each(PAGES)('%s asks for nothing outside this server', async (path) => {
    const { res, body } = await get(path);
    const urls = [...body.matchAll(/\b(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u, u).toMatch(/^(\/(?!\/)|#|data:,$)/);
    expect(body).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('the overview has one card per target whose figure, target and status equal the API', async () => {
    const { body } = await get('/');
    expect(api.targets).toHaveLength(11);
    for (const t of api.targets) {
      const card = pick(body, new RegExp(`(<article class="card[^"]*" data-target="${t.id}"[\\s\\S]*?</article>)`));
      // the pass-rate trend is a change in points against "never lower"; the others rates against their target
      const trend = t.id === 'office_pass_trend';
      const latest = trend ? t.detail.months.at(-1)!.rate : t.value;
      expect(pick(card, /<span class="value">([^<]*)<\/span>/), t.id).toBe(percent(latest));
      expect(unescape(pick(card, /<span class="target">([^<]*)<\/span>/))).toBe(trend ? '目标 逐月不下降' : `目标 ${t.op === '>=' ? '≥' : '≤'}${percent(t.target)}`);
      if (trend) expect(card).toMatch(/各月达标率：2月 \d+\.\d% → 3月/);
      expect(pick(card, /<span class="word">([^<]*)<\/span>/)).toBe(STATUS_WORD[t.status]);
      expect(card).toContain(t.label);
      expect(card).toContain(`data-chart="spark-${t.id}"`);
    }
    const met = api.targets.filter((t) => t.status === 'met').length;
    expect(body).toContain(`达标 ${met} 项 · 未达标 ${11 - met} 项 · 无数据 0 项`);
  });

  it('the overview shows the evaluation, the fund position and the count of data issues from the API', async () => {
    const { body } = await get('/');
    for (const d of api.evaluation.dimensions) expect(body).toContain(`<th scope="row">${d.label}</th>`);
    expect(body).toContain(`<td class="num total">${api.evaluation.total!.toFixed(1)}</td>`);
    expect(body).toContain(money(api.funds.total_spent));
    expect(body).toContain(money(api.funds.total_income));
    expect(body).toContain('超预算：文体活动支出');
    const errors = api.issues.filter((i) => i.severity === 'error').length;
    const warnings = api.issues.filter((i) => i.severity === 'warning').length;
    expect(body).toContain(`台账中有 ${errors} 个错误、${warnings} 个提醒`);
  });

  it('participation lists each counted activity with the API’s rate, departments that add up, and who has not taken part', async () => {
    const { body } = await get('/participation');
    const detail = targetOf(api, 'participation_rate').detail;
    for (const a of detail.activities) expect(body).toMatch(new RegExp(`<td>${a.name}</td>[\\s\\S]*?${percent(a.rate).replace('.', '\\.')}</span>`));
    const rows = [...body.matchAll(/<tr><td>([^<]+组|[^<]+处|[^<]+室)<\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td>/g)];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(detail.eligible);
    expect(rows.reduce((n, r) => n + Number(r[3]), 0)).toBe(detail.present);
    expect(body).toMatch(/尚未参加任何文体活动的教职工（\d+ 人）/);
    expect(body).toContain('端午包粽子（2026年6月18日）');
  });

  it('offices, funds, satisfaction, tasks, archive and mentoring show the API’s figures', async () => {
    const offices = (await get('/offices')).body;
    expect(offices).toContain('各月达标率（达标分 88）');
    expect(offices).toContain('87.5%');

    const funds = (await get('/funds')).body;
    for (const c of api.funds.categories) expect(funds).toContain(`<td>${c.category}</td><td class="num">${money(c.budget)}</td><td class="num">${money(c.spent)}</td><td class="num">${percent(c.ratio)}</td>`);

    const sat = (await get('/satisfaction')).body;
    const s = targetOf(api, 'satisfaction_growth').detail;
    expect(sat).toContain(`<dd>${percent(s.s_this)}</dd>`);
    expect(sat).toContain(`<dd>${percent(s.s_prev)}</dd>`);
    expect(sat).toContain('<dd>+10.0 个百分点</dd>');

    const tasks = (await get('/tasks')).body;
    const open = targetOf(api, 'routine_completion').detail.open;
    expect(tasks).toContain(`逾期未完成（${open.length} 项）`);
    for (const t of open) expect(tasks).toContain(`<tr><td>${t.task}</td><td>${t.owner}</td>`);

    const archive = (await get('/archive')).body;
    expect(archive).toMatch(/<td>读书分享会<\/td>[\s\S]*?<td class="c cell gap" title="缺">✘/);

    const mentoring = (await get('/mentoring')).body;
    expect(mentoring).toContain('尚未结对的青年教师（1 人）');
    expect(mentoring).toContain('<tr><td>林晓</td><td>英语组</td><td>1991年2月2日</td></tr>');
  });

  it('the month view shows the month’s figures, what was done, what is overdue and what is due next month', async () => {
    const { body } = await get('/month/2026-05');
    const v = monthView(api, '2026-05');
    expect(body).toContain('2026年5月 月调度');
    expect(body).toContain('href="/month/2026-04" rel="prev"');
    expect(body).toContain('href="/month/2026-06" rel="next"');
    expect(body).toContain(money(v.funds.spent));
    expect(body).toContain(percent(v.offices.rate));
    expect(body).toContain(`${v.offices.passed}/${v.offices.scored} 个办公室`);
    for (const t of v.overdue) expect(body).toContain(`<span class="main">${t.task}</span>`);
    for (const a of v.next.activities) expect(body).toContain(`<span class="main">${a.name}</span>`);
    expect(body).toContain('本月完成');
    expect(body).toContain('body class="projector"');
  });

  it('/month redirects to the month of the as-of date', async () => {
    const { res } = await get('/month');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/month/2026-07');
  });

  it('the quality page lists every issue with its place and the row accounting of every sheet', async () => {
    const { body } = await get('/quality');
    for (const i of api.issues) {
      expect(body).toContain(`${i.file}${i.sheet ? ` › ${i.sheet}` : ''}${i.cell ? `!${i.cell}` : ''}`);
      expect(unescape(body)).toContain(i.message);
    }
    expect(body).toMatch(/<td>经费台账\.xlsx<\/td><td>收支明细<\/td><td>经费收支明细<\/td><td>第 \d+ 行<\/td>/);
  });
});

describe('term and as-of', () => {
  it('a chosen as-of date changes the figures and the provenance line', async () => {
    const { body } = await get('/?as_of=2026-04-30');
    expect(body).toContain('数据截至 2026年4月30日');
    const m = JSON.parse((await get('/api/metrics?as_of=2026-04-30')).body) as MetricsResult;
    const t = m.targets.find((x) => x.id === 'routine_completion')!;
    expect(body).toMatch(new RegExp(`data-target="routine_completion"[\\s\\S]*?<span class="value">${percent(t.value).replace('.', '\\.')}</span>`));
    expect(percent(t.value)).not.toBe(percent(api.targets.find((x) => x.id === 'routine_completion')!.value));
  });

  it('the term selector offers the ledgers’ terms with the shown one selected', async () => {
    const { body } = await get('/');
    expect(body).toContain('<option value="2025-2026-2" selected>2025-2026学年第二学期</option>');
    expect(body).toContain('<option value="2025-2026-1">2025-2026学年第一学期</option>');
  });

  it('an empty form field means the default', async () => {
    const a = (await get('/?term=&as_of=')).body;
    const b = (await get('/')).body;
    expect(a).toBe(b);
  });
});

describe('/api/metrics', () => {
  it.each([[[]], [['--as-of', '2026-05-31']], [['--term', '2025-2026-2', '--as-of', '2026-03-15']], [['--term', '2025-2026-1']]])(
    'is exactly what `union-dash metrics --json %s` prints',
    async (args) => {
      const q = new URLSearchParams();
      const i = args.indexOf('--as-of');
      const t = args.indexOf('--term');
      if (i >= 0) q.set('as_of', args[i + 1]!);
      if (t >= 0) q.set('term', args[t + 1]!);
      const { res, body } = await get(`/api/metrics?${q}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(body).toBe(await cliJson(args));
    },
  );

  it('answers a bad parameter with 400 and a Chinese message in JSON', async () => {
    const { res, body } = await get('/api/metrics?as_of=2026-02-30');
    expect(res.status).toBe(400);
    expect(JSON.parse(body)).toEqual({ error: '日期“2026-02-30”无效，请写成 2026-06-30 的形式' });
  });
});

describe('/healthz', () => {
  it('answers 200 with the time of the last good read per source', async () => {
    const { res, body } = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(body)).toEqual({
      status: 'ok',
      generation: 1,
      sources: [{ source: FIXTURES, last_good_ingest: '2026-11-22T02:00:00.000Z', last_read_ok: true }],
      missing_files: [],
      last_failure: null,
    });
  });
});

describe('errors', () => {
  // One parser for pages, API and PDF routes: the same value gets the same 400 and sentence everywhere.
  const BAD: readonly [string, string][] = [
    ['as_of=2026-02-30', paramText.bad_date('2026-02-30')],
    ['term=下学期', paramText.bad_term('下学期')],
    ['as_of=2026-03-01&as_of=2026-04-01', repeatedParam('as_of')],
    ['term=2025-2026-2&term=2024-2025-1', repeatedParam('term')],
    ['term=foo', paramText.bad_term('foo')],
    ['as_of=9999-12-31', paramText.date_out_of_range('9999-12-31')],
    ['as_of=0001-01-01', paramText.date_out_of_range('0001-01-01')],
    ['term=0000-0001-1', paramText.term_out_of_range('0000-0001-1')],
  ];
  const ROUTES = ['/', '/funds', '/month/2026-04', '/report/term.pdf', '/report/month/2026-04.pdf'];
  it.each(ROUTES.flatMap((route) => BAD.map(([query, message]) => [`${route}?${query}`, message] as const)))(
    '%s → 400 with a Chinese page',
    async (path, message) => {
      const { res, body } = await get(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(body).toContain('请求有误');
      expect(body).toContain(escapeHtml(message));
    },
  );

  it.each([
    ['/month/2026-13', paramText.bad_month('2026-13')],
    ['/report/month/2026-13.pdf', paramText.bad_month('2026-13')],
    ['/month/0000-01', paramText.month_out_of_range('0000-01')],
    ['/month/9999-12', paramText.month_out_of_range('9999-12')],
    ['/report/month/9999-12.pdf', paramText.month_out_of_range('9999-12')],
  ])('%s → 400 with the month sentence', async (path, message) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(body).toContain(escapeHtml(message));
  });

  it('/api/metrics answers a bad parameter as JSON with the same sentence', async () => {
    const { res, body } = await get('/api/metrics?as_of=9999-12-31');
    expect(res.status).toBe(400);
    expect(JSON.parse(body)).toEqual({ error: paramText.date_out_of_range('9999-12-31') });
    expect(srv.logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('an unknown path → 404 with a Chinese page', async () => {
    const { res, body } = await get('/no/such/page');
    expect(res.status).toBe(404);
    expect(body).toContain('找不到页面');
    expect(body).toContain('没有“/no/such/page”这个页面');
  });
});

describe('refresh and caching', () => {
  it('POST /refresh reads again and goes back to the page it came from, never to another site', async () => {
    const before = (await get('/healthz')).body;
    const res = await pressRefresh(srv.url, '/funds?as_of=2026-05-31');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/funds?as_of=2026-05-31');
    expect(JSON.parse((await get('/healthz')).body).generation).toBe(JSON.parse(before).generation + 1);
    for (const evil of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      expect((await pressRefresh(srv.url, evil)).headers.get('location')).toBe('/');
    }
  });

  it('serves a page from its cache: the same bytes and ETag, and 304 when the browser has it', async () => {
    const a = await get('/offices');
    const b = await get('/offices');
    expect(b.body).toBe(a.body);
    const etag = a.res.headers.get('etag')!;
    expect(b.res.headers.get('etag')).toBe(etag);
    // (fetch adds cache-control: no-cache to conditional requests, so ask as a browser would.)
    const status = await new Promise<number>((resolve, reject) =>
      request(`${srv.url}/offices`, { headers: { 'if-none-match': etag } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(304);
  });

  it('computes metrics once per (term, as_of) for a generation, however many ask at once', async () => {
    const g = srv.dash.store.current().generation!;
    const [a, b] = [g.dataset({ asOf: '2026-06-15' }, '2026-07-01'), g.dataset({ asOf: '2026-06-15' }, '2026-07-01')];
    const x = await a;
    expect(await b).toBe(x);
    expect(await g.dataset({ asOf: '2026-06-15' }, '2026-07-01')).toBe(x);
    expect(await g.dataset({ asOf: '2026-06-16' }, '2026-07-01')).not.toBe(x);
  });

  it('serves the ECharts bundle and the stylesheet from this server, gzipped when asked', async () => {
    const { body } = await get('/');
    const js = pick(body, /<script src="(\/assets\/echarts\.min\.js\?v=[^"]+)"/);
    const res = await fetch(`${srv.url}${js}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await res.text()).length).toBeGreaterThan(500_000);
    const css = pick(body, /<link rel="stylesheet" href="(\/assets\/dashboard\.css\?v=[^"]+)"/);
    const gz = await fetch(`${srv.url}${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('Noto Sans CJK SC');
  });
});

describe('dates in pages', () => {
  it('writes dates the Chinese way', () => expect(dateZh(api.as_of)).toBe('2026年7月31日'));
});
