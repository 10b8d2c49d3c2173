import type { TestContext } from 'vitest';

/**
 * A test whose outside program (a browser, poppler, LibreOffice) is not on this machine: under
 * CI=true, which installs them all (.ci/run), the test fails; on a developer's machine it is
 * skipped with a loud warning that says what is not tested.
 */
export function missingTool(ctx: TestContext, why: string, untested: string): never {
  if (process.env['CI'] === 'true') throw new Error(`CI=true: test "${ctx.task.name}" cannot run: ${why}`);
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! SKIPPED "${ctx.task.name}": ${why}\n!! ${untested} is NOT tested on this machine.\n${bar}\n`);
  return ctx.skip(why);
}
