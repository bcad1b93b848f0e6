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

// An administrator keeps organisations, accounts and projects, and invites colleagues, whose link
// opened in another browser makes their account and signs them in.

const administrator = DEMO_ACCOUNTS.find((account) => account.role === 'ADMINISTRATOR');
if (!administrator) throw new Error('The demo data has no administrator account.');

async function signInAsAdministrator(page: Page): Promise<void> {
  await signIn(page, administrator!.email, administrator!.password);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('admin: an administrator runs the organisations, accounts and projects', () => {
  const journey = useJourney();

  it('should invite someone whose link, opened in a fresh browser, creates the account and signs them in', async () => {
    const page = await journey.openPage('/sign-in');
    await signInAsAdministrator(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    expect(await journey.axe(page)).toEqual([]);

    await page.getByRole('link', { name: 'Invite someone' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invite someone' }).waitFor();
    expect(await journey.axe(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('nadia@mechelen.example');
    // The choices are labels around visually hidden inputs: a person clicks the label.
    await page.getByText('Facilitator', { exact: true }).click();
    expect(await page.getByRole('radio', { name: /^Facilitator/ }).isChecked()).toBe(true);
    await page.getByText('Samen aan tafel in Mechelen', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Samen aan tafel in Mechelen' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Create invitation link' }).click();

    const ready = page.getByRole('region', { name: 'The invitation link is ready' });
    await ready.waitFor();
    const link = await ready.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(link).toMatch(new RegExp(`^${journey.baseUrl}/invitations/[^/]+$`));
    expect(await ready.textContent()).toMatch(/The link works until/);
    expect(await journey.axe(page)).toEqual([]);

    // The invitee, on their own computer.
    const invitee = await journey.newContext();
    const welcome = await invitee.newPage();
    await welcome.goto(link);
    await welcome.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect(await welcome.getByText('nadia@mechelen.example').count()).toBe(1);
    expect(await journey.axe(welcome)).toEqual([]);
    await welcome.getByRole('textbox', { name: 'Your name' }).fill('Nadia Bakkali');
    await welcome.getByLabel('Password', { exact: true }).fill('a new and long passphrase');
    await welcome.getByLabel('Password again').fill('a new and long passphrase');
    await welcome.getByRole('button', { name: 'Create account and sign in' }).click();

    const navigation = welcome.getByRole('navigation', { name: 'Main' });
    await navigation.waitFor();
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Projects',
      'Workshops',
      'Methods',
      'Translations',
    ]);
    await welcome.getByRole('button', { name: 'Nadia Bakkali: account menu' }).waitFor();
    await welcome.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await welcome.getByRole('article', { name: 'Samen aan tafel in Mechelen' }).waitFor();
    expect(await journey.axe(welcome)).toEqual([]);

    // The link worked once.
    const again = await (await journey.newContext()).newPage();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'This invitation has been used' }).waitFor();

    // And the administrator sees the new colleague.
    await page.goto('/admin/accounts');
    const card = page.getByRole('article', { name: 'Nadia Bakkali' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Facilitator');
    expect(journey.pageErrors).toEqual([]);
  });

  it('should add an organisation, rename it, and add it as a partner on the project page', async () => {
    const page = await journey.openPage('/sign-in');
    await signInAsAdministrator(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(await journey.axe(page)).toEqual([]);

    const add = page.getByRole('region', { name: 'Add an organisation' });
    await add.getByRole('textbox', { name: 'Name' }).fill('Wijkcentrum De Kring');
    await add.getByText('Self-organisation', { exact: true }).click();
    expect(await add.getByRole('radio', { name: /^Self-organisation/ }).isChecked()).toBe(true);
    await add.getByRole('textbox', { name: /Town or city/ }).fill('Mechelen');
    await add.getByRole('button', { name: 'Add organisation' }).click();
    await add.getByRole('status').filter({ hasText: 'Wijkcentrum De Kring has been added.' }).waitFor();
    await page.getByRole('article', { name: 'Wijkcentrum De Kring' }).waitFor();

    await page.getByRole('button', { name: 'Rename Wijkcentrum De Kring', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename organisation' });
    await dialog.waitFor();
    expect(await journey.axe(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Wijkcentrum De Kring vzw');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('article', { name: 'Wijkcentrum De Kring vzw' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('link', { name: 'Samen aan tafel in Mechelen' }).click();
    const panel = page.getByRole('region', { name: 'Add a partner' });
    await panel.waitFor();
    await panel.getByRole('button', { name: /Organisation/ }).click();
    await page.getByRole('option', { name: 'Wijkcentrum De Kring vzw' }).click();
    expect(await panel.getByRole('button', { name: /Role in the project/ }).textContent()).toContain(
      'Self-organisation',
    );
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByRole('status').filter({ hasText: 'is now a partner of this project' }).waitFor();
    await page.getByRole('region', { name: 'Partners', exact: true }).getByText('Wijkcentrum De Kring vzw').waitFor();
    expect(await journey.axe(page)).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });

  it('should create a project, showing the 75/25 split of the grant as it is typed', async () => {
    const page = await journey.openPage('/sign-in');
    await signInAsAdministrator(page);
    await page.getByRole('link', { name: 'New project' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor();

    await page.getByRole('button', { name: /Promoter/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Samen in Malines-Noord');
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill('Newcomers and neighbours name what the north needs.');
    await page.getByRole('textbox', { name: /^Goals/ }).fill('More newcomers take part\nEvery strategy gets an answer');
    await page.getByRole('textbox', { name: 'Grant in euros' }).pressSequentially('160000');
    await page.getByText('EU fund (AMIF): €120,000 (75%)').waitFor();
    await page.getByText('Regional co-financing: €40,000 (25%)').waitFor();
    const period = page.getByRole('group', { name: 'Period' });
    await period.getByRole('spinbutton', { name: /month, First day/ }).click();
    await page.keyboard.type('01012027');
    await period.getByRole('spinbutton', { name: /month, Last day/ }).click();
    await page.keyboard.type('12312028');
    expect(await journey.axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create project' }).click();

    await page.getByRole('heading', { level: 1, name: 'Samen in Malines-Noord' }).waitFor();
    expect(await page.getByText('€160,000').count()).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('article', { name: 'Samen in Malines-Noord' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('should show who read or changed personal data in the audit log', async () => {
    const page = await journey.openPage('/sign-in');
    await signInAsAdministrator(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByText(/\d+ entr(y|ies)/).waitFor();
    expect(await journey.axe(page)).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
