import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { artifactsDir } from '../support/paths.js';
import { useJourney } from '../support/journey.js';

// Issue 10, the part on the project page: the trajectory of the demo project (its sessions in order, what came in
// and what went on), and the promoter's administrator editing the project from the page.
describe('trajectory: the project page shows the sessions in order and the promoter edits the project', () => {
  const journey = useJourney();

  it('should show what each demo session took over and made, and save a new title, when the municipality’s administrator opens the project', async () => {
    const admin = DEMO_ACCOUNTS.find(
      (account) => account.role === 'ADMINISTRATOR' && account.organisation === DEMO_IDS.organisations.mechelen,
    );
    if (!admin) throw new Error('The demo data has no administrator of the municipality.');
    const page = await journey.openPage('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // An administrator lands on the projects.
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();

    await page.goto(`/projects/${DEMO_IDS.project}`);
    const trajectory = page.getByRole('region', { name: 'Trajectory' });
    await trajectory.waitFor();
    const steps = trajectory.getByRole('listitem');
    // The closed, the live and the scheduled session, in that order.
    expect(await steps.count()).toBe(3);
    // The second session took over themes and challenges of the first; the first passed them on.
    await expect(
      steps
        .nth(1)
        .getByText(/themes, \d+ challenges, \d+ ideas from earlier sessions/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      steps
        .nth(0)
        .getByText(/carried into (a )?later session/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(trajectory.getByText(/waiting for moderation/).isVisible()).resolves.toBe(true);

    const edit = page.getByRole('region', { name: 'Edit the project' });
    await edit.waitFor();
    mkdirSync(artifactsDir, { recursive: true });
    for (const width of [375, 768, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(artifactsDir, `trajectory-project-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await journey.axe(page)).toEqual([]);

    const title = edit.getByRole('textbox', { name: 'Title' });
    await title.fill('Samen aan tafel in Mechelen, tweede jaar');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('status').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Samen aan tafel in Mechelen, tweede jaar' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
