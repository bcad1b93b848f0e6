import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { artifactsDir } from '../support/paths.js';
import { ask } from '../support/participant.js';
import { useJourney } from '../support/journey.js';

// Issue 10, carrying forward: a later session of the demo project takes over the themes of the first session (with
// their challenges) from its plan page, goes live, and the cockpit's board and a participant's phone show them,
// marked with the session they come from.
const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
if (!facilitator) throw new Error('The demo data has no facilitator account.');

// The first session's title and its four themes, as the demo data has them (server/src/seeders).
const FIRST_SESSION = 'Werksessie 1: wat loopt er mis in onze buurt?';
const FIRST_THEMES = [
  'Veiligheid en verlichting',
  'Stadsdiensten: openingsuren en taal',
  'Sport en ontmoeting',
  'Mobiliteit naar het werk',
];

describe('carry: a new session takes over the themes of the first session', () => {
  const journey = useJourney();

  it(
    'should show the first session’s themes on the cockpit board and a phone when the facilitator carries them into a new session and opens it',
    { timeout: 300_000 },
    async () => {
      const page = await journey.openPage('/sign-in');
      await page.getByLabel('E-mail address').fill(facilitator.email);
      await page.getByLabel('Password').fill(facilitator.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

      // A new session of the demo project, two weeks from now.
      const title = 'Werksessie 4: verder met de thema’s';
      const day = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await page.goto(`/projects/${DEMO_IDS.project}`);
      await page.getByRole('link', { name: 'New session' }).click();
      await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Date').fill(day);
      await page.getByLabel('Start time').fill('18:30');
      await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Buurthuis De Brug');
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.waitForURL(/\/workshops\/[^/]+\/plan$/);
      const sessionId = new URL(page.url()).pathname.split('/')[2]!;
      await page.getByRole('heading', { level: 1, name: `Plan: ${title}` }).waitFor();

      // The plan page offers what the earlier sessions made; nothing is carried yet.
      const carry = page.getByRole('region', { name: 'Carried forward from earlier sessions' });
      await carry.getByText('Nothing has been carried into this session yet.').waitFor();
      const themes = carry.getByRole('list', { name: `Themes of ${FIRST_SESSION}` });
      for (const theme of FIRST_THEMES) {
        // React Aria draws its own box over the input: a person taps the words.
        await themes.getByText(theme, { exact: true }).click();
      }
      // A theme brings its challenges: they show as coming along.
      expect(await carry.getByText('Comes with its theme').count()).toBeGreaterThan(0);
      await carry.getByRole('button', { name: 'Carry into this session' }).click();
      await carry.getByText(/items carried into this session\./).waitFor();

      // The carried list names each theme with the session it comes from; the themes are offered no more.
      const carriedList = carry.getByRole('list', { name: /^On this board from earlier sessions/ });
      for (const theme of FIRST_THEMES) {
        await carriedList.getByText(theme, { exact: true }).waitFor();
        expect(await themes.getByRole('checkbox', { name: new RegExp(theme) }).count()).toBe(0);
      }
      expect(await carriedList.getByText(`from ${FIRST_SESSION}`).count()).toBeGreaterThanOrEqual(FIRST_THEMES.length);

      // What the API says is on the new board: the four themes, with their challenges, made in the first session.
      const { session: board } = await ask<{
        session: {
          themes: { title: string; origin: { sessionId: string } }[];
          challenges: { totalCount: number };
        };
      }>(
        page.context().request,
        `query ($id: ID!) { session(id: $id) { themes(includeCarried: true) { title origin { sessionId } }
           challenges(first: 200, includeCarried: true) { totalCount } } }`,
        { id: sessionId },
      );
      expect(board.themes.map((theme) => theme.title).toSorted()).toEqual([...FIRST_THEMES].toSorted());
      expect(board.themes.every((theme) => theme.origin.sessionId === DEMO_IDS.sessions.past)).toBe(true);
      expect(board.challenges.totalCount).toBeGreaterThan(0);

      mkdirSync(artifactsDir, { recursive: true });
      for (const width of [375, 768, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(artifactsDir, `carry-plan-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      // The whole page, the staff shell's header included.
      expect(await journey.axe(page)).toEqual([]);

      // Open the session: scheduled, then live; the cockpit opens.
      await page.getByRole('button', { name: 'Schedule' }).click();
      await page.getByRole('button', { name: 'Go live' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Go live' }).click();
      await page.waitForURL(/\/run$/);
      await page.getByRole('heading', { level: 1, name: `Cockpit: ${title}` }).waitFor();

      // The cockpit's board: each carried theme is a column, marked with the session it comes from.
      await page.getByRole('tab', { name: 'Challenges' }).click();
      const cockpitBoard = page.getByRole('tabpanel', { name: 'Challenges' });
      for (const theme of FIRST_THEMES) {
        const column = cockpitBoard.getByRole('region', { name: theme });
        await column.waitFor();
        await column.getByText(`From ${FIRST_SESSION}`).waitFor();
      }

      // A phone joins the new session with its code and sees the same themes, marked the same way.
      const { session: opened } = await ask<{ session: { joinCode: string } }>(
        page.context().request,
        'query ($id: ID!) { session(id: $id) { joinCode } }',
        { id: sessionId },
      );
      const phoneContext = await journey.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
      const phone = await phoneContext.newPage();
      await phone.goto(`/join/${opened.joinCode}`);
      await phone.getByRole('heading', { level: 1, name: 'Join a session' }).waitFor();
      await phone.getByRole('button', { name: 'Next' }).click();
      await phone.getByRole('heading', { level: 1, name: 'This is the session' }).waitFor();
      await phone.getByText('I agree to take part').click();
      await phone.getByRole('button', { name: 'Next' }).click();
      await phone.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
      await phone.getByRole('textbox', { name: 'Name to show' }).fill('Noor');
      await phone.getByRole('radiogroup', { name: 'Your background' }).getByText('I prefer not to say').click();
      await phone.getByRole('button', { name: 'Join the session' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Welcome, Noor!' }).waitFor();
      await phone.getByRole('button', { name: 'Go to the session' }).click();
      const phoneBoard = phone.getByRole('region', { name: 'Board' });
      for (const theme of FIRST_THEMES) {
        const group = phoneBoard.getByRole('region', { name: theme });
        await group.waitFor();
        await group.getByText(`From ${FIRST_SESSION}`).first().waitFor();
      }
      expect(await journey.axe(phone)).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    },
  );
});
