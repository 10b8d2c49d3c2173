/**
 * Each command loads only what it needs (src/cli/main.ts imports a command when it runs):
 * seen from outside, in a child process whose module hooks record every module loaded.
 * The children run bin/union-dash.js on the sources (UNION_DASH_FROM_SOURCE=1, set by
 * vitest.config.ts); test/startup/install.test.ts checks the same of the compiled, installed package.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAVY, runRecorded } from './record.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'union-dash.js');
const scratch = mkdtempSync(join(tmpdir(), 'union-dash-lazy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runRecorded(BIN, args, { cwd: ROOT, env: { UNION_DASH_FROM_SOURCE: '1', ...env } });
const loaded = (r: ReturnType<typeof run>, names: readonly string[]) => names.filter((n) => r.packages.has(n));

describe('commands load only what they need', () => {
  it('the recorder sees what a process loads (control: serve --port abc stops at its usage error, after loading Express)', () => {
    const r = run(['serve', '--port', 'abc']);
    expect(r.status).toBe(2);
    expect(r.packages.has('express')).toBe(true);
    expect(r.modules.some((m) => m.endsWith('src/cli/serve.ts'))).toBe(true);
  });

  it('--help loads no command and no library', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('union-dash check');
    expect(r.modules.filter((m) => /src\/cli\/(check|metrics|report|serve|init)\.ts$/.test(m))).toEqual([]);
    expect(loaded(r, [...HEAVY, 'arquero', 'exceljs', 'handlebars'])).toEqual([]);
  });

  it('check on the fixtures loads neither ECharts, puppeteer-core nor Express', () => {
    const r = run(['check', 'fixtures', '--as-of', '2026-04-30']);
    expect(r.status).toBe(1); // the fixtures' deliberate errors
    expect(r.stdout).toContain('检查完毕');
    expect(loaded(r, HEAVY)).toEqual([]);
  });

  it('metrics loads neither ECharts, puppeteer-core nor Express', () => {
    const r = run(['metrics', 'fixtures', '--as-of', '2026-04-30', '--json']);
    expect(r.status).toBe(0);
    expect(loaded(r, HEAVY)).toEqual([]);
  });

  it('report to .xlsx does not load puppeteer-core; report to .pdf does, when it prints', () => {
    const xlsx = run(['report', 'fixtures', '--as-of', '2026-04-30', '--out', join(scratch, '总评.xlsx')]);
    expect(xlsx.status).toBe(0);
    expect(loaded(xlsx, ['puppeteer-core', 'express'])).toEqual([]);
    // /bin/false stands in for the browser: puppeteer-core is imported to launch it, and the launch fails
    const pdf = run(['report', 'fixtures', '--as-of', '2026-04-30', '--out', join(scratch, '总评.pdf')], { CHROME_PATH: '/bin/false' });
    expect(pdf.status).toBe(2);
    expect(loaded(pdf, ['puppeteer-core', 'express'])).toEqual(['puppeteer-core']);
  });
});
