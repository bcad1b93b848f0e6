import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { artifactsDir } from '../support/paths.js';

const administrator = DEMO_ACCOUNTS.find((account) => account.role === 'ADMINISTRATOR');
const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
if (!administrator || !facilitator) throw new Error('The demo data has no administrator or facilitator.');

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { account { displayName } } }`;
const BACKGROUNDS = `query ($id: ID!) {
  project(id: $id) { participants(first: 3) { edges { node { pseudonym background } } } }
}`;

// The audit log as an administrator reads it: who (by name) did what with which participant's data (by
// pseudonym), filtered, and exported for the data protection officer.
describe('audit log: an administrator sees who read personal data', () => {
  const journey = useJourney();

  it('should show a facilitator’s reads by name and pseudonym, filter them, export them, and fit every screen', async () => {
    // A facilitator, at their own desk, reads the background of three participants.
    const desk = await journey.newContext();
    const api = desk.request;
    const post = async (query: string, variables: Record<string, unknown>) =>
      (await (await api.post(`${journey.baseUrl}/graphql`, { data: { query, variables } })).json()) as {
        data: Record<string, any>;
      };
    const { data: signedIn } = await post(SIGN_IN, {
      input: { email: facilitator.email, password: facilitator.password },
    });
    const { data: read } = await post(BACKGROUNDS, { id: DEMO_IDS.project });
    const pseudonyms: string[] = read.project.participants.edges.map(
      (edge: { node: { pseudonym: string } }) => edge.node.pseudonym,
    );
    expect(pseudonyms).toHaveLength(3);

    const page = await journey.openPage('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(administrator.email);
    await page.getByLabel('Password', { exact: true }).fill(administrator.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();

    const table = page.getByRole('table');
    const firstRow = table.getByRole('row').nth(1);
    await firstRow.waitFor();
    expect(await firstRow.getByRole('cell').nth(1).textContent()).toBe(signedIn.signIn.account.displayName);
    expect(await firstRow.getByRole('cell').nth(2).textContent()).toBe('Read');
    expect(await firstRow.getByRole('cell').nth(3).textContent()).toBe('background');
    expect(pseudonyms).toContain(await firstRow.getByRole('cell').nth(4).textContent());
    expect(await journey.axe(page)).toEqual([]);

    // Only what concerns one participant.
    const pseudonym = pseudonyms[0]!;
    await table
      .getByRole('button', { name: `${pseudonym}: show only what concerns this participant` })
      .first()
      .click();
    await page.getByText(`Only about ${pseudonym}`).waitFor();
    await page.getByText(/^\d+ entr(y matches|ies match)$/).waitFor();
    const rows = await table.getByRole('row').count();
    for (let i = 1; i < rows; i++)
      expect(await table.getByRole('row').nth(i).getByRole('cell').nth(4).textContent()).toBe(pseudonym);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const file = path.join(artifactsDir, 'audit-log-export.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('at,who,account_email,action,participant,participant_id,what');
    expect(lines.length - 1).toBe(rows - 1);
    expect(lines.slice(1).every((line) => line.includes(pseudonym))).toBe(true);

    // A phone, a tablet and a desktop: the same page, nothing cut off, screenshots to look at.
    for (const width of [375, 768, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `wider than ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(artifactsDir, `audit-log-${width}.png`), fullPage: true });
    }
    expect(journey.pageErrors).toEqual([]);
  });
});
