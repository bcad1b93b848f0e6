import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_PERSONAL_CODE } from '../../server/src/seeders/demo-ids.js';
import { artifactsDir } from '../support/paths.js';
import { useJourney } from '../support/journey.js';
import { ask, facilitatorLaptop } from '../support/participant.js';

const PHONE = { width: 375, height: 800 };
const IDEA = 'Een nachtbus op vrijdag en zaterdag, betaald door de stad en de werkgevers samen.';

async function screenshots(page: Page, name: string) {
  mkdirSync(artifactsDir, { recursive: true });
  const original = page.viewportSize();
  for (const width of [375, 768, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(artifactsDir, `between-sessions-${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

// Issue 10, point 2: a project opens a call between sessions, a participant adds an idea from their phone with the
// personal code on their card (while the phone is offline: it waits on the phone and goes out when the connection
// is back, issue 11's one offline queue), and a facilitator approves it in the moderation queue; then it is on the
// board.
describe('between sessions: a participant adds an idea from the phone and a facilitator approves it', () => {
  const journey = useJourney();

  it(
    'should put a participant’s idea on the project board, marked as added between sessions, when a facilitator approves it in the queue',
    { timeout: 240_000 },
    async () => {
      // The workshop of the evening is over: contributions between sessions are taken while no session is live.
      const laptop = journey.context;
      await facilitatorLaptop(laptop);
      await ask(
        laptop.request,
        'mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }',
        { input: { sessionId: DEMO_IDS.sessions.live, status: 'CLOSED' } },
      );

      // The facilitator opens a call on the project page.
      const project = await laptop.newPage();
      await project.goto(`/projects/${DEMO_IDS.project}`);
      const panel = project.getByRole('region', { name: 'Between sessions' });
      await panel.waitFor();
      // The demo's call closed when the second session began; its challenge and idea still wait.
      await panel.getByText('Waiting for moderation: 2').waitFor();
      await panel.getByRole('textbox', { name: 'What the call asks' }).fill('Wat zou de late bus beter maken?');
      await panel.getByRole('button', { name: 'Open a call' }).click();
      const code = (await panel.locator('.call-panel__code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      await expect(panel.getByText(`/call/${code}`).isVisible()).resolves.toBe(true);
      await screenshots(project, 'project');

      // The participant's phone: the link from the poster, the personal code from the card.
      const phoneContext = await journey.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const phone = await phoneContext.newPage();
      await phone.goto(`/call/${code}`);
      await phone.getByRole('heading', { level: 1, name: 'Samen aan tafel in Mechelen' }).waitFor();
      await phone.getByText('Wat zou de late bus beter maken?').waitFor();
      expect(await journey.axe(phone)).toEqual([]);
      await phone.getByRole('textbox', { name: 'Your personal code' }).fill(DEMO_PERSONAL_CODE.toLowerCase());
      await phone.getByRole('button', { name: 'Continue' }).click();
      await phone.getByText('You are adding as Fatima.').waitFor();

      // The board shows what the sessions made, and the challenge approved between sessions with its mark.
      const board = phone.getByRole('region', { name: 'The project board' });
      const bike = board.getByRole('article').filter({ hasText: 'no safe place to park a bike' });
      await expect(bike.getByText('Added between sessions').isVisible()).resolves.toBe(true);
      const bus = board
        .getByRole('article')
        .filter({ hasText: /last bus/i })
        .first();
      await bus.getByRole('button', { name: /^Add an idea/ }).click();
      await bus.getByRole('textbox', { name: 'Your idea for this challenge' }).fill(IDEA);
      // The phone loses its connection as the idea is sent: it stays on the phone, marked as waiting.
      await phoneContext.setOffline(true);
      await bus.getByRole('button', { name: 'Send idea' }).click();
      await bus.getByText(/^No connection\. Your text is kept on this phone/).waitFor();
      await expect(bus.getByRole('list', { name: 'Waiting to be sent' }).getByText(IDEA).isVisible()).resolves.toBe(
        true,
      );
      await expect(bus.getByRole('textbox', { name: 'Your idea for this challenge' }).inputValue()).resolves.toBe('');
      await screenshots(phone, 'phone-offline');
      expect(await journey.axe(phone)).toEqual([]);
      // The connection comes back: it goes out by itself, and is in "What you sent", waiting for a facilitator.
      await phoneContext.setOffline(false);
      await phone.getByText('Sent. A facilitator will read it soon.').waitFor();
      expect(await bus.getByRole('list', { name: 'Waiting to be sent' }).count()).toBe(0);
      const mine = phone.getByRole('region', { name: 'What you sent' });
      const sent = mine.getByRole('listitem').filter({ hasText: IDEA });
      await expect(sent.getByText('Waiting', { exact: true }).isVisible()).resolves.toBe(true);
      // Not on the board while it waits.
      expect(await board.getByText(IDEA).count()).toBe(0);
      await screenshots(phone, 'phone');
      expect(await journey.axe(phone)).toEqual([]);

      // The facilitator's queue: the demo's two waiting contributions and the new idea, the oldest first.
      await project.getByRole('link', { name: 'Moderate contributions' }).click();
      await project.getByRole('heading', { level: 1, name: 'Between sessions: moderation' }).waitFor();
      const waiting = project.getByRole('region', { name: /^Waiting/ });
      const idea = waiting.getByRole('article').filter({ hasText: IDEA });
      await idea.waitFor();
      // Tried offline and again once the connection was back: recorded once.
      await expect(idea.count()).resolves.toBe(1);
      await expect(waiting.getByRole('article').count()).resolves.toBe(3);
      await expect(idea.getByText('Fatima', { exact: false }).isVisible()).resolves.toBe(true);
      await screenshots(project, 'queue');
      expect(await journey.axe(project)).toEqual([]);
      await idea.getByRole('button', { name: 'Approve' }).click();
      await project.getByText('Approved: it is on the project board.').waitFor();
      const approved = project.getByRole('region', { name: /^On the project board/ });
      const onBoard = approved.getByRole('article').filter({ hasText: IDEA });
      await expect(onBoard.getByText('Added between sessions').isVisible()).resolves.toBe(true);
      await expect(waiting.getByRole('article').count()).resolves.toBe(2);

      // The phone, later: approved, and on the board under its challenge with the mark.
      await phone.reload();
      await phone.getByText('You are adding as Fatima.').waitFor();
      await expect(
        mine.getByRole('listitem').filter({ hasText: IDEA }).getByText('Approved', { exact: true }).isVisible(),
      ).resolves.toBe(true);
      const busAfter = board
        .getByRole('article')
        .filter({ hasText: /last bus/i })
        .first();
      const ideaOnBoard = busAfter.getByRole('listitem').filter({ hasText: IDEA });
      await expect(ideaOnBoard.getByText('Added between sessions').isVisible()).resolves.toBe(true);
      // The tries made while the phone was offline are the only failed requests.
      expect(journey.pageErrors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    },
  );
});
