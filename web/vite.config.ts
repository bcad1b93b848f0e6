import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/compress-plugin';
import { graphqlDocuments } from './scripts/graphql-documents-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));

// The libraries every page runs, in chunks of their own: they change less often than the app, so a new
// release leaves them in the browser's cache. Only what the first page needs ($initial) goes in; the
// parts a library lends to a single page stay with that page.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-resources-to-backend)[\\/]/ },
  { name: 'router', test: /node_modules[\\/](wouter|regexparam)[\\/]/ },
].map((group) => ({ ...group, tags: ['$initial' as const] }));

export default defineConfig(({ command }) => {
  // A build is always the production app, even when a test run starts it (vitest sets NODE_ENV=test,
  // which would otherwise give development builds of React and the other libraries).
  if (command === 'build') process.env.NODE_ENV = 'production';
  // `pnpm dev` proxies the API to port 4000 (`pnpm --filter @samenspraak/server dev`); VITE_API_PORT picks another.
  const apiPort = process.env.VITE_API_PORT ?? '4000';
  return {
    // precompress: brotli and gzip copies of the built files, which the API server sends as they are.
    plugins: [react(), graphqlDocuments({ gqlDir: path.join(here, 'src', 'gql') }), precompress()],
    // rxjs (under Apollo Client) ships its ES2015 build under the `es2015` condition; without it the bundle gets its
    // ES5 build, with classes spelled as functions and tslib's helpers: about 2 KiB of gzip more on every page.
    resolve: { conditions: ['es2015', ...defaultClientConditions] },
    server: {
      // ws: the live board's subscriptions travel over a WebSocket on the same path.
      proxy: {
        '/graphql': { target: `http://localhost:${apiPort}`, ws: true },
        '/sessions': `http://localhost:${apiPort}`,
      },
    },
    build: {
      // The API server serves dist/ with its SPA fallback.
      outDir: 'dist',
      // dist/.vite/manifest.json: which chunks each page loads, for scripts/check-budget.mjs.
      manifest: true,
      rolldownOptions: {
        // Two pages: the whole app, and the participant's phone (/join, /s/…), which loads none of the staff app.
        input: { index: path.join(here, 'index.html'), participant: path.join(here, 'participant.html') },
        output: { codeSplitting: { groups: vendorChunks } },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      // Typing into forms through user-event takes seconds on a busy two-core machine; a slow run is not a failure.
      testTimeout: 30_000,
      css: false,
    },
  };
});
