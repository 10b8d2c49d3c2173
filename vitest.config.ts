import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Pin a zone far from Asia/Shanghai so that any time-zone leak in date handling fails.
    env: { TZ: 'America/Anchorage' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
