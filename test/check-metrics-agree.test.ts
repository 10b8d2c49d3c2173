/**
 * `check` and `metrics` given the same files and as-of report the same issues (interface.md),
 * and nothing dated after as-of is warned about: the fixtures' 端午包粽子 (2026-06-18, no
 * sign-in sheet) is a finding as of the term's end, not in April.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
type Issue = { code: string; cell: string | null; message: string };

async function issuesOf(command: 'check' | 'metrics', args: string[], today: string): Promise<Issue[]> {
  const r = await runCli([command, FIXTURES, '--json', ...args], today);
  return (JSON.parse(r.stdout) as { issues: Issue[] }).issues;
}

const noSignIn = (issues: Issue[]) => issues.filter((i) => i.code === 'no_signin').map((i) => i.message);

describe('check and metrics agree, day by day', () => {
  it('on 2026-04-15 neither warns about an activity two months ahead', async () => {
    for (const run of [issuesOf('check', [], '2026-04-15'), issuesOf('metrics', [], '2026-04-15'), issuesOf('check', ['--as-of', '2026-04-15'], '2026-11-22')]) {
      expect(noSignIn(await run)).toEqual([]);
    }
  });

  it('as of the term end both warn about 端午包粽子, and list exactly the same issues', async () => {
    const check = await issuesOf('check', ['--as-of', '2026-07-31'], '2026-11-22');
    const metrics = await issuesOf('metrics', ['--as-of', '2026-07-31'], '2026-11-22');
    expect(noSignIn(check)).toEqual(['文体活动“端午包粽子”（2026-06-18）没有任何签到记录，暂不计入参与率']);
    expect(check).toEqual(metrics);
  });

  it('check refuses a bad --as-of with one line and exit 2', async () => {
    const r = await runCli(['check', FIXTURES, '--as-of', '2026-02-30'], '2026-11-22');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderrLines).toHaveLength(1);
  });
});
