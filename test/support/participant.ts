import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';

// Shared by the browser tests of participants' phones and the facilitator's laptop beside them.

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function ask<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL said: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');

// The facilitator's laptop beside the phones: signed in, it moves the room to another phase.
export async function facilitatorLaptop(context: BrowserContext) {
  if (!facilitator) throw new Error('The demo data has no facilitator');
  await ask(context.request, 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }', {
    input: { email: facilitator.email, password: facilitator.password },
  });
  return {
    async moveTo(kind: string) {
      const { session } = await ask<{ session: { agenda: { id: string; kind: string }[] } }>(
        context.request,
        'query ($id: ID!) { session(id: $id) { agenda { id kind } } }',
        { id: DEMO_IDS.sessions.live },
      );
      const phase = session.agenda.find((p) => p.kind === kind);
      if (!phase) throw new Error(`The live demo session has no ${kind} phase`);
      await ask(
        context.request,
        'mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }',
        {
          input: { sessionId: DEMO_IDS.sessions.live, phaseId: phase.id },
        },
      );
    },
    async challengesWithText(text: string) {
      const { session } = await ask<{ session: { challenges: { edges: { node: { text: string } }[] } } }>(
        context.request,
        'query ($id: ID!) { session(id: $id) { challenges(first: 200) { edges { node { text } } } } }',
        { id: DEMO_IDS.sessions.live },
      );
      return session.challenges.edges.filter((edge) => edge.node.text === text).length;
    },
  };
}

// Picks a language on the join page's first screen as a person does, by its name; the choice waits for the app to
// take over the page the server sent (its radios are disabled until then), as Next does.
export async function chooseLanguage(page: Page, name: string) {
  const group = page.getByRole('radiogroup', { name: 'Choose your language' });
  const radio = group.getByRole('radio', { name: new RegExp(`^${name}`) });
  await expect.poll(() => radio.isEnabled(), { timeout: 30_000 }).toBe(true);
  await group.getByText(name, { exact: true }).click();
}

// Through the four join screens as a newcomer; checks each screen with axe on the way.
export async function joinAsNewcomer(page: Page, pseudonym: string, check: (screen: string) => Promise<void>) {
  await page.getByRole('heading', { level: 1, name: 'Join a session' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Session code' }).inputValue()).toBe(DEMO_JOIN_CODE);
  await check('join: language and code');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { level: 1, name: 'This is the session' }).waitFor();
  await page.getByText('Open now').waitFor();
  await check('join: session and consent');
  // React Aria draws its own boxes over the inputs: a person taps the words.
  await page.getByText('I agree to take part').click();
  expect(await page.getByRole('checkbox', { name: 'I agree to take part' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  await check('join: about you');
  await page.getByRole('textbox', { name: 'Name to show' }).fill(pseudonym);
  await page.getByRole('radiogroup', { name: 'Your background' }).getByText('I prefer not to say').click();
  await page.getByRole('button', { name: 'Join the session' }).click();

  await page.getByRole('heading', { level: 1, name: `Welcome, ${pseudonym}!` }).waitFor();
  const code = await page.locator('.personal-code__value').textContent();
  expect(code).toMatch(/^[A-Z0-9]{4,}$/);
  await check('join: personal code');
  await page.getByRole('button', { name: 'Go to the session' }).click();
  await page.getByText(`You are ${pseudonym}`).waitFor();
}
