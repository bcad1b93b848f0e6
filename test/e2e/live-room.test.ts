import { devices, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { facilitatorLaptop, joinAsNewcomer } from '../support/participant.js';

const phone = { ...devices['Pixel 5'], locale: 'en-GB' };
const phoneBoard = (page: Page) => page.getByRole('region', { name: 'Board' });

// One room: a facilitator's laptop with the projector view, and three phones that joined by the code.
describe('live room: a facilitator and three phones in one session', () => {
  const journey = useJourney({ context: phone });

  it(
    "should show every phone's challenge and idea on the projector and on the other phones, take an idea the cockpit hides off them and bring it back, and move every phone to the next phase",
    { timeout: 180_000 },
    async () => {
      const laptopContext = await journey.newContext({
        viewport: { width: 1280, height: 800 },
        isMobile: false,
        hasTouch: false,
      });
      const laptop = await facilitatorLaptop(laptopContext);
      const projector = await laptopContext.newPage();
      await projector.goto(`/workshops/${DEMO_IDS.sessions.live}/projector`);
      // The cockpit, open from the start: its tabs follow the phase.
      const cockpit = await laptopContext.newPage();
      await cockpit.goto(`/workshops/${DEMO_IDS.sessions.live}/run`);

      // Names no demo participant has: a pseudonym is unique in a project.
      const names = ['Phone One', 'Phone Two', 'Phone Three'];
      const phones: Page[] = [];
      for (const name of names) {
        const page = await (await journey.newContext(phone)).newPage();
        await page.goto(`/join/${DEMO_JOIN_CODE}`);
        await joinAsNewcomer(page, name, async () => undefined);
        await page.getByRole('heading', { level: 2, name: 'Board' }).waitFor();
        phones.push(page);
      }

      // A phase change made on the laptop reaches every phone without a reload.
      await laptop.moveTo('CHALLENGES');
      for (const page of phones) {
        await page.getByRole('heading', { level: 2, name: 'Challenges' }).waitFor({ timeout: 15_000 });
      }

      const texts = names.map((name) => `${name}: the bus to the industrial zone stops before the night shift ends.`);
      for (const [i, page] of phones.entries()) {
        await page.getByRole('textbox', { name: 'Your challenge' }).fill(texts[i]!);
        await page.getByRole('button', { name: 'Send' }).click();
        await page.getByText('Sent. Thank you!').waitFor();
      }

      // Each submission appears on every phone's board and on the projector.
      for (const page of phones) {
        const board = page.getByRole('region', { name: 'Board' });
        for (const text of texts) await board.getByRole('article', { name: text }).waitFor({ timeout: 15_000 });
      }
      for (const text of texts) await projector.getByText(text).first().waitFor({ timeout: 15_000 });
      for (const text of texts) expect(await laptop.challengesWithText(text)).toBe(1);
      // The challenges carried onto this board from the first session show on the projector too, marked with where
      // they came from, as on the phones and the cockpit.
      // Asked from the projector's page, as the signed-in facilitator.
      const data = await projector.evaluate(async (id) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `query ($id: ID!) { session(id: $id) { challenges(first: 200, includeCarried: true) {
              edges { node { text origin { sessionId sessionTitle } } } } } }`,
            variables: { id },
          }),
        });
        return (await response.json()).data as {
          session: {
            challenges: {
              edges: { node: { text: string; origin: { sessionId: string | null; sessionTitle: string | null } } }[];
            };
          };
        };
      }, DEMO_IDS.sessions.live);
      const carried = (data?.session.challenges.edges ?? [])
        .map((edge) => edge.node)
        .filter((node) => node.origin.sessionId !== DEMO_IDS.sessions.live);
      expect(carried.length).toBeGreaterThan(0);
      for (const challenge of carried) await projector.getByText(challenge.text, { exact: true }).waitFor();
      const earlier = carried.find((challenge) => challenge.origin.sessionTitle);
      if (!earlier) throw new Error('The live demo session has no challenge carried from an earlier session.');
      await projector.getByText(`From ${earlier.origin.sessionTitle}`).first().waitFor();
      // An idea one phone adds to another's challenge appears under that challenge on the other phones and on the
      // projector and the cockpit: every screen is sent the idea (and the challenge's new count), not the whole challenge
      // again.
      await laptop.moveTo('IDEAS');
      for (const page of phones) {
        await page.getByRole('heading', { level: 2, name: 'Ideas' }).waitFor({ timeout: 15_000 });
      }
      const idea = 'Phone One: a night bus that waits for the last shift.';
      const card = (page: Page) => page.getByRole('region', { name: 'Board' }).getByRole('article', { name: texts[1] });
      await card(phones[0]!)
        .getByRole('button', { name: /^Add an idea/ })
        .click();
      await card(phones[0]!).getByRole('textbox', { name: 'Your idea' }).fill(idea);
      await card(phones[0]!).getByRole('button', { name: 'Send idea' }).click();
      for (const page of phones) await card(page).getByText(idea).waitFor({ timeout: 15_000 });
      await projector.getByText(idea).first().waitFor({ timeout: 15_000 });
      await cockpit.getByRole('article', { name: texts[1] }).getByText(idea).waitFor({ timeout: 15_000 });

      // A facilitator hides that idea from the cockpit's ideas tab: it leaves every phone and the projector without a
      // reload, waits in the cockpit's list of hidden ideas, and comes back everywhere when shown again.
      await cockpit.getByRole('tab', { name: 'Ideas', selected: true }).waitFor({ timeout: 15_000 });
      const cockpitCard = cockpit.getByRole('article', { name: texts[1] });
      await cockpitCard.getByRole('button', { name: `Hide from the board: ${idea}` }).click();
      for (const page of phones) {
        await expect.poll(() => card(page).getByText(idea).count(), { timeout: 15_000 }).toBe(0);
      }
      await expect.poll(() => projector.getByText(idea).count(), { timeout: 15_000 }).toBe(0);
      await cockpitCard.getByRole('button', { name: '1 hidden idea' }).click();
      await cockpitCard.getByRole('button', { name: `Show again: ${idea}` }).click();
      for (const page of phones) await card(page).getByText(idea).waitFor({ timeout: 15_000 });
      await projector.getByText(idea).first().waitFor({ timeout: 15_000 });
      expect(await cockpitCard.getByRole('button', { name: /hidden idea/ }).count()).toBe(0);
      expect(await journey.axe(cockpit)).toEqual([]);
      // So does a challenge, from its menu on the board: it leaves the phones, and comes back from the hidden ones.
      await cockpit.getByRole('tab', { name: 'Challenges' }).click();
      await cockpit.getByRole('button', { name: `Actions for ${texts[2]}` }).click();
      await cockpit.getByRole('menuitem', { name: 'Hide from the board' }).click();
      for (const page of phones) {
        await expect
          .poll(() => phoneBoard(page).getByRole('article', { name: texts[2] }).count(), { timeout: 15_000 })
          .toBe(0);
      }
      await cockpit.getByRole('button', { name: /hidden challenge/ }).click();
      await cockpit.getByRole('button', { name: `Show again: ${texts[2]}` }).click();
      for (const page of phones) {
        await phoneBoard(page).getByRole('article', { name: texts[2] }).waitFor({ timeout: 15_000 });
      }

      // A full board stays accessible on the projector and on a phone, at 375 and at 1366 px.
      expect(await journey.axe(projector)).toEqual([]);
      expect(await journey.axe(phones[0]!)).toEqual([]);
    },
  );
});
