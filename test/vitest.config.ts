import { defineConfig } from 'vitest/config';

// Browser tests of whole journeys against the real, built stack. Each test file boots its own
// server and database; files run one after another, since each one holds a server, a PostgreSQL
// and a Chromium and CI has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    pool: 'forks',
  },
});
