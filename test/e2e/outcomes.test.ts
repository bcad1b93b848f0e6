import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PERSONAL_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

// Issue 8: the municipality answers a strategy and follows it up; anyone reads it on the public page, with
// JavaScript and without, in Dutch and in English; a participant with their card sees what came of it on a phone.

const reviewer = DEMO_ACCOUNTS.find((account) => account.role === 'REVIEWER');
if (!reviewer) throw new Error('The demo data has no reviewer account.');

const sessionPage = `/outcomes/${DEMO_IDS.project}/sessions/${DEMO_IDS.sessions.past}`;
const FORMS = /Stadsformulieren in meer talen/;
const REASON = 'We vertalen eerst de vijf meest gebruikte formulieren; de rest volgt als er budget is.';
const FIRST = 'Het vertaalbureau is gekozen en begint in januari.';
const SECOND = 'De eerste twee formulieren staan online in het Frans en het Arabisch.';

describe('outcomes: every strategy gets an answer that participants and the public can follow', () => {
  const journey = useJourney();

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${journey.baseUrl}${path}`);
    return page;
  }

  // axe at a phone's and a laptop's width, with the offending markup, so that a failure says where to look.
  async function axeAtWidths(page: Page): Promise<void> {
    const violations = await journey.axe(page);
    const where = await Promise.all(
      violations.flatMap((v) =>
        v.targets.map((t) =>
          page
            .locator(t)
            .first()
            .evaluate((e) => e.outerHTML),
        ),
      ),
    );
    expect({ violations, where }).toEqual({ violations: [], where: [] });
  }

  it('should show the answer and both follow-up updates on the public page, with and without JavaScript, in Dutch and English', async () => {
    // Before: the strategy waits for an answer, also in a page the server rendered (and cached).
    const noScript = await journey.newContext({ javaScriptEnabled: false });
    const before = await open(noScript, `${sessionPage}?lang=en`);
    const waiting = before.getByRole('article', { name: FORMS });
    expect(await waiting.textContent()).toContain('Awaiting an answer');

    // The reviewer answers and posts two updates.
    const page = await journey.openPage('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(reviewer.email);
    await page.getByLabel('Password', { exact: true }).fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategies to answer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategies to answer' }).waitFor();
    const card = page.getByRole('article', { name: FORMS });
    await card.waitFor();
    await axeAtWidths(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await card.getByText('Partly adopted', { exact: true }).click();
    await card.getByRole('textbox', { name: /^Reason/ }).fill(REASON);
    await card.getByRole('textbox', { name: /Carried out by/ }).fill('Dienst Communicatie');
    await card.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText(/has been sent/).waitFor();

    // Answered, it leaves "waiting for a decision": the reviewer finds it under Decided.
    await page.goto(`${journey.baseUrl}/strategies?state=DECIDED`);
    const decided = page.getByRole('article', { name: FORMS });
    await decided.waitFor();
    for (const [status, text] of [
      ['Planned', FIRST],
      ['In progress', SECOND],
    ] as const) {
      const form = decided.getByRole('form', { name: /Post an update/ });
      const textbox = form.getByRole('textbox', { name: /What happened/ });
      // The form is empty again once the previous update is on the timeline.
      await expect.poll(() => textbox.inputValue()).toBe('');
      // The choices are labels around visually hidden inputs: a person clicks the label.
      await form.getByText(status, { exact: true }).click();
      await expect.poll(() => form.getByRole('radio', { name: status }).isChecked()).toBe(true);
      await textbox.fill(text);
      await form.getByRole('button', { name: 'Post update' }).click();
      await decided.getByRole('listitem').filter({ hasText: text }).waitFor();
    }
    await axeAtWidths(page);

    // Anyone, with JavaScript: the app renders the page, in each language.
    const visitor = await journey.newContext();
    for (const [lang, decision, progress] of [
      ['nl', 'Deels aangenomen', 'Bezig'],
      ['en', 'Partly adopted', 'In progress'],
    ] as const) {
      const pub = await open(visitor, `${sessionPage}?lang=${lang}`);
      const strategy = pub.getByRole('article', { name: FORMS });
      await strategy.getByText(SECOND).waitFor();
      const text = (await strategy.textContent()) ?? '';
      for (const expected of [FIRST, SECOND, REASON, decision, progress]) expect(text).toContain(expected);
      // Newest on top.
      expect(text.indexOf(SECOND)).toBeLessThan(text.indexOf(FIRST));
      expect(await pub.locator('html').getAttribute('lang')).toBe(lang);
      await axeAtWidths(pub);
    }

    // Without JavaScript: the server's HTML carries it all, its cache cleared by the answer and the updates.
    for (const [lang, decision, heading] of [
      ['nl', 'Deels aangenomen', 'Wat er sindsdien gebeurde'],
      ['en', 'Partly adopted', 'What happened since'],
    ] as const) {
      const pub = await open(noScript, `${sessionPage}?lang=${lang}`);
      const strategy = pub.getByRole('article', { name: FORMS });
      const text = (await strategy.textContent()) ?? '';
      for (const expected of [FIRST, SECOND, REASON, decision, heading]) expect(text).toContain(expected);
      expect(text).not.toContain(lang === 'en' ? 'Awaiting an answer' : 'Wacht op antwoord');
      expect(await pub.locator('meta[property="og:title"]').getAttribute('content')).toContain('·');
      // axe runs as a script in the page, which a browser without JavaScript refuses: the same HTML is checked in a
      // browser that loads none of the app's scripts.
      const bare = await journey.newContext();
      await bare.route('**/*.js', (route) => route.abort());
      const html = await open(bare, `${sessionPage}?lang=${lang}`);
      expect(await html.getByRole('article', { name: FORMS }).textContent()).toContain(SECOND);
      await axeAtWidths(html);
    }
    // Only the scripts the bare browser refused to load.
    expect(journey.pageErrors.filter((error) => !error.endsWith('Failed to load resource: net::ERR_FAILED'))).toEqual(
      [],
    );
    // Two browsers, two languages, with and without JavaScript, and axe at two widths on each page: a few minutes.
  }, 600_000);

  it('should show a participant with a personal code what came of their ideas on a 375 px phone', async () => {
    const phone = await journey.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await open(phone, `/outcomes/${DEMO_IDS.project}/mine`);
    await page.getByRole('textbox', { name: 'Personal code' }).fill(DEMO_PERSONAL_CODE);
    await page.getByRole('button', { name: 'Show what came of it' }).click();
    await page.getByRole('heading', { level: 1, name: 'What came of my ideas' }).waitFor();
    // Signed in: her own challenge, and what came of it.
    await page.getByText('Your challenge').first().waitFor();
    expect(await page.getByRole('heading', { name: 'What came of it' }).count()).toBeGreaterThan(0);
    expect(await journey.axe(page)).toEqual([]);
    // No sideways scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(journey.pageErrors).toEqual([]);
  });
});
