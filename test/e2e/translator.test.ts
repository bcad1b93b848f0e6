import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { ask, facilitatorLaptop, joinAsNewcomer } from '../support/participant.js';
import { artifactsDir, repoRoot } from '../support/paths.js';

// A volunteer translator translates two challenges that a participant wrote in Turkish on a phone, and an English
// participant then reads them in English on a 375 px phone, with the Turkish original beside the translation.

const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const laptop = { viewport: { width: 1366, height: 900 }, isMobile: false };

// At a phone's width the staff shell's language picker and account button show less text than their accessible names
// (label-content-name-mismatch on every staff page, the shell's and not this screen's): there axe checks the page itself.
const translator = DEMO_ACCOUNTS.find((account) => account.role === 'TRANSLATOR');
if (!translator) throw new Error('The demo data has no translator account');

// What the Turkish phone says, from its own catalogue: the test reads the screen as a Turkish speaker does.
type Catalogue = Record<string, unknown>;
const catalogue = (language: string, namespace: string): Catalogue =>
  JSON.parse(readFileSync(path.join(repoRoot, 'web/src/locales', language, `${namespace}.json`), 'utf8')) as Catalogue;
const say = (strings: Catalogue, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], strings);
  if (typeof value !== 'string') throw new Error(`No string ${key} in the catalogue`);
  return value;
};
const trJoin = catalogue('tr', 'join');
const trParticipant = catalogue('tr', 'participant');

const CHALLENGES = [
  {
    turkish: 'Çocuk parkındaki salıncaklar aylardır kırık ve kimse tamir etmiyor.',
    english: 'The swings in the playground have been broken for months and nobody repairs them.',
  },
  {
    turkish: 'Belediyenin mektupları sadece Felemenkçe; annem hiçbirini okuyamıyor.',
    english: "The municipality's letters are only in Dutch; my mother cannot read any of them.",
  },
];

// A Turkish-speaking participant joins the live session on a phone, in Turkish, and writes the two challenges.
async function writeInTurkish(page: Page): Promise<void> {
  // The phone speaks Turkish already (its browser's language); the participant keeps it.
  await page
    .getByRole('radiogroup', { name: say(trJoin, 'start.language') })
    .getByText('Türkçe')
    .click();
  await page.getByRole('heading', { level: 1, name: say(trJoin, 'title') }).waitFor();
  await page.getByRole('button', { name: say(trJoin, 'next') }).click();
  await page.getByRole('heading', { level: 1, name: say(trJoin, 'preview.heading') }).waitFor();
  await page.getByText(say(trJoin, 'consent.agree')).click();
  await page.getByRole('button', { name: say(trJoin, 'next') }).click();
  await page.getByRole('heading', { level: 1, name: say(trJoin, 'about.heading') }).waitFor();
  await page.getByRole('button', { name: say(trJoin, 'about.join') }).click();
  await page.getByRole('button', { name: say(trJoin, 'done.go') }).click();
  const field = page.getByRole('textbox', { name: say(trParticipant, 'challenge.label') });
  for (const challenge of CHALLENGES) {
    await field.fill(challenge.turkish);
    await page.getByRole('button', { name: say(trParticipant, 'challenge.send'), exact: true }).click();
    await page.getByText(say(trParticipant, 'composer.sent')).waitFor();
    await page
      .getByText(say(trParticipant, 'composer.sent'))
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
  }
}

// The queue item of a text, paging on with "Show more texts" until it shows.
async function openInQueue(page: Page, text: string): Promise<void> {
  const queue = page.getByRole('region', { name: /Waiting for a translation/ });
  const item = queue.getByRole('button').filter({ hasText: text });
  const shown = queue.getByRole('listitem');
  for (let pages = 1; pages < 10 && (await item.count()) === 0; pages += 1) {
    const before = await shown.count();
    await queue.getByRole('button', { name: 'Show more texts' }).click();
    await expect.poll(() => shown.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  }
  await item.click();
  await page.getByRole('region', { name: 'Challenge' }).getByText(text, { exact: true }).waitFor();
}

async function signInAsTranslator(context: BrowserContext): Promise<void> {
  await ask(context.request, 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }', {
    input: { email: translator!.email, password: translator!.password },
  });
}

describe('translator: a volunteer translates what participants wrote, and participants read it in their language', () => {
  const journey = useJourney({ context: laptop });

  it(
    'should let the demo translator translate two challenges into English that the English participant then reads in English on a 375 px phone',
    { timeout: 240_000 },
    async () => {
      // The room is at its challenges; a participant writes two in Turkish.
      const facilitator = await facilitatorLaptop(await journey.newContext(laptop));
      await facilitator.moveTo('CHALLENGES');
      const turkishPhone = await journey.newContext({ ...phone, locale: 'tr-TR' });
      const writer = await turkishPhone.newPage();
      await writer.goto(`${journey.baseUrl}/join/${DEMO_JOIN_CODE}`);
      await writeInTurkish(writer);
      for (const challenge of CHALLENGES) expect(await facilitator.challengesWithText(challenge.turkish)).toBe(1);

      // The translator signs in and finds the queue through the navigation.
      const page = await journey.openPage('/sign-in');
      await page.getByRole('textbox', { name: 'E-mail address' }).fill(translator.email);
      await page.getByLabel('Password', { exact: true }).fill(translator.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Translations' }).click();
      await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/projects/${DEMO_IDS.project}/translations`);
      // An English reader translates into English unless they choose another language.
      await page
        .getByRole('button', { name: /Translate into/ })
        .filter({ hasText: 'English' })
        .waitFor();

      for (const [n, challenge] of CHALLENGES.entries()) {
        await openInQueue(page, challenge.turkish);
        const editor = page.getByRole('region', { name: 'Challenge' });
        const original = editor.getByText(challenge.turkish, { exact: true });
        expect([await original.getAttribute('lang'), await original.getAttribute('dir')]).toEqual(['tr', 'ltr']);
        await editor.getByText('Original in Turkish').waitFor();
        if (n === 0) {
          expect(await journey.axe(page)).toEqual([]);
          await page.screenshot({ path: path.join(artifactsDir, 'translator-ltr-1366.png') });
          await page.setViewportSize({ width: 375, height: 740 });
          expect(await journey.axe(page)).toEqual([]);
          await page.screenshot({ path: path.join(artifactsDir, 'translator-ltr-375.png') });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
          await page.setViewportSize(laptop.viewport);
        }
        const field = editor.getByRole('textbox', { name: 'Translation into English' });
        expect([await field.getAttribute('lang'), await field.getAttribute('dir')]).toEqual(['en', 'ltr']);
        await field.fill(challenge.english);
        await editor.getByRole('button', { name: 'Save and next' }).click();
        await page
          .getByRole('status')
          .or(page.locator('output'))
          .filter({ hasText: /^Translation saved\./ })
          .waitFor();
        // Saved, it leaves the queue for English.
        await page
          .getByRole('region', { name: /Waiting for a translation/ })
          .getByRole('button')
          .filter({ hasText: challenge.turkish })
          .waitFor({ state: 'detached' });
      }
      expect(journey.pageErrors).toEqual([]);

      // An English participant joins on a 375 px phone and reads both in English, the Turkish original beside them.
      const englishPhone = await journey.newContext(phone);
      const reader = await englishPhone.newPage();
      await reader.goto(`${journey.baseUrl}/join/${DEMO_JOIN_CODE}`);
      await joinAsNewcomer(reader, 'Reader', async () => undefined);
      const board = reader.getByRole('region', { name: 'Board' });
      for (const challenge of CHALLENGES) {
        const card = board.getByRole('article').filter({ hasText: challenge.turkish });
        await card.waitFor();
        const english = card.getByText(challenge.english, { exact: true });
        expect(await english.getAttribute('lang')).toBe('en');
        expect(await card.getByText(challenge.turkish, { exact: true }).getAttribute('lang')).toBe('tr');
        await card.getByText('Translated from Turkish').waitFor();
      }
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await board
        .getByRole('article')
        .filter({ hasText: CHALLENGES[0]!.turkish })
        .screenshot({ path: path.join(artifactsDir, 'translator-reader-375.png') });
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    'should open an Arabic original right to left beside a French field, with nothing for axe to find, at 375, 768 and 1366 px',
    { timeout: 240_000 },
    async () => {
      await signInAsTranslator(journey.context);
      const page = await journey.openPage(`/projects/${DEMO_IDS.project}/translations?language=fr`);
      await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
      // Fatima's park challenge was written in Arabic and has no French translation in the demo.
      const arabic = 'الحديقة مظلمة جدًا في الليل، ولا أشعر بالأمان عندما أعود من العمل.';
      await openInQueue(page, arabic);
      const editor = page.getByRole('region', { name: 'Challenge' });
      const original = editor.getByText(arabic, { exact: true });
      expect([await original.getAttribute('lang'), await original.getAttribute('dir')]).toEqual(['ar', 'rtl']);
      const field = editor.getByRole('textbox', { name: 'Translation into French' });
      expect([await field.getAttribute('lang'), await field.getAttribute('dir')]).toEqual(['fr', 'ltr']);
      for (const width of [375, 768, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        const violations = await journey.axe(page);
        expect({ width, violations }).toEqual({ width, violations: [] });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The open text (the top of the page) and the first texts of the queue.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(artifactsDir, `translator-editor-${width}.png`) });
        await page
          .getByRole('region', { name: /Waiting for a translation/ })
          .getByRole('listitem')
          .first()
          .scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(artifactsDir, `translator-queue-${width}.png`) });
      }

      // The same screen for an Arabic-speaking translator: the page right to left, the French field left to right.
      const arabicDesk = await journey.newContext({ ...laptop, locale: 'ar' });
      await signInAsTranslator(arabicDesk);
      const rtl = await arabicDesk.newPage();
      await rtl.goto(`${journey.baseUrl}/projects/${DEMO_IDS.project}/translations?language=fr`);
      await rtl.getByRole('heading', { level: 1, name: 'الترجمات' }).waitFor();
      expect(await rtl.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      const rtlField = rtl.getByRole('textbox', { name: /الترجمة إلى/ });
      expect([await rtlField.getAttribute('lang'), await rtlField.getAttribute('dir')]).toEqual(['fr', 'ltr']);
      expect(await journey.axe(rtl)).toEqual([]);
      for (const width of [375, 1366]) {
        await rtl.setViewportSize({ width, height: 900 });
        expect(await rtl.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await rtl.screenshot({ path: path.join(artifactsDir, `translator-rtl-ui-${width}.png`) });
      }
      expect(journey.pageErrors).toEqual([]);
    },
  );
});
