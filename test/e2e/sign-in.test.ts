import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

// Signing in as a person does: the sign-in form, by its labels.
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// Staff sign in with their e-mail address and find the work of their role in the navigation.

const NAVIGATION: Record<(typeof DEMO_ACCOUNTS)[number]['role'], string[]> = {
  FACILITATOR: ['Projects', 'Workshops', 'Methods', 'Translations'],
  REVIEWER: ['Projects', 'Strategies to answer'],
  EVALUATOR: ['Indicators', 'Projects', 'Methods'],
  ADMINISTRATOR: ['Projects', 'Translations', 'Organisations', 'Accounts', 'Audit log'],
  TRANSLATOR: ['Translations', 'Projects'],
};

const account = (role: keyof typeof NAVIGATION) => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`The demo data has no ${role} account.`);
  return found;
};

describe('sign-in: staff sign in and see the navigation of their role', () => {
  const journey = useJourney();

  it.each(DEMO_ACCOUNTS.map((demo) => [demo.role, demo] as const))(
    'should show the navigation of a %s when they sign in from the home page',
    async (role, demo) => {
      const page = await journey.openPage('/');
      await page.getByRole('link', { name: 'Sign in (staff)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await journey.axe(page)).toEqual([]);

      await signIn(page, demo.email, demo.password);

      const navigation = page.getByRole('navigation', { name: 'Main' });
      await navigation.waitFor();
      expect(await navigation.getByRole('link').allTextContents()).toEqual(NAVIGATION[role]);
      await page.getByRole('button', { name: `${demo.displayName}: account menu` }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
      expect(await journey.axe(page)).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it('should say that the e-mail address and password do not match when the password is wrong', async () => {
    const demo = account('EVALUATOR');
    const page = await journey.openPage('/sign-in');
    await signIn(page, demo.email, 'not the password at all');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('That e-mail address and password do not match an account.');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await journey.axe(page)).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });

  it('should bring an anonymous visitor of a staff page back to it after signing in', async () => {
    const demo = account('ADMINISTRATOR');
    const page = await journey.openPage('/admin/accounts');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/accounts');

    await signIn(page, demo.email, demo.password);

    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/accounts');
    expect(journey.pageErrors).toEqual([]);
  });

  it('should sign out from the account menu and show the home page for visitors again', async () => {
    const demo = account('REVIEWER');
    const page = await journey.openPage('/sign-in');
    await signIn(page, demo.email, demo.password);
    await page.getByRole('button', { name: `${demo.displayName}: account menu` }).click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await journey.axe(page)).toEqual([]);
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();

    await page.getByRole('link', { name: 'Sign in (staff)' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    // The session is gone on the server too: a staff page asks to sign in again.
    await page.goto('/admin/accounts');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
