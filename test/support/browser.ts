import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium (test/support/ensure-chromium.sh installs it); CHROMIUM_PATH points elsewhere.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Holds the built app's scripts (`/assets/*.js`) back until the returned function is called: a test sees what the
// HTML the server sent shows before any script has run, in a browser that runs them.
export async function holdScripts(page: Page): Promise<() => void> {
  const scripts: { release?: () => void } = {};
  const held = new Promise<void>((resolve) => {
    scripts.release = resolve;
  });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => scripts.release?.();
}

// `env` for the browser's process on top of the test's own (FONTCONFIG_FILE: the fonts the device has).
export async function launchBrowser(env: Record<string, string> = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Run \`bash test/support/ensure-chromium.sh\` (installs it as root), ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    ...(Object.keys(env).length ? { env: { ...process.env, ...env } } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

type AxeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export interface AxeViolation {
  id: string;
  impact: AxeResult['impact'];
  help: string;
  helpUrl: string;
  // CSS selectors of the offending elements.
  targets: string[];
  // The viewport width (CSS pixels) at which it was found, when checked at several widths.
  width?: number;
}

export interface AxeOptions {
  // Check only this part of the page (a CSS selector).
  include?: string;
  // Rules to skip, each with a reason in the test that skips it.
  disableRules?: string[];
}

// WCAG 2.2 AA (and what it inherits) as axe-core checks it.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Runs axe-core on the page as it is now and returns the serious and critical violations,
// in a shape that reads well in a failed `expect(...).toEqual([])`.
// The widths every page is checked at: a phone and a laptop.
export const AXE_WIDTHS = [375, 1366] as const;

// react-aria's live announcer reads a changed field by pointing at its label for a few seconds; when the field was
// in a dialog that has closed, that pointer dangles (an image without a name) until the announcement expires.
// That is the announcer's own passing state, not the page's: it is waited out.
async function settleAnnouncer(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[data-live-announcer] [role="img"]')].every((node) =>
          (node.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => document.getElementById(id)),
        ),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

// Runs axe at a phone's and a laptop's width (the page is laid out anew at each; its own size is put back after).
export async function axeAtWidths(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const original = page.viewportSize();
  const found: AxeViolation[] = [];
  try {
    for (const width of AXE_WIDTHS) {
      await page.setViewportSize({ width, height: original?.height ?? 800 });
      // Two frames: the layout (and any resize observer) has caught up with the new width.
      await page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
      );
      await settleAnnouncer(page);
      for (const violation of await axe(page, options)) found.push({ ...violation, width });
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  return found;
}

export async function axe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
}
