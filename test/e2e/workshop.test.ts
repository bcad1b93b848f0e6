import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

// A whole workshop as a facilitator runs it, by role and label: plan a session, register and check in
// twelve people, go live, record the challenges (one of them while the network is down), cluster them,
// collect ideas, vote, draft strategies, close; then every figure of the report, its PDF and its CSV is
// checked against what was entered, and axe looks at every screen on the way.

const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
if (!facilitator) throw new Error('The demo data has no facilitator account.');

type Background = 'THIRD_COUNTRY_NATIONAL' | 'HOST_COMMUNITY' | 'EU_CITIZEN' | 'PREFERS_NOT_TO_SAY';
const BACKGROUNDS: Background[] = ['THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'];
// The PDF names the groups in the plural.
const PDF_LABEL: Record<Background, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country nationals',
  HOST_COMMUNITY: 'Host community',
  EU_CITIZEN: 'EU citizens',
  PREFERS_NOT_TO_SAY: 'Prefers not to say',
};
const BACKGROUND_LABEL: Record<Background, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country national',
  HOST_COMMUNITY: 'Host community',
  EU_CITIZEN: 'EU citizen',
  PREFERS_NOT_TO_SAY: 'Prefers not to say',
};

const people: { pseudonym: string; background: Background; paper: boolean }[] = [
  { pseudonym: 'Aziz', background: 'THIRD_COUNTRY_NATIONAL', paper: false },
  { pseudonym: 'Beatrijs', background: 'HOST_COMMUNITY', paper: true },
  { pseudonym: 'Chidi', background: 'THIRD_COUNTRY_NATIONAL', paper: false },
  { pseudonym: 'Dounia', background: 'THIRD_COUNTRY_NATIONAL', paper: true },
  { pseudonym: 'Emre', background: 'THIRD_COUNTRY_NATIONAL', paper: false },
  { pseudonym: 'Femke', background: 'HOST_COMMUNITY', paper: false },
  { pseudonym: 'Goran', background: 'EU_CITIZEN', paper: true },
  { pseudonym: 'Hiba', background: 'THIRD_COUNTRY_NATIONAL', paper: false },
  { pseudonym: 'Ilse', background: 'HOST_COMMUNITY', paper: false },
  { pseudonym: 'Jamal', background: 'THIRD_COUNTRY_NATIONAL', paper: true },
  { pseudonym: 'Kato', background: 'HOST_COMMUNITY', paper: false },
  { pseudonym: 'Lien', background: 'HOST_COMMUNITY', paper: false },
];

const THEMES = ['Safety at night', 'Opening hours', 'Getting around'];
// Each challenge: its text, who raised it (or anonymous), and the theme it ends up in (or none).
const challenges: { text: string; author: string | null; theme: string | null }[] = [
  { text: 'The park has no lights after eight', author: 'Aziz', theme: THEMES[0]! },
  { text: 'Women avoid the station square at night', author: 'Beatrijs', theme: THEMES[0]! },
  { text: 'Nobody answers the neighbourhood phone', author: null, theme: THEMES[0]! },
  { text: 'The library closes before shifts end', author: 'Chidi', theme: THEMES[1]! },
  { text: 'The town hall is shut on Saturdays', author: null, theme: THEMES[1]! },
  { text: 'The pool has no evening hours for women', author: 'Dounia', theme: THEMES[1]! },
  { text: 'The last bus leaves at nine', author: 'Emre', theme: THEMES[2]! },
  { text: 'Cycle paths end in the middle of nowhere', author: null, theme: THEMES[2]! },
  { text: 'Bus stops have no timetable in Arabic', author: 'Hiba', theme: THEMES[2]! },
  { text: 'Forms at the counter are only in Dutch', author: null, theme: null },
];
const DUPLICATE = 'No lights in the park after 8 pm';

const ideas: { text: string; challenge: number }[] = [
  { text: 'Solar lamps along the main path', challenge: 0 },
  { text: 'A night walk with the police', challenge: 1 },
  { text: 'Library open until ten twice a week', challenge: 3 },
  { text: 'Saturday morning counter once a month', challenge: 4 },
  { text: 'A late bus on Friday and Saturday', challenge: 6 },
  { text: 'Timetables with pictures and Arabic', challenge: 8 },
];

// Digital dots: voter → idea indexes (one dot each); paper dots per idea index.
const digital: Record<string, number[]> = {
  Aziz: [0, 0, 4],
  Beatrijs: [2, 4],
  Chidi: [0, 5, 1],
  Dounia: [3],
};
const paper: Record<number, number> = { 0: 4, 2: 3 };

const strategies = [
  {
    title: 'Light and company on the way home',
    ideas: [0, 1],
    actions: [
      {
        what: 'Walk the park at night with residents',
        who: 'Public works and residents',
        due: 'April',
        resources: 'Two evenings',
      },
      {
        what: 'Place six solar lamps on the main path',
        who: 'Public works',
        due: 'Before the summer',
        resources: '18,000 euro',
      },
    ],
  },
  {
    title: 'A town that is open when people are free',
    ideas: [2, 4],
    actions: [
      {
        what: 'Try late library hours for three months',
        who: 'Library',
        due: 'From September',
        resources: 'One librarian',
      },
      {
        what: 'Ask the bus company for a late Friday bus',
        who: 'Mobility service',
        due: 'Next council meeting',
        resources: '',
      },
    ],
  },
];

const sessionTitle = 'Our neighbourhood after dark';
const sessionPlace = 'Buurthuis De Brug, Mechelen';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const ideaDigitalDots = (i: number) => sum(Object.values(digital).map((list) => list.filter((x) => x === i).length));
const ideaDots = (i: number) => ideaDigitalDots(i) + (paper[i] ?? 0);
const dotsWord = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

// The attendance by group, worked out by hand: 6 third-country nationals, 5 host community, 1 EU citizen,
// nobody who prefers not to say. EU citizens and "prefers not to say" are under 5 and hide 1 person
// together, which "all minus the shown groups" would give away, so host community (the group with the
// fewest people left) is not shown either.
const EXPECTED_GROUPS = new Map<Background, number | null>([
  ['THIRD_COUNTRY_NATIONAL', 6],
  ['HOST_COMMUNITY', null],
  ['EU_CITIZEN', null],
  ['PREFERS_NOT_TO_SAY', null],
]);
const shown = (figure: number | null) => (figure === null ? 'not shown' : String(figure));

const saved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'All changes saved' }).first().waitFor({ timeout: 30_000 });

async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('button', { name: new RegExp(label) }).click();
  // The chosen option carries a check mark (drawn by CSS, so it is part of its name).
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const choice = page.getByRole('option', { name: new RegExp(`^${escaped}\\W*$`) });
  // A press that lands while the board refreshes may not open the list: the keyboard opens it then.
  if (
    !(await choice.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    ))
  ) {
    await scope.getByRole('button', { name: new RegExp(label) }).press('ArrowDown');
  }
  await choice.click();
}

// A drag as a hand makes it: press, move a little, glide to the target, let go (with both in view).
async function dragWithMouse(page: Page, source: Locator, target: Locator) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1280, height: 2400 });
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The note or the theme is not on the screen.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
  if (viewport) await page.setViewportSize(viewport);
}

describe('workshop: a facilitator plans, runs and records a session', () => {
  const journey = useJourney();

  async function expectAccessible(page: Page, screen: string) {
    // react-aria's live announcer reads a changed number field by pointing at its label, for a few seconds;
    // when the field was in a dialog that has closed, that pointer dangles until the announcement expires.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-live-announcer] [role="img"]')].every((node) =>
          (node.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => document.getElementById(id)),
        ),
      undefined,
      { timeout: 10_000 },
    );
    const violations = await journey.axe(page);
    expect(violations, `axe on ${screen}`).toEqual([]);
  }

  it(
    'should record a whole workshop and report every figure the same on the page, in the PDF and in the CSV',
    { timeout: 900_000 },
    async () => {
      // Sign in.
      const page = await journey.openPage('/sign-in');
      await page.getByLabel('E-mail address').fill(facilitator.email);
      await page.getByLabel('Password').fill(facilitator.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

      // Plan: a new session from the project page.
      await page.goto(`/projects/${DEMO_IDS.project}`);
      await page.getByRole('link', { name: 'New session' }).click();
      await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
      await expectAccessible(page, 'new session');
      await page.getByLabel('Title').fill(sessionTitle);
      await page.getByLabel('Date').fill('2026-12-10');
      await page.getByLabel('Start time').fill('18:30');
      await page.getByRole('textbox', { name: 'Place', exact: true }).fill(sessionPlace);
      await page.getByRole('checkbox', { name: 'Arabic' }).check({ force: true });
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.waitForURL(/\/workshops\/[^/]+\/plan$/);
      const sessionId = new URL(page.url()).pathname.split('/')[2]!;
      await page.getByRole('heading', { level: 1, name: `Plan: ${sessionTitle}` }).waitFor();

      // The agenda: the welcome gets 15 minutes, and the evaluation moves up one place (by menu).
      const agenda = page.getByRole('grid', { name: 'Phases of the agenda' });
      const welcome = agenda.getByRole('row').first();
      const welcomeTitle = (await welcome.getAttribute('aria-label')) ?? '';
      await agenda.getByRole('button', { name: `Edit ${welcomeTitle}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Minutes').fill('15');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => welcome.innerText(), { timeout: 15_000 }).toContain('15 min');
      await page.getByRole('button', { name: 'Save agenda' }).click();
      await page.getByText('Changes not saved yet').waitFor({ state: 'detached' });
      await expectAccessible(page, 'plan');

      // Register twelve participants with their consent, on screen or on paper.
      const form = page.getByRole('region', { name: 'Register a participant' });
      for (const person of people) {
        await form.getByLabel('Pseudonym').fill(person.pseudonym);
        await form.getByRole('radio', { name: BACKGROUND_LABEL[person.background] }).check({ force: true });
        await form
          .getByRole('radio', { name: person.paper ? 'Signed on the paper form' : 'Read on this screen and agreed' })
          .check({ force: true });
        await form
          .getByRole('checkbox', { name: person.paper ? /signed the paper consent form/ : /has read this and agrees/ })
          .check({ force: true });
        await form.getByRole('button', { name: 'Register' }).click();
        await form.getByText(`${person.pseudonym} is registered.`).waitFor();
      }
      await saved(page);
      const participantRows = page.getByRole('table', { name: 'On this session’s list' }).getByRole('row');
      for (const person of people) {
        await expect
          .poll(() => participantRows.filter({ hasText: person.pseudonym }).first().innerText(), { timeout: 15_000 })
          .toContain(BACKGROUND_LABEL[person.background]);
      }

      // The sign-in sheet: a QR code of each participant's own join link.
      await page.getByRole('link', { name: 'Sign-in sheet' }).click();
      await page.getByRole('heading', { level: 1, name: `Sign-in sheet: ${sessionTitle}` }).waitFor();
      for (const person of people) {
        await page.getByRole('img', { name: `QR code to join as ${person.pseudonym}` }).waitFor();
      }
      await expectAccessible(page, 'sign-in sheet');
      await page.goBack();

      // Schedule and go live: the cockpit opens.
      await page.getByRole('button', { name: 'Schedule' }).click();
      await page.getByRole('button', { name: 'Go live' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Go live' }).click();
      await page.waitForURL(/\/run$/);
      await page.getByRole('heading', { level: 1, name: `Cockpit: ${sessionTitle}` }).waitFor();
      await expectAccessible(page, 'cockpit, check-in');

      // Check everyone in: type the name, press Enter.
      const search = page.getByRole('searchbox', { name: 'Find by pseudonym or code' });
      for (const person of people) {
        await search.fill(person.pseudonym);
        await search.press('Enter');
        await page.getByText(`${person.pseudonym} is checked in.`).waitFor();
      }
      await page.getByRole('heading', { name: /Present 12 of 25/ }).waitFor();
      await saved(page);

      // On to the challenges phase; the cockpit follows with its tab.
      await page.getByRole('button', { name: /^Next: / }).click();
      await page.getByRole('tab', { name: 'Challenges', selected: true }).waitFor();
      const board = page.getByRole('tabpanel', { name: 'Challenges' });

      const record = async (text: string, author: string | null) => {
        await choose(page, board, 'Raised by', author ?? 'Anonymous');
        await board.getByLabel('New challenge').fill(text);
        await board.getByLabel('New challenge').press('Enter');
        await board.getByText(`Added: ${text}`).waitFor();
      };
      for (const challenge of challenges.slice(0, 8)) await record(challenge.text, challenge.author);
      await saved(page);

      // The network drops: what is typed stays on the board and on this device, and is sent when it is back.
      await journey.context.setOffline(true);
      for (const challenge of challenges.slice(8)) await record(challenge.text, challenge.author);
      await record(DUPLICATE, null);
      await page
        .getByRole('status')
        .filter({ hasText: /Waiting for the network: \d+ changes? kept on this device/ })
        .waitFor();
      await board.getByRole('row', { name: DUPLICATE }).getByText('Waiting to be saved').waitFor();
      await journey.context.setOffline(false);
      // The cockpit tries again by itself when the browser says it is back online; the button is for the impatient.
      const retry = page.getByRole('button', { name: 'Try again now' });
      if (await retry.isVisible()) await retry.click({ timeout: 2_000 }).catch(() => undefined);
      await saved(page);
      await expectAccessible(page, 'cockpit, challenges');

      // Three themes; two challenges dragged into theirs, the rest moved with the note's menu (the keyboard way).
      for (const theme of THEMES) {
        await board.getByLabel('New theme').fill(theme);
        await board.getByRole('button', { name: 'Add theme' }).click();
        await board.getByRole('region', { name: theme }).waitFor();
      }
      await saved(page);
      for (const [index, challenge] of challenges.entries()) {
        if (!challenge.theme) continue;
        const note = board.getByRole('row', { name: challenge.text });
        const target = board.getByRole('region', { name: challenge.theme });
        if (index === 0 || index === 3) {
          await saved(page);
          await dragWithMouse(page, note, target.getByRole('grid'));
        } else {
          await board.getByRole('button', { name: `Actions for ${challenge.text}` }).click();
          await page.getByRole('menuitem', { name: `Move to ${challenge.theme}` }).click();
        }
        await target.getByRole('row', { name: challenge.text }).waitFor();
      }

      // The duplicate goes into the first challenge: select both, merge, keep the first.
      const clear = board.getByRole('button', { name: 'Clear selection' });
      if (await clear.isEnabled()) await clear.click();
      await board.getByRole('row', { name: DUPLICATE }).getByRole('checkbox').check({ force: true });
      await board.getByRole('row', { name: challenges[0]!.text }).getByRole('checkbox').check({ force: true });
      await board.getByRole('button', { name: 'Merge selected' }).click();
      const merge = page.getByRole('dialog', { name: 'Merge 2 challenges' });
      await merge.getByRole('radio', { name: challenges[0]!.text }).check({ force: true });
      await merge.getByRole('button', { name: 'Merge' }).click();
      await board.getByRole('row', { name: DUPLICATE }).waitFor({ state: 'detached' });
      await saved(page);
      for (const challenge of challenges) {
        const group = board.getByRole('region', { name: challenge.theme ?? 'Not in a theme yet' });
        await group.getByRole('row', { name: challenge.text }).waitFor();
      }

      // Ideas, under the challenge each answers.
      await page.getByRole('tab', { name: 'Ideas' }).click();
      const ideasPanel = page.getByRole('tabpanel', { name: 'Ideas' });
      for (const idea of ideas) {
        const field = ideasPanel.getByRole('textbox', { name: `New idea for: ${challenges[idea.challenge]!.text}` });
        await field.fill(idea.text);
        await field.press('Enter');
        await ideasPanel.getByText(idea.text).waitFor();
      }
      await saved(page);
      await expectAccessible(page, 'cockpit, ideas');

      // A voting round on the ideas, three dots each: dots given for participants, and dots counted on paper.
      await page.getByRole('tab', { name: 'Voting' }).click();
      const voting = page.getByRole('tabpanel', { name: 'Voting' });
      await voting.getByRole('radio', { name: 'Ideas' }).check({ force: true });
      await voting.getByLabel('Dots per person').fill('3');
      await voting.getByRole('button', { name: 'Open voting round' }).click();
      await voting.getByRole('button', { name: 'Close round' }).waitFor();
      for (const [voter, choices] of Object.entries(digital)) {
        await choose(page, voting, 'Votes for', voter);
        for (const i of choices) {
          await voting.getByRole('button', { name: `Give a dot of ${voter} to ${ideas[i]!.text}` }).click();
        }
        await voting
          .getByText(`${voter} has ${3 - choices.length} ${3 - choices.length === 1 ? 'dot' : 'dots'} left`)
          .waitFor();
      }
      for (const [i, dots] of Object.entries(paper)) {
        const text = ideas[Number(i)]!.text;
        await voting.getByRole('textbox', { name: `Paper dots for ${text}` }).fill(String(dots));
        await voting.getByRole('button', { name: `Add paper dots for ${text}` }).click();
      }
      await saved(page);
      await expectAccessible(page, 'cockpit, voting');

      // The projector, in a window of its own, shows the phase, the join code and the board.
      await page.getByRole('tab', { name: 'Challenges' }).click();
      const projector = await journey.context.newPage();
      await projector.goto(`/workshops/${sessionId}/projector`);
      await projector.getByRole('heading', { level: 1 }).waitFor();
      await projector.getByRole('img', { name: 'QR code to join this session' }).waitFor();
      await projector.getByRole('timer').waitFor();
      await expectAccessible(projector, 'projector');
      await projector.close();

      // Two strategies from the chosen ideas, each with its actions.
      await page.getByRole('tab', { name: 'Strategies' }).click();
      const strategyPanel = page.getByRole('tabpanel', { name: 'Strategies' });
      for (const strategy of strategies) {
        const draft = strategyPanel.getByRole('form', { name: 'Draft a strategy' });
        await draft.getByLabel('Title').fill(strategy.title);
        for (const i of strategy.ideas) {
          await draft.getByRole('checkbox', { name: new RegExp(ideas[i]!.text) }).check({ force: true });
        }
        await draft.getByRole('button', { name: 'Draft strategy' }).click();
        const card = strategyPanel.getByRole('article', { name: strategy.title });
        await card.waitFor();
        for (const action of strategy.actions) {
          const actionForm = card.getByRole('form', { name: `Add an action to ${strategy.title}` });
          await actionForm.getByLabel('What').fill(action.what);
          await actionForm.getByLabel('Who').fill(action.who);
          await actionForm.getByLabel('When').fill(action.due);
          await actionForm.getByLabel('Resources').fill(action.resources);
          await actionForm.getByRole('button', { name: 'Add action' }).click();
          await card.getByRole('cell', { name: action.what }).waitFor();
        }
      }
      await saved(page);
      await expectAccessible(page, 'cockpit, strategies');

      // Close the session: the report opens.
      await page.getByRole('button', { name: 'Close session' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Close session' }).click();
      await page.waitForURL(/\/report$/);
      await saved(page);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Report: ${sessionTitle}` }).waitFor();
      await page.getByText('Closed', { exact: true }).first().waitFor();

      // Submit the strategies to the municipality.
      await page.getByRole('button', { name: 'Submit strategies to the municipality' }).click();
      await saved(page);
      await page.reload();
      for (const strategy of strategies) {
        await page.getByRole('article', { name: strategy.title }).getByText('Submitted to the municipality').waitFor();
      }
      await expectAccessible(page, 'report');

      // The downloads, with this browser's sign-in.
      const download = async (kind: 'json' | 'csv' | 'pdf') => {
        const response = await page.request.get(`/sessions/${sessionId}/report.${kind}`);
        expect(response.status(), `report.${kind}`).toBe(200);
        return response.body();
      };
      const json = JSON.parse((await download('json')).toString('utf8')) as { smallGroupThreshold: number };
      expect(json.smallGroupThreshold).toBe(5);
      const groups = EXPECTED_GROUPS;

      // The report page.
      const summary = page.getByRole('region', { name: 'In figures' });
      await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toContain(`${people.length} of 25`);
      const digitalDots = sum(Object.values(digital).map((l) => l.length));
      const paperDots = sum(Object.values(paper));
      // The total in the card, what it is made of under it.
      expect(await summary.textContent()).toContain(
        `Dots${digitalDots + paperDots}, ${digitalDots} in the app, ${paperDots} on paper`,
      );
      const attendance = page.getByRole('region', { name: 'Attendance by background' });
      for (const background of BACKGROUNDS) {
        const row = attendance.getByRole('row', { name: new RegExp(`^${BACKGROUND_LABEL[background]}`) });
        expect(await row.getByRole('cell').innerText()).toBe(shown(groups.get(background)!));
      }
      const boardReport = page.getByRole('region', { name: 'Challenges by theme' });
      for (const [index, challenge] of challenges.entries()) {
        const section = boardReport.getByRole('region', {
          name: new RegExp(`^${challenge.theme ?? 'Not in a theme yet'}`),
        });
        const row = section.getByRole('row').filter({ hasText: challenge.text });
        const text = await row.innerText();
        expect(text).toContain('\t0\t'); // an ideas round gives the challenges themselves no dots
        for (const [i, idea] of ideas.entries()) {
          if (idea.challenge === index) expect(text).toContain(`${idea.text} (${dotsWord(ideaDots(i))})`);
        }
        if (index === 0) expect(text).toContain(DUPLICATE);
      }
      const rounds = page.getByRole('region', { name: 'Voting rounds' });
      const digitalTotal = sum(Object.values(digital).map((l) => l.length));
      const paperTotal = sum(Object.values(paper));
      expect((await rounds.getByRole('row').nth(1).innerText()).split('\t').slice(2)).toEqual([
        '3',
        String(digitalTotal),
        String(paperTotal),
        String(digitalTotal + paperTotal),
      ]);
      for (const strategy of strategies) {
        const card = page.getByRole('article', { name: strategy.title });
        for (const action of strategy.actions) await card.getByRole('cell', { name: action.what }).waitFor();
        for (const i of strategy.ideas) expect(await card.innerText()).toContain(ideas[i]!.text);
      }

      // The PDF, as text.
      const { text: pdfPages } = await extractText(new Uint8Array(await download('pdf')), { mergePages: true });
      const pdf = pdfPages.replace(/\s+/g, ' ');
      expect(pdf).toContain(sessionTitle);
      expect(pdf).toContain(`All participants ${people.length}`);
      for (const background of BACKGROUNDS) {
        expect(pdf).toContain(`${PDF_LABEL[background]} ${shown(groups.get(background)!)}`);
      }
      for (const challenge of challenges) expect(pdf).toContain(challenge.text);
      for (const [i, idea] of ideas.entries()) expect(pdf).toContain(`${idea.text} [nl] · ${dotsWord(ideaDots(i))}`);
      for (const strategy of strategies) {
        expect(pdf).toContain(strategy.title);
        for (const action of strategy.actions) expect(pdf).toContain(action.what);
      }

      // The CSV, parsed.
      const csv = Papa.parse<Record<string, string>>((await download('csv')).toString('utf8').replace(/^\ufeff/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const rows = (section: string) => csv.filter((row) => row['section'] === section);
      expect(rows('attendance').find((row) => row['name'] === 'total')?.['count']).toBe(String(people.length));
      for (const background of BACKGROUNDS) {
        const row = rows('attendance').find((r) => r['name'] === 'background' && r['group'] === background);
        expect(row?.['count']).toBe(shown(groups.get(background)!));
      }
      for (const challenge of challenges) {
        const row = rows('challenge').find((r) => r['text'] === challenge.text);
        expect(row?.['theme']).toBe(challenge.theme ?? '(no theme)');
        expect(row?.['dots']).toBe('0');
      }
      expect(rows('merged_challenge').map((r) => [r['parent'], r['text']])).toEqual([[challenges[0]!.text, DUPLICATE]]);
      for (const [i, idea] of ideas.entries()) {
        const row = rows('idea').find((r) => r['text'] === idea.text);
        expect(row?.['parent']).toBe(challenges[idea.challenge]!.text);
        expect(row?.['dots']).toBe(String(ideaDots(i)));
      }
      const round = rows('voting_round')[0];
      expect([round?.['digital_dots'], round?.['paper_dots'], round?.['dots']]).toEqual([
        String(digitalTotal),
        String(paperTotal),
        String(digitalTotal + paperTotal),
      ]);
      for (const strategy of strategies) {
        expect(rows('strategy').find((r) => r['name'] === strategy.title)?.['status']).toBe('SUBMITTED');
        expect(
          rows('action')
            .filter((r) => r['parent'] === strategy.title)
            .map((r) => [r['text'], r['who'], r['due']]),
        ).toEqual(strategy.actions.map((action) => [action.what, action.who, action.due]));
      }

      // The only errors are the requests the browser could not send while the network was down on purpose.
      expect(journey.pageErrors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    },
  );
});
