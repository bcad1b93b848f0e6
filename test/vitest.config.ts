import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    teardownTimeout: 60_000,
    projects: [
      {
        // Browser tests of whole journeys against the real, built stack. Each test file boots its own server and
        // database; files run one after another, since each one holds a server, a PostgreSQL and a Chromium and CI
        // has two cores. The global setup (which builds the web app and the server) runs only when one of these runs.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
      {
        // Fast checks of the benchmarks themselves (no server, no build): that they still measure what they say.
        test: { name: 'bench', include: ['bench/**/*.test.ts'] },
      },
    ],
  },
});
