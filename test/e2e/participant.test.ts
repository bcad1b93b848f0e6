import { devices, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { holdScripts } from '../support/browser.js';
import { watchGraphql } from '../support/live.js';
import { useJourney } from '../support/journey.js';
import { chooseLanguage, facilitatorLaptop, joinAsNewcomer } from '../support/participant.js';

// A participant's own phone: a Pixel 5 (393 px wide, touch), in a hall with a live session.
const phone = { ...devices['Pixel 5'], locale: 'en-GB' };

describe('participant: joining a live session on a phone', () => {
  const journey = useJourney({ context: phone });

  const axeClean = (page: Page) => async (screen: string) => {
    expect({ screen, violations: await journey.axe(page) }).toEqual({ screen, violations: [] });
  };

  it(
    'should join the live demo session by its code, follow the room to challenges, and see its challenge on the board',
    { timeout: 180_000 },
    async () => {
      const laptop = await facilitatorLaptop(await journey.newContext({ viewport: { width: 1280, height: 800 } }));
      const page = await journey.openPage(`/join/${DEMO_JOIN_CODE.toLowerCase()}`);
      const sockets: string[] = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));

      await joinAsNewcomer(page, 'Phone Tester', axeClean(page));
      await page.getByRole('heading', { level: 2, name: 'Board' }).waitFor();
      await axeClean(page)('session page');

      // The facilitator moves the room on; the phone follows without a reload.
      await laptop.moveTo('CHALLENGES');
      await page.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor({ timeout: 15_000 });
      expect(sockets.some((url) => url.endsWith('/graphql'))).toBe(true);

      const text = 'The crossing at the school has no lights (sent from a phone).';
      await page.getByRole('textbox', { name: 'Your challenge' }).fill(text);
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Sent. Thank you!').waitFor();
      const card = page.getByRole('region', { name: 'Board' }).getByRole('article', { name: text });
      await card.waitFor();
      await card.getByText('Yours').waitFor();
      expect(await page.getByRole('textbox', { name: 'Your challenge' }).inputValue()).toBe('');
      await axeClean(page)('session page: challenges');

      expect(await laptop.challengesWithText(text)).toBe(1);
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it('should show the join page from the HTML before any script runs, and take that HTML over rather than draw it again', async () => {
    // Without JavaScript: the first step is in the page the server sends, styled, in the phone's language.
    const still = await journey.newContext({ ...phone, javaScriptEnabled: false, locale: 'nl-NL' });
    const bare = await still.newPage();
    await bare.goto(`${journey.baseUrl}/join/${DEMO_JOIN_CODE}`);
    await bare.getByRole('heading', { level: 1, name: 'Meedoen met een sessie' }).waitFor();
    expect(await bare.getByRole('textbox').inputValue()).toBe(DEMO_JOIN_CODE);
    expect(await bare.locator('.join__step').evaluate((form) => getComputedStyle(form).display)).not.toBe('inline');

    // With it: the app attaches to the same heading (the element the server sent stays), and the page works.
    const page = await journey.newContext({ ...phone, locale: 'nl-NL' }).then((context) => context.newPage());
    const releaseScripts = await holdScripts(page);
    await page.goto(`${journey.baseUrl}/join/${DEMO_JOIN_CODE}`, { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { level: 1, name: 'Meedoen met een sessie' });
    await heading.waitFor();
    await heading.evaluate((element) => element.setAttribute('data-seen-before-scripts', ''));
    // Until the app runs, Next waits for it: a tap now would be lost, or send a plain form that reloads the page.
    const next = page.getByRole('button', { name: 'Verder' });
    expect(await next.isDisabled()).toBe(true);
    // So does the choice of language, which switches the app.
    const arabic = page.getByRole('radio', { name: /العربية/ });
    expect(await arabic.isDisabled()).toBe(true);
    releaseScripts();
    // Taken over: the code box answers typing through the app (it writes what is typed in capitals).
    const box = page.getByRole('textbox', { name: 'Code van de sessie' });
    await expect
      .poll(
        async () => {
          await box.fill('mech');
          return box.inputValue();
        },
        { timeout: 15_000 },
      )
      .toBe('MECH');
    expect(await page.locator('h1[data-seen-before-scripts]').count()).toBe(1);
    expect(await next.isEnabled()).toBe(true);
    expect(await arabic.isEnabled()).toBe(true);
    expect(journey.pageErrors).toEqual([]);
  });

  it(
    "should send a phone its session page with the room's phase and board in the HTML, take it over without asking again, and follow the room from there",
    { timeout: 120_000 },
    async () => {
      const laptop = await facilitatorLaptop(await journey.newContext({ viewport: { width: 1280, height: 800 } }));
      await laptop.moveTo('IDEAS');
      const joining = await journey.openPage(`/join/${DEMO_JOIN_CODE}`);
      await joinAsNewcomer(joining, 'Early Reader', async () => undefined);
      const sessionPath = new URL(joining.url()).pathname;
      await joining.close();

      // The phone opens its session again (a reload, a link): scripts held back, as on a slow connection.
      const page = await journey.context.newPage();
      const watch = watchGraphql(page);
      const releaseScripts = await holdScripts(page);
      await page.goto(`${journey.baseUrl}${sessionPath}`, { waitUntil: 'commit' });
      const phase = page.getByRole('heading', { level: 2, name: 'Ideas' });
      await phase.waitFor();
      await page.getByText('You are Early Reader').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Board' }).waitFor();
      expect(await page.getByRole('article').count()).toBeGreaterThan(0);
      await phase.evaluate((element) => element.setAttribute('data-seen-before-scripts', ''));

      // With them, the app attaches to what the server sent and starts from the data that came with it: it asks
      // neither who the phone is, nor for the board, nor where to follow the room from.
      releaseScripts();
      await watch.subscribed;
      expect(await page.locator('h2[data-seen-before-scripts]').count()).toBe(1);
      expect(watch.requests).not.toContain('ParticipantViewer');
      expect(watch.requests).not.toContain('ParticipantSession');
      expect(watch.requests).not.toContain('SessionEventCursor');

      // And follows the room: the facilitator moves on, the phone shows it and lets its participant write.
      await laptop.moveTo('CHALLENGES');
      await page.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('button', { name: 'Send' }).isEnabled(), { timeout: 15_000 }).toBe(true);
      expect(watch.requests).not.toContain('ParticipantSession');
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it('should keep a challenge written without a connection and send it once when the connection is back', async () => {
    const laptop = await facilitatorLaptop(await journey.newContext());
    await laptop.moveTo('CHALLENGES');
    const page = await journey.openPage(`/join/${DEMO_JOIN_CODE}`);
    await joinAsNewcomer(page, 'Offline Tester', async () => undefined);
    await page.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor();

    const text = 'Nobody clears the snow on the footbridge (written offline).';
    await journey.context.setOffline(true);
    await page.getByRole('textbox', { name: 'Your challenge' }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/No connection\. Your text is kept on this phone/).waitFor();
    expect(await page.getByRole('list', { name: 'Waiting to be sent' }).textContent()).toContain(text);
    // A reload while offline is not possible; what matters is that the text is on the phone.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('written offline');

    await journey.context.setOffline(false);
    await page.getByText('Sent. Thank you!').waitFor({ timeout: 20_000 });
    await page.getByRole('article', { name: text }).waitFor();
    expect(await laptop.challengesWithText(text)).toBe(1);
  });

  it('should read right to left in Arabic, from the first screen to the session', async () => {
    const page = await journey.openPage(`/join/${DEMO_JOIN_CODE}`);
    await chooseLanguage(page, 'العربية');

    await page.getByRole('heading', { level: 1, name: 'انضم إلى جلسة' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      'ar',
    ]);
    await axeClean(page)('join in Arabic');

    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByText('أوافق على المشاركة').click();
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByRole('button', { name: 'انضم إلى الجلسة' }).click();
    await page.getByRole('button', { name: 'اذهب إلى الجلسة' }).click();
    await page.getByRole('heading', { level: 2, name: 'اللوحة' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await axeClean(page)('session in Arabic');

    // The phone's browser speaks English, but its participant picked Arabic: the server renders their session page
    // in Arabic too, so that the app takes it over rather than draw it again in another language.
    const again = await page.context().request.get(page.url(), { headers: { 'accept-language': 'en-GB' } });
    const html = await again.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('data-rendered="server" data-language="ar"');
    expect(html).toContain('اللوحة');
    expect(journey.pageErrors).toEqual([]);
  });
});
