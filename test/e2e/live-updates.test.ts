import { devices, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { watchGraphql, type GraphqlWatch } from '../support/live.js';
import { ask, facilitatorLaptop, joinAsNewcomer } from '../support/participant.js';

const phone = { ...devices['Pixel 5'], locale: 'en-GB' };
const sessionId = DEMO_IDS.sessions.live;
const laptopScreen = { viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The cockpit polled every 5 s and the projector every 3 s; a quiet spell longer than both shows they no longer do.
const QUIET_MS = 12_000;

// A staff page of the live session, watched from before it opens, once it follows the session.
const openWatched = async (context: BrowserContext, path: string, viewport = laptopScreen.viewport) => {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const watch = watchGraphql(page);
  await page.goto(path);
  await watch.subscribed;
  return { page, watch };
};

// The notes on the projector's board that the screen cuts off: beyond the window, or beyond the box that clips them.
const notesCutOff = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const notes = [...document.querySelectorAll('.projector__note')];
    const cut = notes.filter((note) => {
      let clip: DOMRect | undefined;
      for (let box = note.parentElement; box && !clip; box = box.parentElement) {
        if (getComputedStyle(box).overflowY !== 'visible') clip = box.getBoundingClientRect();
      }
      const at = note.getBoundingClientRect();
      const bottom = Math.min(window.innerHeight, clip?.bottom ?? Infinity);
      const [left, right] = [Math.max(0, clip?.left ?? 0), Math.min(window.innerWidth, clip?.right ?? Infinity)];
      return at.bottom > bottom + 1 || at.left < left - 1 || at.right > right + 1;
    });
    return notes.length ? cut.map((note) => note.textContent ?? '') : ['(no notes on the board)'];
  });

// How far each page reaches beyond its window's width, in pixels: a page a phone has to scroll sideways.
const sideways = (pages: Page[]): Promise<number[]> =>
  Promise.all(
    pages.map((page) =>
      page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)),
    ),
  );

// What must stay where it belongs, in pixels beyond: the clock in its box (the projector's rail left of the
// board, the cockpit's panel of the phase), the box's other parts in it, and the box in the card that holds it.
const overflow = (page: Page, box: string, card: string) =>
  page.evaluate(
    ({ boxSelector, cardSelector }) => {
      const timer = document.querySelector('[role="timer"]');
      const outer = timer?.closest(boxSelector);
      const holder = outer?.closest(cardSelector);
      if (!timer || !outer || !holder) return `no timer in ${boxSelector} in ${cardSelector}`;
      const beyond = (inner: Element, around: Element = outer, padding = 0) => {
        const [a, b] = [inner.getBoundingClientRect(), around.getBoundingClientRect()];
        return Math.max(0, Math.ceil(a.right - (b.right - padding)), Math.ceil(b.left + padding - a.left));
      };
      const board = document.querySelector('.projector__fit')?.getBoundingClientRect();
      return {
        clockOut: beyond(timer),
        textWider: Math.max(0, timer.scrollWidth - timer.clientWidth),
        partsOut: Math.max(0, ...[...outer.children].map((part) => beyond(part))),
        boxOut: beyond(outer, holder, parseFloat(getComputedStyle(holder).paddingRight)),
        underBoard: board ? Math.max(0, Math.ceil(outer.getBoundingClientRect().right - board.left)) : 0,
      };
    },
    { boxSelector: box, cardSelector: card },
  );

// Live screens of one room, each following the session over its WebSocket, with what each asks over HTTP.
describe('live updates: every screen follows the room from its events, without polling', () => {
  const journey = useJourney({ context: phone });

  const axeClean = async (page: Page, screen: string) => {
    expect({ screen, violations: await journey.axe(page) }).toEqual({ screen, violations: [] });
  };

  const joinWatched = async (name: string): Promise<{ page: Page; watch: GraphqlWatch }> => {
    const page = await (await journey.newContext(phone)).newPage();
    const watch = watchGraphql(page);
    await page.goto(`/join/${DEMO_JOIN_CODE}`);
    await joinAsNewcomer(page, name, async () => undefined);
    await page.getByRole('heading', { level: 2, name: 'Board' }).waitFor();
    await watch.subscribed;
    return { page, watch };
  };

  const laptopOf = async () => {
    const context = await journey.newContext(laptopScreen);
    return { context, laptop: await facilitatorLaptop(context) };
  };

  it(
    'should bring a new challenge and a new phase to the cockpit, the projector and a phone without a single request when nothing polls',
    { timeout: 240_000 },
    async () => {
      const { context, laptop } = await laptopOf();
      await laptop.moveTo('CHALLENGES');
      const cockpit = await openWatched(context, `/workshops/${sessionId}/run`);
      await cockpit.page.getByRole('tab', { name: 'Challenges', selected: true }).waitFor();
      const projector = await openWatched(context, `/workshops/${sessionId}/projector`, { width: 1920, height: 1080 });
      await projector.page.getByRole('timer').waitFor();
      const mobile = await joinWatched('Quiet Phone');
      await mobile.page.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor();
      const screens = { cockpit, projector, phone: mobile };
      const asked = () => Object.fromEntries(Object.entries(screens).map(([name, s]) => [name, [...s.watch.requests]]));

      await sleep(1_000);
      for (const screen of Object.values(screens)) screen.watch.reset();
      await sleep(QUIET_MS);
      expect(asked()).toEqual({ cockpit: [], projector: [], phone: [] });

      // A challenge from somewhere else (the facilitator's other device) reaches every screen as an event.
      const text = 'The library closes before the evening shift ends (live, unasked).';
      await ask(
        context.request,
        'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }',
        {
          input: { sessionId, text, language: 'en' },
        },
      );
      await cockpit.page
        .getByRole('tabpanel', { name: 'Challenges' })
        .getByRole('region', { name: 'Not in a theme yet' })
        .getByRole('row', { name: text })
        .waitFor();
      await projector.page.getByText(text).waitFor();
      await mobile.page.getByRole('region', { name: 'Board' }).getByRole('article', { name: text }).waitFor();

      // And so does the next phase.
      await laptop.moveTo('IDEAS');
      await cockpit.page.getByRole('tab', { name: 'Ideas', selected: true }).waitFor();
      await projector.page.getByRole('heading', { level: 2, name: 'Ideas' }).waitFor();
      await mobile.page.getByRole('heading', { level: 2, name: 'Ideas' }).waitFor();
      expect(asked()).toEqual({ cockpit: [], projector: [], phone: [] });
      // The whole board, every theme's challenges with their ideas, on the projector's 1080p screen, and on the
      // smaller screens of older beamers (1280 × 800, 1024 × 768) and a laptop sharing its own (1366 × 768).
      await expect.poll(() => notesCutOff(projector.page)).toEqual([]);
      for (const screen of [
        { width: 1280, height: 800 },
        { width: 1366, height: 768 },
        { width: 1024, height: 768 },
      ]) {
        await projector.page.setViewportSize(screen);
        await expect
          .poll(async () => ({ screen, cut: await notesCutOff(projector.page) }))
          .toEqual({ screen, cut: [] });
      }
      await projector.page.setViewportSize({ width: 1920, height: 1080 });

      await axeClean(cockpit.page, 'cockpit');
      await axeClean(projector.page, 'projector, challenges by theme');
      await axeClean(mobile.page, 'phone');
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    "should move the projector's dot bars with each dot of an open round, and show the result when it closes",
    { timeout: 240_000 },
    async () => {
      const { context, laptop } = await laptopOf();
      await laptop.moveTo('VOTING');
      const { session } = await ask<{
        session: {
          openVotingRound: { id: string } | null;
          challenges: { edges: { node: { id: string; text: string } }[] };
        };
      }>(
        context.request,
        'query ($id: ID!) { session(id: $id) { openVotingRound { id } challenges(first: 200) { edges { node { id text } } } } }',
        { id: sessionId },
      );
      if (session.openVotingRound) {
        await ask(
          context.request,
          'mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { id } } }',
          {
            input: { roundId: session.openVotingRound.id },
          },
        );
      }
      const round = (
        await ask<{ openVotingRound: { round: { id: string } } }>(
          context.request,
          'mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }',
          { input: { sessionId, title: 'Which challenges first?', target: 'CHALLENGES', dotsPerParticipant: 3 } },
        )
      ).openVotingRound.round.id;
      const [first, second] = session.challenges.edges.map((edge) => edge.node);
      if (!first || !second) throw new Error('The live demo session needs two challenges');

      const projector = await openWatched(context, `/workshops/${sessionId}/projector`, { width: 1920, height: 1080 });
      const board = projector.page.getByRole('region', { name: /Which challenges first\?/ });
      await board.getByText('Dots so far').waitFor();
      await board.getByText('No dots yet. Take your phone and give yours!').waitFor();
      // The cockpit's voting tab counts the same dots, each source apart, from the votes the events bring.
      const cockpit = await openWatched(context, `/workshops/${sessionId}/run`);
      await cockpit.page.getByRole('tab', { name: 'Voting', selected: true }).waitFor();
      const cockpitRow = (text: string) => cockpit.page.getByRole('row').filter({ hasText: text });
      await cockpitRow(second.text).waitFor();
      projector.watch.reset();
      cockpit.watch.reset();
      const bars = board.getByRole('list');
      const rows = async () =>
        (await bars.getByRole('listitem').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());

      // Dots counted on paper, then a phone's dots: each moves the bars, most dots first.
      const paper = (challengeId: string, dots: number) =>
        ask(
          context.request,
          'mutation ($input: RecordPaperVotesInput!) { recordPaperVotes(input: $input) { vote { id } } }',
          {
            input: { roundId: round, challengeId, dots },
          },
        );
      await paper(first.id, 4);
      await paper(second.id, 2);
      await expect.poll(rows, { timeout: 15_000 }).toEqual([`1 ${first.text} 4 dots`, `2 ${second.text} 2 dots`]);

      const mobile = await joinWatched('Dots Phone');
      const card = mobile.page.getByRole('region', { name: 'Board' }).getByRole('article', { name: second.text });
      // The dots left stay in view above the board without taking it over (they took a third to a half of a phone's
      // screen): two short lines, a tenth of the screen's height at most, at each count.
      const panelShare = async () => {
        const panel = await mobile.page.locator('.vote-counter').boundingBox();
        const screen = mobile.page.viewportSize();
        return panel && screen ? Math.round((panel.height / screen.height) * 100) : null;
      };
      const shares = [await panelShare()];
      for (const left of ['2 dots left', '1 dot left', 'All your dots are given. Thank you!']) {
        await card.getByRole('button', { name: 'Give a dot' }).click();
        await mobile.page.getByRole('status').filter({ hasText: left }).waitFor();
        shares.push(await panelShare());
      }
      expect(
        shares.every((share) => share !== null && share <= 10),
        `panel heights ${shares.join(', ')} %`,
      ).toBe(true);
      await axeClean(mobile.page, 'phone, voting');
      await expect.poll(rows, { timeout: 15_000 }).toEqual([`1 ${second.text} 5 dots`, `2 ${first.text} 4 dots`]);
      await axeClean(projector.page, 'projector, live dots');
      const counted = async (text: string) => (await cockpitRow(text).innerText()).replace(/\s+/g, ' ');
      await expect.poll(() => counted(second.text), { timeout: 15_000 }).toContain('5 of which 2 on paper');
      expect(await counted(first.text)).toContain('4 of which 4 on paper');
      expect(cockpit.watch.requests).toEqual([]);

      await ask(
        context.request,
        'mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { id } } }',
        {
          input: { roundId: round },
        },
      );
      await board.getByText('Result').waitFor();
      expect(await rows()).toEqual([`1 ${second.text} 5 dots`, `2 ${first.text} 4 dots`]);
      await mobile.page.getByText('Voting starts soon. Please wait.').waitFor();
      await axeClean(projector.page, 'projector, result');
      // Every dot and the closing came as events: the projector asked nothing.
      expect(projector.watch.requests).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    "should keep a phase's clock inside the projector's rail and the cockpit's panel when it runs hours over",
    { timeout: 240_000 },
    async () => {
      const { context } = await laptopOf();
      for (const [path, viewport, box, card] of [
        [`/workshops/${sessionId}/projector`, { width: 1920, height: 1080 }, '.projector__rail', '.projector__screen'],
        [`/workshops/${sessionId}/projector`, { width: 1280, height: 800 }, '.projector__rail', '.projector__screen'],
        [`/workshops/${sessionId}/run`, laptopScreen.viewport, '.phase-panel__now', '.run-page__phases'],
      ] as const) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        // The page's own clock, moved four hours on once the page has measured the server's three times (it
        // measures again only after five minutes; a measure after the move would put the clock back): the phase is
        // then more than three hours over, `−2xx:xx`.
        let measured = 0;
        page.on('requestfinished', (request) => {
          if (request.postData()?.includes('ServerTime')) measured += 1;
        });
        await page.clock.install();
        await page.goto(path);
        const timer = page.getByRole('timer');
        await timer.waitFor();
        await expect.poll(() => measured, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
        await sleep(500);
        await page.clock.setSystemTime(Date.now() + 4 * 3_600_000);
        // The clock redraws on its next tick, which a busy machine may hold up past expect.poll's default second.
        await expect.poll(() => timer.textContent(), { timeout: 10_000 }).toMatch(/^−\d{3}:\d{2}$/);
        expect({ path, viewport, overflow: await overflow(page, box, card) }).toEqual({
          path,
          viewport,
          overflow: { clockOut: 0, textWider: 0, partsOut: 0, boxOut: 0, underBoard: 0 },
        });
        await page.close();
      }
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    'should keep a pasted link inside the board on a phone and a cockpit on a phone, without scrolling sideways',
    { timeout: 240_000 },
    async () => {
      const { context } = await laptopOf();
      const mobile = await joinWatched('Linking Phone');
      const cockpit = await openWatched(context, `/workshops/${sessionId}/run`, { width: 390, height: 844 });
      // A link as people paste them, longer than a phone is wide and without a space to break at.
      const text =
        'The library closes before the evening shift ends: ' +
        'https://www.mechelen.be/bibliotheek/openingsuren-en-avondopening?filiaal=centrum&seizoen=winter-2026-2027';
      await ask(
        context.request,
        'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }',
        { input: { sessionId, text, language: 'en' } },
      );
      await mobile.page.getByRole('region', { name: 'Board' }).getByRole('article', { name: text }).waitFor();
      await cockpit.page.getByRole('tab', { name: 'Challenges' }).click();
      await cockpit.page.getByRole('tabpanel', { name: 'Challenges' }).getByText(text).waitFor();
      expect(await sideways([mobile.page, cockpit.page])).toEqual([0, 0]);
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    'should show the session as closed on every open screen at once when the facilitator closes it',
    { timeout: 240_000 },
    async () => {
      const { context } = await laptopOf();
      const mobile = await joinWatched('Closing Phone');
      const cockpit = await openWatched(context, `/workshops/${sessionId}/run`);
      const projector = await openWatched(context, `/workshops/${sessionId}/projector`, { width: 1920, height: 1080 });
      const plan = await openWatched(context, `/workshops/${sessionId}/plan`);
      const report = await openWatched(context, `/workshops/${sessionId}/report`);
      await report.page.getByText('Live now', { exact: true }).first().waitFor();
      for (const screen of [mobile, cockpit, projector, plan, report]) screen.watch.reset();

      await ask(
        context.request,
        'mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }',
        {
          input: { sessionId, status: 'CLOSED' },
        },
      );

      await mobile.page.getByRole('heading', { level: 2, name: 'This session has ended' }).waitFor();
      await projector.page.getByRole('heading', { level: 1, name: 'Thank you for taking part!' }).waitFor();
      for (const page of [cockpit.page, plan.page, report.page]) {
        await page.getByText('Closed', { exact: true }).first().waitFor();
        expect(await page.getByText('Live now', { exact: true }).count()).toBe(0);
      }
      // Only the report reads its figures again, once: closing makes them final.
      expect(report.watch.requests).toEqual(['WorkshopReport']);
      expect([mobile, cockpit, projector, plan].map((screen) => screen.watch.requests)).toEqual([[], [], [], []]);
      await axeClean(report.page, 'report, closed live');
      await axeClean(mobile.page, 'phone, session ended');
      expect(journey.pageErrors).toEqual([]);
    },
  );
});
