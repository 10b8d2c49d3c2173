/** The blank template `init` writes is read back by `check` with no errors and no warnings. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';

it('init → check: every ledger sheet recognised, no errors or warnings', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'ud-init-')), '台账');
  expect((await runCli(['init', dir], '2026-03-20')).code).toBe(0);
  const run = await runCli(['check', '--json', dir], '2026-03-20');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as { sources: { sheet: string; kind: string | null; rows_rejected: number }[]; issues: { severity: string }[] };
  expect(json.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  const kinds = json.sources.filter((s) => s.kind !== null).map((s) => s.kind);
  expect(new Set(kinds).size).toBe(13);
  expect(json.sources.every((s) => s.rows_rejected === 0)).toBe(true);
});
