import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { artifactsDir } from '../support/paths.js';
import { useJourney } from '../support/journey.js';

// Issue 10, point 6: the method library, agendas made from methods and saved as templates, a new session that starts
// from a template in its language, and an evaluator's validation with its evidence.

function account(role: 'FACILITATOR' | 'EVALUATOR') {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`The demo data has no ${role.toLowerCase()}.`);
  return found;
}

async function signIn(page: Page, role: 'FACILITATOR' | 'EVALUATOR'): Promise<void> {
  const { email, password } = account(role);
  await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  for (const width of [375, 768, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(artifactsDir, `methods-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('methods: the library, agendas from methods and templates, validations', () => {
  const journey = useJourney();

  it(
    'should start a Dutch session with Dutch titles, add a phase from a method and save the agenda as a template when a facilitator plans from the library',
    { timeout: 300_000 },
    async () => {
      const page = await journey.openPage('/sign-in');
      await signIn(page, 'FACILITATOR');

      // The library, from the main navigation: the starter methods, filtered by kind.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methods' }).click();
      await page.getByRole('heading', { level: 1, name: 'Method library' }).waitFor();
      const library = page.getByRole('list', { name: 'Method library' });
      await library.getByRole('link', { name: 'World café' }).waitFor();
      expect(await library.getByRole('listitem').count()).toBeGreaterThanOrEqual(12);
      await screenshots(page, 'library');
      expect(await journey.axe(page)).toEqual([]);

      await page.getByRole('searchbox', { name: 'Search' }).fill('café');
      await expect.poll(() => library.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);

      // A starter method: its steps, materials and where it has been used.
      await library.getByRole('link', { name: 'World café' }).click();
      await page.getByRole('heading', { level: 1, name: 'World café' }).waitFor();
      expect(await page.getByRole('region', { name: 'Steps' }).getByRole('listitem').count()).toBeGreaterThan(1);
      await page.getByRole('region', { name: 'Materials' }).waitFor();
      await expect(page.getByText('Starter library').first().isVisible()).resolves.toBe(true);
      await screenshots(page, 'method');
      expect(await journey.axe(page)).toEqual([]);

      // A new session in Dutch starts from the Dutch standard template.
      await page.goto(`/projects/${DEMO_IDS.project}/sessions/new`);
      await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
      await page.getByLabel('Title').fill('Buurtavond in de Dijlewijk');
      await page.getByLabel('Date').fill('2027-01-14');
      await page.getByLabel('Start time').fill('19:00');
      await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Buurthuis De Brug');
      const standard = page.getByRole('radio', { name: /Standaard werksessie/ });
      await standard.waitFor({ state: 'attached' });
      expect(await standard.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.waitForURL(/\/workshops\/[^/]+\/plan$/);
      const agenda = page.getByRole('grid', { name: 'Phases of the agenda' });
      await agenda.getByRole('row', { name: 'Welkom en kennismaking' }).waitFor();
      const rows = agenda.getByRole('row');
      expect(await rows.count()).toBe(7);
      expect(await rows.nth(1).getAttribute('aria-label')).toBe('Uitdagingen in de buurt');

      // A phase that follows a method: the method's Dutch name, kind and time fill it in.
      await page.getByRole('button', { name: 'Add a phase' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /Follows a method/ }).click();
      await page.getByRole('option', { name: /^Wereldcafé/ }).click();
      expect(await dialog.getByRole('textbox', { name: 'Name of the phase' }).inputValue()).toBe('Wereldcafé');
      await dialog.getByRole('button', { name: 'Add phase' }).click();
      await agenda.getByRole('row', { name: 'Wereldcafé' }).getByText('Small-group work').waitFor();
      await page.getByRole('button', { name: 'Save agenda' }).click();
      await page.getByText('Changes not saved yet').waitFor({ state: 'detached' });
      await agenda.getByRole('link', { name: 'Method: Wereldcafé' }).waitFor();

      // Saved as a template of the organisation.
      await page.getByRole('button', { name: 'Save as template' }).click();
      const save = page.getByRole('dialog');
      await save.getByRole('textbox', { name: 'Name of the template' }).fill('Buurtavond met wereldcafé');
      await save.getByRole('button', { name: 'Save template' }).click();
      await page.getByText('Saved as the template “Buurtavond met wereldcafé”.').waitFor();
      await screenshots(page, 'plan');
      expect(await journey.axe(page)).toEqual([]);

      // The next Dutch session can start from it.
      await page.goto(`/projects/${DEMO_IDS.project}/sessions/new`);
      await page.getByRole('radio', { name: /Buurtavond met wereldcafé/ }).waitFor({ state: 'attached' });
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it(
    'should show the validation with its sessions and indicators next to the method when an evaluator validates it',
    { timeout: 300_000 },
    async () => {
      const page = await journey.openPage('/sign-in');
      await signIn(page, 'EVALUATOR');
      // The demo's evaluation team validated dot voting; the world café waits for its first validation.
      await page.goto('/methods?kind=SMALL_GROUPS');
      await page.getByRole('list', { name: 'Method library' }).getByRole('link', { name: 'World café' }).click();
      await page.getByRole('heading', { level: 1, name: 'World café' }).waitFor();
      await page.getByText('No evaluation team has validated this method yet.').waitFor();

      await page.getByRole('button', { name: 'Validate this method' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByRole('textbox', { name: 'What you found' })
        .fill('Tables of four mixed newcomers and long-time residents: those who rarely speak up came back next time.');
      await dialog.getByRole('checkbox', { name: 'Returning participants' }).check({ force: true });
      // The demo's closed session, the evidence.
      const evidence = dialog.getByRole('group', { name: 'Sessions the evidence comes from' }).getByRole('checkbox');
      await evidence.first().waitFor({ state: 'attached' });
      const sessionLabel = (await evidence.first().evaluate((box) => box.closest('label')?.textContent)) ?? '';
      await evidence.first().check({ force: true });
      await dialog.getByRole('button', { name: 'Validate', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      const validations = page.getByRole('region', { name: 'Validations' });
      await validations.getByText(/Validated by Onderzoeksgroep Gedeeld Burgerschap on/).waitFor();
      await validations.getByText('Returning participants').waitFor();
      const sessionTitle = sessionLabel.split(' (')[0]!.trim();
      expect(sessionTitle.length).toBeGreaterThan(0);
      await validations.getByText(sessionTitle).waitFor();
      await screenshots(page, 'validated');
      expect(await journey.axe(page)).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    },
  );
});
