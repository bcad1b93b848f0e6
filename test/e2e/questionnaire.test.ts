import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { ask, facilitatorLaptop } from '../support/participant.js';

// Participants' phones at 375 px (the narrowest common phone), the facilitator's laptop at 1366 px.
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const laptopSize = { viewport: { width: 1366, height: 900 } };
const sessionId = DEMO_IDS.sessions.live;

interface Phase {
  id: string;
  kind: string;
  title: string;
  durationMinutes: number;
  questionnaireWave: string | null;
}

const AGENDA = `query ($id: ID!) { session(id: $id) { agenda { id kind title durationMinutes questionnaireWave } } }`;
const SET_AGENDA = `mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { id } } }`;
const SET_PHASE = `mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }`;
const JOIN = `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`;
const MY_ANSWERS = `query ($sessionId: ID!, $wave: QuestionnaireWave!) {
  questionnaire(sessionId: $sessionId, wave: $wave) { myAnswers { itemCode value dontKnow } }
}`;

interface Answer {
  itemCode: string;
  value: number | null;
  dontKnow: boolean;
}

// The facilitator's agenda for the live demo session, with the questionnaire before and after as phases.
async function planQuestionnaires(laptop: BrowserContext): Promise<{ pre: string; post: string; ideas: string }> {
  const { session } = await ask<{ session: { agenda: Phase[] } }>(laptop.request, AGENDA, { id: sessionId });
  const keep = session.agenda.map(({ id, kind, title, durationMinutes }) => ({ id, kind, title, durationMinutes }));
  await ask(laptop.request, SET_AGENDA, {
    input: {
      sessionId,
      phases: [
        { kind: 'QUESTIONNAIRE', questionnaireWave: 'PRE', title: 'Vragen vooraf', durationMinutes: 10 },
        ...keep,
        { kind: 'QUESTIONNAIRE', questionnaireWave: 'POST', title: 'Vragen achteraf', durationMinutes: 10 },
      ],
    },
  });
  const after = await ask<{ session: { agenda: Phase[] } }>(laptop.request, AGENDA, { id: sessionId });
  const find = (test: (phase: Phase) => boolean) => {
    const found = after.session.agenda.find(test);
    if (!found) throw new Error('The agenda lacks a phase it was given');
    return found.id;
  };
  return {
    pre: find((p) => p.questionnaireWave === 'PRE'),
    post: find((p) => p.questionnaireWave === 'POST'),
    ideas: find((p) => p.kind === 'IDEAS'),
  };
}

// Through every item: a point for each (varying), "don't know" for the third, the fourth skipped.
async function answerAll(page: Page, check: (screen: string) => Promise<void>): Promise<number> {
  await page.locator('.questionnaire__start').click();
  let items = 0;
  for (;;) {
    const done = page.locator('#questionnaire-done');
    const next = page.locator('.questionnaire__next');
    await Promise.race([done.waitFor(), next.waitFor()]);
    if (await done.isVisible()) break;
    items += 1;
    const statement = await page.locator('.questionnaire__statement').getAttribute('id');
    const choices = page.locator('.scale-choices__choice');
    if (items === 1) await check('questionnaire: first item');
    if (items === 3) await choices.nth(5).click();
    else if (items !== 4) await choices.nth(items % 5).click();
    await next.click();
    // The next screen shows another statement, or the thanks.
    await page.waitForFunction(
      (id) =>
        document.querySelector('#questionnaire-done') !== null ||
        document.querySelector('.questionnaire__statement')?.id !== id,
      statement,
    );
  }
  return items;
}

describe('questionnaire: before and after, on the phones', () => {
  const journey = useJourney({ context: phone });

  const axeClean = (page: Page) => async (screen: string) => {
    expect({ screen, violations: await journey.axe(page) }).toEqual({ screen, violations: [] });
  };

  // A phone that joined the live session in its language (the join screens have their own tests).
  async function joinedPhone(language: string, pseudonym: string, research: boolean): Promise<Page> {
    const context = await journey.newContext();
    // Only on the app's pages: a blank page has no storage to write to.
    await context.addInitScript((lang) => {
      if (location.protocol.startsWith('http')) localStorage.setItem('samenspraak.language', lang);
    }, language);
    await ask(context.request, JOIN, {
      input: {
        code: DEMO_JOIN_CODE,
        language,
        pseudonym,
        background: 'THIRD_COUNTRY_NATIONAL',
        consent: { research, textVersion: '2026-01' },
      },
    });
    const page = await context.newPage();
    await page.goto(`/s/${sessionId}`);
    return page;
  }

  it('should pair the answers of a Dutch and an Arabic phone before and after the session when both attend, with the cockpit counting and never reading them', async () => {
    const laptopContext = await journey.newContext(laptopSize);
    const laptop = await facilitatorLaptop(laptopContext);
    const phases = await planQuestionnaires(laptopContext);
    await ask(laptopContext.request, SET_PHASE, { input: { sessionId, phaseId: phases.pre } });

    // The cockpit counts who started and finished, never what anyone answered. The demo's returning participants
    // answered before the first session already: they are counted here too.
    const cockpit = await laptopContext.newPage();
    await cockpit.goto(`/workshops/${sessionId}/run`);
    await cockpit.getByRole('tab', { name: 'Questionnaires' }).click();
    // Figures in order: started, finished, agreed to research, present.
    const figure = (wave: string, n: number) =>
      cockpit.locator('.response-counts__wave').filter({ hasText: wave }).locator('dd').nth(n);
    const counts = async (wave: string) => [
      Number(await figure(wave, 0).textContent()),
      Number(await figure(wave, 1).textContent()),
    ];
    await figure('Before the first session', 0).waitFor();
    const [preStarted = 0, preFinished = 0] = await counts('Before the first session');
    const [postStarted = 0, postFinished = 0] = await counts('After the last session');

    const dutch = await joinedPhone('nl', 'Vragen Tester', true);
    const arabic = await joinedPhone('ar', 'Salma Tester', false);

    // Dutch: straight into the questionnaire, in Dutch.
    await dutch.getByRole('heading', { level: 2, name: 'Vragen over jou en je gemeente' }).waitFor();
    await dutch.getByText('Je mag elke vraag overslaan.').waitFor();
    await axeClean(dutch)('questionnaire intro, nl, 375 px');
    const preItems = await answerAll(dutch, axeClean(dutch));
    await dutch.getByRole('heading', { name: 'Dank je wel!' }).waitFor();
    await axeClean(dutch)('questionnaire done, nl');

    // Arabic, right to left: said no to research at the door, so the phone asks first.
    await arabic.getByRole('heading', { name: 'هذه الأسئلة للبحث' }).waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await axeClean(arabic)('questionnaire consent, ar');
    await arabic.getByRole('button', { name: 'نعم، استخدموا إجاباتي للبحث' }).click();
    expect(await answerAll(arabic, axeClean(arabic))).toBe(preItems);
    await arabic.getByRole('heading', { name: 'شكرًا لك!' }).waitFor();

    // Both skipped an item: they started, and did not finish every item.
    await expect
      .poll(() => counts('Before the first session'), { timeout: 15_000 })
      .toEqual([preStarted + 2, preFinished]);
    await axeClean(cockpit)('cockpit questionnaires, 1366 px');
    expect(await cockpit.locator('.scale-choices__choice').count()).toBe(0);

    // They attend: the room moves on to ideas, the phones follow.
    await laptop.moveTo('IDEAS');
    await expect.poll(() => dutch.locator('.questionnaire').count(), { timeout: 15_000 }).toBe(0);

    // After the session: the POST questionnaire, the same items again.
    await ask(laptopContext.request, SET_PHASE, { input: { sessionId, phaseId: phases.post } });
    await dutch.locator('.questionnaire__start').waitFor({ timeout: 15_000 });
    expect(await answerAll(dutch, async () => undefined)).toBe(preItems);
    await arabic.locator('.questionnaire__start').waitFor({ timeout: 15_000 });
    expect(await answerAll(arabic, axeClean(arabic))).toBe(preItems);

    // Paired on the participant: each phone reads back its own PRE and POST answers, the same items, with the
    // "don't know" kept apart from the scale and the skipped item absent.
    for (const page of [dutch, arabic]) {
      const read = async (wave: string) =>
        (
          await ask<{ questionnaire: { myAnswers: Answer[] } }>(page.context().request, MY_ANSWERS, {
            sessionId,
            wave,
          })
        ).questionnaire.myAnswers;
      const pre = await read('PRE');
      // The last tap may still be on its way from the phone's queue.
      await expect.poll(async () => (await read('POST')).length, { timeout: 15_000 }).toBe(preItems - 1);
      const post = await read('POST');
      expect(pre.length).toBe(preItems - 1);
      expect(post.map((a) => a.itemCode)).toEqual(pre.map((a) => a.itemCode));
      expect(pre.filter((a) => a.dontKnow)).toHaveLength(1);
    }
    // The facilitator reads none of them.
    const theirs = await ask<{ questionnaire: { myAnswers: Answer[] } }>(laptopContext.request, MY_ANSWERS, {
      sessionId,
      wave: 'PRE',
    });
    expect(theirs.questionnaire.myAnswers).toEqual([]);
    await expect
      .poll(() => counts('After the last session'), { timeout: 15_000 })
      .toEqual([postStarted + 2, postFinished]);
    expect(journey.pageErrors).toEqual([]);
  }, 300_000);
});
