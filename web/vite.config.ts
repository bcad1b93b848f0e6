import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ command }) => {
  // A build is always the production app, even when a test run starts it (vitest sets NODE_ENV=test,
  // which would otherwise give development builds of React and the other libraries).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    plugins: [react()],
    server: {
      // The API server runs on port 4000 (`pnpm --filter @samenspraak/server dev`).
      proxy: { '/graphql': 'http://localhost:4000' },
    },
    build: {
      // The API server serves dist/ with its SPA fallback.
      outDir: 'dist',
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
    },
  };
});
