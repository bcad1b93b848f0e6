import * as matchers from '@testing-library/jest-dom/matchers';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

expect.extend(matchers);

// Pages, menus and panels arrive as lazy chunks; on two busy cores that can take more than a second, and the
// cockpit's tests took 3.4 to 4 s while the server suite ran beside them. Waiting longer costs a passing test nothing.
configure({ asyncUtilTimeout: 10_000 });

// No server to open a WebSocket to: live screens load their data and wait. A test that follows a session live
// stubs its own socket (app/live/useLiveSession.test.tsx).
beforeEach(() => {
  vi.stubGlobal('WebSocket', undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});
