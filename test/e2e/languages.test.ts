import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { facilitatorLaptop } from '../support/participant.js';
import { artifactsDir, repoRoot } from '../support/paths.js';

// A participant joins in Tigrinya and one in Dari (right to left), each on a 375 px phone: every screen they see is in
// their language. The check compares the page's text with the English catalogue of the participant's screens and
// fails on any English sentence in it.

const phone = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

const PARTICIPANT_NAMESPACES = ['app', 'challenge', 'form', 'join', 'participant'];
const ALL_NAMESPACES = readdirSync(path.join(repoRoot, 'web/src/locales/en')).map((file) =>
  file.replace(/\.json$/, ''),
);
const english = (dir: string) => path.join(repoRoot, 'web/src/locales', dir);
const flatten = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.values(value).flatMap(flatten) : [String(value)];

// The English sentences: the parts of each English string between its placeholders that have at least two words.
const englishSentences = (namespaces: readonly string[]) => [
  ...new Set(
    namespaces
      .flatMap((ns) => flatten(JSON.parse(readFileSync(path.join(english('en'), `${ns}.json`), 'utf8'))))
      .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
      .map((part) => part.trim())
      .filter((part) => (part.match(/[A-Za-z]{2,}/g) ?? []).length >= 2),
  ),
];
const ENGLISH_SENTENCES = englishSentences(PARTICIPANT_NAMESPACES);

// What a person reads on the page: its visible text and the names that screen readers say.
async function readablePageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].map((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? '').join('\n'),
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
}

async function expectNoEnglish(page: Page, screen: string, sentences = ENGLISH_SENTENCES) {
  const text = await readablePageText(page);
  const found = sentences.filter((sentence) => text.includes(sentence));
  expect({ screen, english: found }).toEqual({ screen, english: [] });
}

interface Walk {
  language: string;
  name: string;
  dir: 'ltr' | 'rtl';
  title: string;
  next: string;
  sessionHeading: string;
  agree: string;
  about: string;
  join: string;
  go: string;
  board: string;
}

const WALKS: Walk[] = [
  {
    language: 'ti',
    name: 'ትግርኛ',
    dir: 'ltr',
    title: 'ናብ ኣኼባ ተጸንበር',
    next: 'ቀጽል',
    sessionHeading: 'እዚ እቲ ኣኼባ እዩ',
    agree: 'ክሳተፍ እሰማማዕ',
    about: 'ብዛዕባኻ',
    join: 'ናብ ኣኼባ ተጸንበር',
    go: 'ናብ ኣኼባ ኪድ',
    board: 'ሰሌዳ',
  },
  {
    language: 'fa-AF',
    name: 'دری',
    dir: 'rtl',
    title: 'پیوستن به جلسه',
    next: 'بعدی',
    sessionHeading: 'این جلسه است',
    agree: 'موافقم که اشتراک کنم',
    about: 'دربارهٔ شما',
    join: 'پیوستن به جلسه',
    go: 'رفتن به جلسه',
    board: 'تخته',
  },
];

describe('languages: a participant joins in their own language on a phone', () => {
  const journey = useJourney({ context: phone });

  it('should find at least a hundred English sentences to look for when it reads the English catalogue', () => {
    expect(ENGLISH_SENTENCES.length).toBeGreaterThan(100);
    expect(ENGLISH_SENTENCES).toContain('Choose your language');
  });

  it.each(WALKS)(
    'should show every screen of joining and the session in $language, with no English sentence, on a 375 px phone',
    async (walk) => {
      const page = await journey.openPage(`/join/${DEMO_JOIN_CODE}`);
      await page.getByRole('radiogroup', { name: 'Choose your language' }).getByText(walk.name).click();

      await page.getByRole('heading', { level: 1, name: walk.title }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        walk.language,
        walk.dir,
      ]);
      // Nothing is wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(page, 'join: language and code');
      await page.getByRole('button', { name: walk.next }).click();

      await page.getByRole('heading', { level: 1, name: walk.sessionHeading }).waitFor();
      await expectNoEnglish(page, 'join: session and consent');
      await page.getByText(walk.agree).click();
      await page.getByRole('button', { name: walk.next }).click();

      await page.getByRole('heading', { level: 1, name: walk.about }).waitFor();
      await expectNoEnglish(page, 'join: about you');
      await page.getByRole('button', { name: walk.join }).click();

      await page.getByRole('button', { name: walk.go }).waitFor();
      await expectNoEnglish(page, 'join: personal code');
      await page.getByRole('button', { name: walk.go }).click();

      await page.getByRole('heading', { level: 2, name: walk.board }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(page, 'session');
      await page.screenshot({ path: path.join(artifactsDir, `languages-${walk.language}-375.png`), fullPage: true });
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it('should run the cockpit of the live session in Arabic, right to left, with no English sentence of any screen, when an Arabic facilitator opens it', async () => {
    const laptop = await journey.newContext({ locale: 'ar', viewport: { width: 1280, height: 800 }, isMobile: false });
    await facilitatorLaptop(laptop);
    const page = await laptop.newPage();
    await page.goto(`${journey.baseUrl}/workshops/${DEMO_IDS.sessions.live}/run`);
    await page.getByRole('heading', { level: 1, name: /^لوحة التحكم/ }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByRole('heading', { level: 2, name: 'جدول الأعمال' }).waitFor();
    await expectNoEnglish(page, 'cockpit', englishSentences(ALL_NAMESPACES));
    await page.screenshot({ path: path.join(artifactsDir, 'languages-ar-cockpit-1280.png'), fullPage: true });
  });
});
