import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_JOIN_CODE, DEMO_PERSONAL_CODE } from '../../server/src/seeders/demo-ids.js';
import { launchBrowser } from '../support/browser.js';
import { fontconfigWith } from '../support/fonts.js';
import { useJourney } from '../support/journey.js';
import { ask, chooseLanguage, facilitatorLaptop } from '../support/participant.js';
import { artifactsDir, repoRoot } from '../support/paths.js';

// A participant joins in Tigrinya and one in Dari (right to left), each on a 375 px phone: every screen they see is in
// their language: joining, the session, the questionnaire the facilitator opens on the phones, a public outcome page
// (as the QR code on the session's report leads to it) and "what came of it" with the personal code of a card. The
// check compares the page's text with the English catalogue of the participant's screens and fails on any English
// sentence in it.

const phone = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

// The participant's namespaces, as web/scripts/check-i18n.mjs lists them (it says how they were found).
const PARTICIPANT_NAMESPACES = ['app', 'challenge', 'form', 'join', 'outcome', 'participant', 'questionnaire'];
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

// Dates come from Intl, not from the catalogue: a browser without data for a language writes them in English.
const ENGLISH_DATE_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

// `dates`: also fail on English month and day names (not on the cockpit, which shows contributions as written).
async function expectNoEnglish(page: Page, screen: string, sentences = ENGLISH_SENTENCES, dates = true) {
  const text = await readablePageText(page);
  const found = [
    ...sentences.filter((sentence) => text.includes(sentence)),
    ...(dates ? (text.match(ENGLISH_DATE_WORDS) ?? []) : []),
  ];
  expect({ screen, english: found }).toEqual({ screen, english: [] });
}

// The Ethiopic texts of the page that are not drawn as the font now draws them: each text's width on the page against
// that of a fresh copy in the same font, laid out once the fonts are in. A text laid out while Noto Sans Ethiopic was
// still on its way and never drawn again shows empty boxes, which are narrower than the letters (by 7 to 14% on the
// join page); a text that wraps loses no more than its spaces at the ends of its lines.
async function expectEthiopicDrawn(page: Page, screen: string) {
  const notDrawn = await page.evaluate(async () => {
    await document.fonts.ready;
    const measure = document.createElement('div');
    measure.style.cssText = 'position:absolute;inset-block-start:0;visibility:hidden;white-space:nowrap';
    document.body.append(measure);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/[\u1200-\u137f]/.test(node.textContent ?? '') || measure.contains(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const drawn = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
      if (drawn === 0) continue;
      const copy = document.createElement('span');
      const style = getComputedStyle(parent);
      copy.style.font = style.font;
      copy.style.letterSpacing = style.letterSpacing;
      copy.style.wordSpacing = style.wordSpacing;
      copy.style.textTransform = style.textTransform;
      copy.lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      copy.textContent = node.textContent;
      measure.append(copy);
      const fresh = copy.getBoundingClientRect().width;
      if (Math.abs(drawn - fresh) > Math.max(2, fresh * 0.05)) found.push(node.textContent?.trim() ?? '');
    }
    measure.remove();
    return found;
  });
  expect({ screen, notDrawn }).toEqual({ screen, notDrawn: [] });
}

// A 375 px screenshot to look at, once the fonts the page asked for (Noto Sans Ethiopic comes on demand) are in.
async function shoot(page: Page, name: string) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: path.join(artifactsDir, `languages-${name}-375.png`), fullPage: true });
}

// The join page in English, as a phone opens it: which font files it fetches, and how wide ትግርኛ is drawn.
async function openJoin(context: BrowserContext) {
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(path.basename(new URL(request.url()).pathname));
  });
  await page.goto('/join');
  const name = page.getByText('ትግርኛ', { exact: true });
  await name.waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const width = (await name.boundingBox())?.width;
  await context.close();
  return { fonts, width };
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
  // The questionnaire on the phone: its research question to someone who said no at the door, and its start.
  researchAgree: string;
  start: string;
  // The public outcome pages and "what came of it".
  raised: string;
  cardLink: string;
  personalCode: string;
  showMine: string;
  mineTitle: string;
  yourChallenge: string;
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
    researchAgree: 'እወ፡ መልስታተይ ንመጽናዕቲ ተጠቐሙሎም',
    start: 'ጀምር',
    raised: 'ዝተላዕለ',
    cardLink: 'ካብ ሓሳባተይ እንታይ ከም ዝወጸ ርአ',
    personalCode: 'ውልቃዊ ኮድ',
    showMine: 'እንታይ ከም ዝወጸ ኣርኢ',
    mineTitle: 'ካብ ሓሳባተይ እንታይ ወጺኡ',
    yourChallenge: 'ጸገምካ',
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
    researchAgree: 'بلی، جواب‌هایم را برای پژوهش استفاده کنید',
    start: 'شروع',
    raised: 'آنچه گفته شد',
    cardLink: 'دیدن آنچه از ایده‌هایم بیرون آمد',
    personalCode: 'کود شخصی',
    showMine: 'نشان دادن نتیجه',
    mineTitle: 'از ایده‌هایم چه بیرون آمد',
    yourChallenge: 'مشکل شما',
  },
];

const AGENDA = `query ($id: ID!) { session(id: $id) { agenda { id kind title durationMinutes questionnaireWave } } }`;
const SET_AGENDA = `mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { id } } }`;
const SET_PHASE = `mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }`;

interface Phase {
  id: string;
  kind: string;
  title: string;
  durationMinutes: number;
  questionnaireWave: string | null;
}

// The live demo session has no questionnaire in its agenda: the facilitator adds the end-of-session evaluation (once)
// and opens it on the phones.
async function openEvaluation(laptop: BrowserContext): Promise<void> {
  const agenda = async () =>
    (await ask<{ session: { agenda: Phase[] } }>(laptop.request, AGENDA, { id: DEMO_IDS.sessions.live })).session
      .agenda;
  let phase = (await agenda()).find((p) => p.questionnaireWave === 'SESSION_END');
  if (!phase) {
    const keep = (await agenda()).map(({ id, kind, title, durationMinutes, questionnaireWave }) => ({
      id,
      kind,
      title,
      durationMinutes,
      ...(questionnaireWave ? { questionnaireWave } : {}),
    }));
    await ask(laptop.request, SET_AGENDA, {
      input: {
        sessionId: DEMO_IDS.sessions.live,
        phases: [
          ...keep,
          { kind: 'QUESTIONNAIRE', questionnaireWave: 'SESSION_END', title: 'Korte evaluatie', durationMinutes: 5 },
        ],
      },
    });
    phase = (await agenda()).find((p) => p.questionnaireWave === 'SESSION_END');
  }
  if (!phase) throw new Error('The agenda lacks the evaluation it was given');
  await ask(laptop.request, SET_PHASE, { input: { sessionId: DEMO_IDS.sessions.live, phaseId: phase.id } });
}

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
      await chooseLanguage(page, walk.name);

      await page.getByRole('heading', { level: 1, name: walk.title }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        walk.language,
        walk.dir,
      ]);
      // Nothing is wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(page, 'join: language and code');
      if (walk.language === 'ti') await expectEthiopicDrawn(page, 'join: language and code');
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
      if (walk.language === 'ti') await expectEthiopicDrawn(page, 'session');
      await shoot(page, walk.language);
      expect(await journey.axe(page)).toEqual([]);

      // The facilitator opens the end-of-session evaluation: the phone asks first whether its answers may be used
      // for research (this participant did not tick it at the door), then asks the questions in its language.
      const laptopContext = await journey.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false });
      const laptop = await facilitatorLaptop(laptopContext);
      await openEvaluation(laptopContext);
      const agree = page.getByRole('button', { name: walk.researchAgree });
      await agree.waitFor({ timeout: 15_000 });
      await expectNoEnglish(page, 'questionnaire: research consent');
      await agree.click();
      await page.getByRole('button', { name: walk.start }).waitFor();
      await expectNoEnglish(page, 'questionnaire: introduction');
      await shoot(page, `${walk.language}-questionnaire`);
      await page.getByRole('button', { name: walk.start }).click();
      await page.locator('.questionnaire__statement').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(page, 'questionnaire: first question');
      await shoot(page, `${walk.language}-questionnaire-item`);
      // The room moves on; the phone follows.
      await laptop.moveTo('IDEAS');
      await expect.poll(() => page.locator('.questionnaire').count(), { timeout: 15_000 }).toBe(0);

      // Later, the QR code on the session's report leads to its public page, in the language the phone chose.
      await page.goto(`/outcomes/${DEMO_IDS.project}/sessions/${DEMO_IDS.sessions.past}`);
      await page.getByRole('heading', { level: 2, name: walk.raised }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        walk.language,
        walk.dir,
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(page, 'public outcome page of a session');
      if (walk.language === 'ti') await expectEthiopicDrawn(page, 'public outcome page of a session');
      await shoot(page, `${walk.language}-outcome-session`);

      // From the project's page, "what came of it": this phone joined a session of the project, so it shows its own.
      await page.goto(`/outcomes/${DEMO_IDS.project}`);
      await page.getByRole('link', { name: walk.cardLink }).waitFor();
      await expectNoEnglish(page, 'public outcome page of the project');
      await shoot(page, `${walk.language}-outcome-project`);
      await page.getByRole('link', { name: walk.cardLink }).click();
      await page.getByRole('heading', { level: 1, name: walk.mineTitle }).waitFor();
      await expectNoEnglish(page, 'what came of it: this phone');

      // At home, on another phone, with the personal code on a card: the page's own language links set the language.
      const home = await (await journey.newContext()).newPage();
      await home.goto(`/outcomes/${DEMO_IDS.project}/mine?lang=${walk.language}`);
      await home.getByRole('textbox', { name: walk.personalCode }).fill(DEMO_PERSONAL_CODE);
      await expectNoEnglish(home, 'what came of it: personal code');
      await home.getByRole('button', { name: walk.showMine }).click();
      await home.getByRole('heading', { level: 1, name: walk.mineTitle }).waitFor();
      // Fatima's own challenge, with what came of it.
      await home.getByText(walk.yourChallenge, { exact: true }).first().waitFor();
      expect(await home.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoEnglish(home, 'what came of it');
      await shoot(home, `${walk.language}-outcome-mine`);
      expect(journey.pageErrors).toEqual([]);
    },
    180_000,
  );

  it("should draw ትግርኛ in the join page's language list with a phone's own Ethiopic font, and fetch Noto Sans Ethiopic only for a phone without one", async () => {
    // This machine has no Ethiopic font: the page fetches the bold Noto Sans Ethiopic the list's names are set in.
    const without = await openJoin(await journey.newContext({ locale: 'en-GB' }));
    expect(without.fonts).toEqual([expect.stringMatching(/^noto-sans-ethiopic-ethiopic-700-normal-.*\.woff2$/)]);
    // A phone with Noto Sans Ethiopic installed (as Android has it): the same letters, drawn as wide, nothing fetched.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-fonts-'));
    const files = path.join(repoRoot, 'web/node_modules/@fontsource/noto-sans-ethiopic/files');
    const installed = await launchBrowser({
      FONTCONFIG_FILE: fontconfigWith(dir, [
        path.join(files, 'noto-sans-ethiopic-ethiopic-400-normal.woff'),
        path.join(files, 'noto-sans-ethiopic-ethiopic-700-normal.woff'),
      ]),
    });
    try {
      const own = await openJoin(await installed.newContext({ ...phone, locale: 'en-GB', baseURL: journey.baseUrl }));
      expect(own.fonts).toEqual([]);
      expect(own.width).toBeCloseTo(without.width ?? 0, 0);
    } finally {
      await installed.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

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
    await expectNoEnglish(page, 'cockpit', englishSentences(ALL_NAMESPACES), false);
    await page.screenshot({ path: path.join(artifactsDir, 'languages-ar-cockpit-1280.png'), fullPage: true });
  });
});
