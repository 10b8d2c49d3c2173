/** When Google cannot be reached and a cached snapshot stands in, every page says so. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest, type IngestOptions } from '../../src/ingest/index.ts';
import { makeIssue } from '../../src/ingest/issues.ts';
import { startServer, type Running } from './server.ts';

let running: Running;
beforeAll(async () => {
  const cached = makeIssue({ file: '工会台账（Google 表格）', sheet: null, cell: null }, 'gsheets_from_cache', {
    time: '2026-06-30 17:40',
    reason: '网络不通',
  });
  running = await startServer({
    ingest: async (sources: readonly string[], options: IngestOptions) => {
      const result = await ingest(sources, options);
      return { ...result, issues: [...result.issues, cached] };
    },
  });
});
afterAll(() => running.stop());

it('shows the cache banner with the snapshot time on the overview and the month view', async () => {
  for (const path of ['/', '/month/2026-04']) {
    const html = await (await fetch(`${running.url}${path}`)).text();
    expect(html).toContain('暂时连不上 Google 表格，页面显示的是本机缓存的数据');
    expect(html).toContain('数据来自 2026-06-30 17:40 的缓存（原因：网络不通）');
  }
});
