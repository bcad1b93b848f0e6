import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

// The municipality's reviewer answers a strategy that participants sent, and sees it answered.

const reviewer = DEMO_ACCOUNTS.find((account) => account.role === 'REVIEWER');
if (!reviewer) throw new Error('The demo data has no reviewer account.');

describe('review: the municipality answers the strategies sent to it', () => {
  const journey = useJourney();

  it('should move a submitted strategy under Answered when the reviewer answers it with a decision and reason', async () => {
    const page = await journey.openPage('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(reviewer.email);
    await page.getByLabel('Password', { exact: true }).fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategies to answer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategies to answer' }).waitFor();
    const awaiting = page.getByRole('region', { name: /^Awaiting an answer/ }).first();
    const card = awaiting.getByRole('article', { name: /bus/i });
    await card.waitFor();
    expect(await journey.axe(page)).toEqual([]);

    // The choices are labels around visually hidden inputs: a person clicks the label.
    await card.getByText('Partly adopted', { exact: true }).click();
    expect(await card.getByRole('radio', { name: /^Partly adopted/ }).isChecked()).toBe(true);
    const reason = 'We add an early ride on weekdays from September; the late ride is still too expensive.';
    await card.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await card.getByRole('textbox', { name: /What happens next/ }).fill('The new timetable comes out in August.');
    await card.getByRole('button', { name: 'Send answer' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: /has been sent/ })
      .waitFor();
    const answered = page.getByRole('region', { name: /^Answered/ }).first();
    const moved = answered.getByRole('article', { name: /bus/i });
    await moved.waitFor();
    expect(await moved.textContent()).toContain(reason);
    expect(await moved.textContent()).toContain('Partly adopted');
    expect(await awaiting.getByRole('article', { name: /bus/i }).count()).toBe(0);
    await moved.getByRole('button', { name: /^Edit answer/ }).waitFor();
    expect(await journey.axe(page)).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
