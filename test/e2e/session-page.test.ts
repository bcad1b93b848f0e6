import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

interface Board {
  session: {
    title: string;
    themes: { title: string }[];
    challenges: { totalCount: number; edges: { node: { text: string } }[] };
  };
}

// The foundation's promise: the real stack boots and a signed-in facilitator reads a session's board.
describe('session page: a facilitator reads the board of the demo workshop', () => {
  const journey = useJourney();

  it('should show the session title, its themes and its challenges when a facilitator opens it', async () => {
    const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
    if (!facilitator) throw new Error('The demo data has no facilitator account.');
    const page = await journey.openPage('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(facilitator.email);
    await page.getByLabel('Password', { exact: true }).fill(facilitator.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Workshops' }).waitFor();

    // What the board should show, asked through the API with the same browser session.
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: `query ($id: ID!) { session(id: $id) { title themes { title } challenges(first: 100) { totalCount edges { node { text } } } } }`,
        variables: { id: DEMO_IDS.sessions.past },
      },
    });
    const { data } = (await response.json()) as { data: Board };
    expect(data.session.challenges.totalCount).toBeGreaterThan(0);

    await page.goto(`/sessions/${DEMO_IDS.sessions.past}`);
    await page.getByRole('heading', { level: 1, name: data.session.title }).waitFor();
    for (const theme of data.session.themes) {
      await expect(page.getByRole('heading', { name: theme.title }).first().isVisible()).resolves.toBe(true);
    }
    for (const { node } of data.session.challenges.edges) {
      await expect(page.getByText(node.text, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    expect(await journey.axe(page)).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
