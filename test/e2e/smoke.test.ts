import { describe, expect, it } from 'vitest';
import { holdScripts } from '../support/browser.js';
import { useJourney } from '../support/journey.js';
import { watchGraphql } from '../support/live.js';
import { webManifest } from '../support/paths.js';

describe('smoke: the stack as `npm start` runs it', () => {
  const journey = useJourney();

  it('should show the home page with a main landmark and the app title when a visitor opens it', async () => {
    const page = await journey.openPage('/');
    const main = page.getByRole('main');
    await main.waitFor({ state: 'visible' });
    expect(await main.count()).toBe(1);
    expect(await page.title()).toMatch(/Samenspraak/);
    expect(journey.pageErrors).toEqual([]);
  });

  it('should show a visitor the landing page from the HTML before any script runs, and take that HTML over without asking who they are', async () => {
    // Without JavaScript: the landing page is in the page the server sends, styled, in the browser's language, with
    // its ways in as plain links.
    const still = await journey.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const bare = await still.newPage();
    await bare.goto(`${journey.baseUrl}/`);
    const title = await bare.locator('h1').textContent();
    expect(title).toBeTruthy();
    expect(await bare.locator('html').getAttribute('lang')).toBe('nl');
    expect(await bare.locator('.landing__ways').evaluate((list) => getComputedStyle(list).display)).not.toBe('block');
    expect(await bare.locator('a[href="/join"]').count()).toBe(1);

    // With it: the app restores the cache the page was rendered from and attaches to the same heading.
    const page = await journey.newContext({ locale: 'nl-NL' }).then((context) => context.newPage());
    const graphql = watchGraphql(page);
    const releaseScripts = await holdScripts(page);
    await page.goto(`${journey.baseUrl}/`, { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { level: 1, name: title ?? '' });
    await heading.waitFor();
    await heading.evaluate((element) => element.setAttribute('data-seen-before-scripts', ''));
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    releaseScripts();
    // Taken over: the language picker answers. Its list and popover come when the reader reaches for it, not with
    // the page: the button the HTML holds opens the picker on the first press.
    const picker = page.getByRole('button', { name: /Taal/ });
    await expect.poll(() => picker.isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    const pickerCode = `/${webManifest()['src/app/LanguagePicker.tsx']!.file}`;
    expect(scripts).not.toContain(pickerCode);
    await picker.click();
    const english = page.getByRole('option', { name: 'English' });
    await english.waitFor();
    expect(scripts).toContain(pickerCode);
    expect(await page.locator('h1[data-seen-before-scripts]').count()).toBe(1);
    await english.click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: title ?? '' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Sign in (staff)' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
    // Who the visitor is came with the page: the app did not ask.
    expect(graphql.requests).not.toContain('Viewer');
  });

  it('should have no serious or critical WCAG 2.2 AA violations when the home page has loaded', async () => {
    const page = await journey.openPage('/');
    await page.getByRole('main').waitFor({ state: 'visible' });
    expect(await journey.axe(page)).toEqual([]);
  });

  it('should report the database up when GET /healthz is asked', async () => {
    const response = await fetch(`${journey.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('should answer { __typename } when POST /graphql is asked', async () => {
    const result = await journey.graphql('{ __typename }');
    expect(result).toEqual({ data: { __typename: 'Query' } });
  });
});
