import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { axeAtWidths, launchBrowser, type AxeOptions, type AxeViolation } from './browser.js';
import { artifactsDir } from './paths.js';
import { startStack, type GraphQLResponse, type Stack, type StackOptions } from './stack.js';

export interface JourneyOptions {
  stack?: StackOptions;
  // Options for each test's browser context (locale, viewport, a phone from playwright-core's `devices`).
  context?: BrowserContextOptions;
}

export interface Journey {
  readonly stack: Stack;
  readonly baseUrl: string;
  // This test's browser context: fresh cookies and storage for every test.
  readonly context: BrowserContext;
  // Uncaught errors and console errors of this test's pages, to assert there are none.
  readonly pageErrors: string[];
  // Opens a new page of this test's context at a path of the web app and waits for it to load.
  openPage(path: string): Promise<Page>;
  // Another browser, e.g. a participant's phone beside the facilitator's laptop; closed after the test.
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  // axe-core's serious and critical WCAG 2.2 AA violations at 375 and at 1366 px wide (each names its width).
  axe(page: Page, options?: AxeOptions): Promise<AxeViolation[]>;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

const DEFAULT_CONTEXT: BrowserContextOptions = {
  locale: 'en-GB',
  timezoneId: 'Europe/Brussels',
  reducedMotion: 'reduce',
  viewport: { width: 1280, height: 800 },
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is only there inside a test of a file that called useJourney()`);
  return value;
}

// Registers the hooks of a browser test file: one stack (server + fresh database) and one Chromium
// for the file, a fresh browser context per test, and on failure a screenshot of every open page
// and the server's log in test/artifacts/.
export function useJourney(options: JourneyOptions = {}): Journey {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];

  const contextOptions = (extra?: BrowserContextOptions): BrowserContextOptions => ({
    ...DEFAULT_CONTEXT,
    ...options.context,
    ...extra,
    baseURL: stack?.baseUrl,
  });

  const watch = (ctx: BrowserContext) => {
    ctx.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        // Chromium asks for /favicon.ico on its own; a missing one is no error of the page.
        if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
        pageErrors.push(`${page.url()}: console: ${message.text()}`);
      });
    });
  };

  beforeAll(async () => {
    const [booted, launched] = await Promise.allSettled([startStack(options.stack), launchBrowser()]);
    // Keep whichever started, so that afterAll stops it even when the other failed.
    if (booted.status === 'fulfilled') stack = booted.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (booted.status === 'rejected') throw booted.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    context = await need(browser, 'the browser').newContext(contextOptions());
    watch(context);
    contexts = [context];
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(artifactsDir, { recursive: true });
      const name = slug(`${path.basename(task.file.name, '.test.ts')} ${task.name}`);
      let n = 0;
      for (const ctx of contexts) {
        for (const page of ctx.pages()) {
          n += 1;
          await page
            .screenshot({ path: path.join(artifactsDir, `${name}-${n}.png`), fullPage: true })
            .catch(() => undefined);
        }
      }
      if (stack) writeFileSync(path.join(artifactsDir, `${name}-server.log`), stack.logs());
    }
    await Promise.all(contexts.map((ctx) => ctx.close()));
    contexts = [];
    context = undefined;
  });

  return {
    get stack() {
      return need(stack, 'the stack');
    },
    get baseUrl() {
      return need(stack, 'the stack').baseUrl;
    },
    get context() {
      return need(context, 'the browser context');
    },
    pageErrors,
    async openPage(pagePath) {
      const page = await need(context, 'the browser context').newPage();
      const response = await page.goto(pagePath, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`GET ${pagePath} answered ${response?.status() ?? 'nothing'}`);
      return page;
    },
    async newContext(extra) {
      const ctx = await need(browser, 'the browser').newContext(contextOptions(extra));
      watch(ctx);
      contexts.push(ctx);
      return ctx;
    },
    axe: axeAtWidths,
    graphql: (query, variables) => need(stack, 'the stack').graphql(query, variables),
  };
}
