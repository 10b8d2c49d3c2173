/**
 * bin/union-dash.js picks what to run: the compiled dist/ (what every installed copy has),
 * the TypeScript sources through tsx when asked (UNION_DASH_FROM_SOURCE=1) or when a checkout
 * has no dist/ yet, and a clear line otherwise. Tried on a stand-in package in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function standIn(parts: { dist?: boolean; src?: boolean; tsx?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-bin-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'union-dash.js'), join(dir, 'bin', 'union-dash.js'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  if (parts.dist) {
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'cli', 'run.js'), "console.log('dist', process.argv.slice(2).join(' '));\n");
  }
  if (parts.src) {
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    // type annotations: only runs through tsx
    writeFileSync(join(dir, 'src', 'cli', 'run.ts'), "const from: string = 'source';\nconsole.log(from, process.argv.slice(2).join(' '));\n");
  }
  if (parts.tsx) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(dir: string, fromSource?: '1') {
  const env = { ...process.env };
  delete env['UNION_DASH_FROM_SOURCE'];
  if (fromSource) env['UNION_DASH_FROM_SOURCE'] = fromSource;
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'union-dash.js'), 'check', 'x'], { cwd: dir, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

describe('bin/union-dash.js', () => {
  it('runs dist/ when it is there, without a word on stderr', () => {
    expect(run(standIn({ dist: true, src: true, tsx: true }))).toEqual({ status: 0, stdout: 'dist check x', stderr: '' });
  });

  it('an installed copy (dist/ only) runs dist/ even with UNION_DASH_FROM_SOURCE=1', () => {
    expect(run(standIn({ dist: true }), '1')).toEqual({ status: 0, stdout: 'dist check x', stderr: '' });
  });

  it('runs the sources through tsx with UNION_DASH_FROM_SOURCE=1 in a checkout', () => {
    expect(run(standIn({ dist: true, src: true, tsx: true }), '1')).toEqual({ status: 0, stdout: 'source check x', stderr: '' });
  });

  it('a checkout with no dist/ yet runs the sources, and says so on stderr', () => {
    const r = run(standIn({ src: true, tsx: true }));
    expect(r).toMatchObject({ status: 0, stdout: 'source check x' });
    expect(r.stderr).toContain('npm run build');
  });

  it('without tsx or dist/ it says to run npm install, exit 2', () => {
    expect(run(standIn({ src: true }))).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('npm install') });
  });

  it('with neither dist/ nor sources it says the install is incomplete, exit 2', () => {
    expect(run(standIn({}))).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('安装不完整') });
  });
});
