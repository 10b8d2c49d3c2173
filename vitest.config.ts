import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Pin a zone far from Asia/Shanghai so that any time-zone leak in date handling fails.
    // UNION_DASH_FROM_SOURCE: a child process started through bin/union-dash.js runs the
    // sources under test (through tsx), never a dist/ built before the last edit.
    env: { TZ: 'America/Anchorage', UNION_DASH_FROM_SOURCE: '1' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
