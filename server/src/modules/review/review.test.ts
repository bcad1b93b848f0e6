import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { SessionStatus } from '../session/session.entity.js';
import { createStrategyFixture, type StrategyFixture } from '../strategy/strategy.fixtures.js';

const RESPONSE_FIELDS = 'id decision reason followUp respondedAt strategy { id status }';
const RESPOND = /* GraphQL */ `
  mutation ($input: RespondToStrategyInput!) {
    respondToStrategy(input: $input) { clientMutationId response { ${RESPONSE_FIELDS} } }
  }
`;
const UPDATE_RESPONSE = /* GraphQL */ `
  mutation ($input: UpdateStrategyResponseInput!) {
    updateStrategyResponse(input: $input) { clientMutationId response { ${RESPONSE_FIELDS} } }
  }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) { strategy(id: $id) { id status submittedAt response { ${RESPONSE_FIELDS} } } }
`;
const PROJECT_STRATEGIES = /* GraphQL */ `
  query ($id: ID!, $status: StrategyStatus) {
    project(id: $id) {
      strategies(status: $status) {
        totalCount
        edges {
          node {
            id
            status
            response {
              decision
            }
          }
        }
      }
    }
  }
`;

const REASON = 'De stad plaatst verlichting op het hoofdpad; een avondwacht valt buiten haar bevoegdheid.';

describe('municipality responses', () => {
  let app: TestApp;
  let fixture: StrategyFixture;

  beforeAll(async () => {
    app = await createTestApp();
    fixture = await createStrategyFixture(app.orm, 'Review test project');
  });
  afterAll(() => app.close());

  // A strategy drafted through the strategy feature's own mutations, submitted unless asked not to.
  const strategy = async (submit = true): Promise<string> => {
    const session = fixture.sessions[SessionStatus.CLOSED];
    const created = await app.ok(
      `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { strategy { id } } }`,
      { input: { sessionId: session.sessionId, title: 'Een veilig park', ideaIds: session.ideaIds } },
    );
    const id: string = created.createStrategy.strategy.id;
    await app.ok(`mutation ($input: AddStrategyActionInput!) { addStrategyAction(input: $input) { action { id } } }`, {
      input: { strategyId: id, what: 'Lampen langs het hoofdpad', who: 'Dienst Openbaar Domein', due: 'Voorjaar 2027' },
    });
    if (submit) {
      await app.ok(`mutation ($input: SubmitStrategyInput!) { submitStrategy(input: $input) { strategy { id } } }`, {
        input: { strategyId: id },
      });
    }
    return id;
  };
  const read = async (id: string) => (await app.ok(READ, { id })).strategy;
  // A strategy answered UNDER_STUDY with a follow-up.
  const answeredUnderStudy = async () => {
    const id = await strategy();
    const { respondToStrategy } = await app.ok(RESPOND, {
      input: { strategyId: id, decision: 'UNDER_STUDY', reason: REASON, followUp: 'Studie klaar in juni.' },
    });
    return respondToStrategy.response;
  };

  describe('respondToStrategy', () => {
    it('should answer a submitted strategy and mark it ANSWERED when a decision and reason are given', async () => {
      const id = await strategy();
      const { respondToStrategy } = await app.ok(RESPOND, {
        input: {
          strategyId: id,
          decision: 'PARTLY_ADOPTED',
          reason: `  ${REASON}  `,
          followUp: 'Werken starten in maart.',
        },
      });
      expect(respondToStrategy.response).toMatchObject({
        decision: 'PARTLY_ADOPTED',
        reason: REASON,
        followUp: 'Werken starten in maart.',
        strategy: { id, status: 'ANSWERED' },
      });
      const after = await read(id);
      expect(after.status).toBe('ANSWERED');
      expect(after.response.id).toBe(respondToStrategy.response.id);
    });

    it('should refuse with INVALID_STATUS_TRANSITION and record nothing when the strategy is a draft', async () => {
      const id = await strategy(false);
      const result = await app.graphql(RESPOND, { input: { strategyId: id, decision: 'ADOPTED', reason: REASON } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(result.errors?.[0]?.message).toMatch(/still a draft/);
      expect(await read(id)).toMatchObject({ status: 'DRAFT', response: null });
    });

    it('should refuse with INVALID_STATUS_TRANSITION and keep the first answer when the strategy was already answered', async () => {
      const id = await strategy();
      await app.ok(RESPOND, { input: { strategyId: id, decision: 'UNDER_STUDY', reason: REASON } });
      const before = await read(id);
      const result = await app.graphql(RESPOND, {
        input: { strategyId: id, decision: 'DECLINED', reason: 'Toch maar niet, om budgettaire redenen.' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(result.errors?.[0]?.message).toMatch(/already been answered/);
      expect(await read(id)).toEqual(before);
    });

    it.each([
      [{ reason: 'Nee.' }, /reason must be between 10 and 5000 characters/],
      [{ reason: '              ' }, /reason of at least 10 characters/],
      [{ reason: 'x'.repeat(5001) }, /reason must be between 10 and 5000 characters/],
      [{ followUp: 'x'.repeat(5001) }, /followUp can be at most 5000 characters/],
    ])(
      'should refuse with BAD_USER_INPUT and leave the strategy SUBMITTED when the input is %o',
      async (overrides, message) => {
        const id = await strategy();
        const result = await app.graphql(RESPOND, {
          input: { strategyId: id, decision: 'ADOPTED', reason: REASON, ...overrides },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await read(id)).toMatchObject({ status: 'SUBMITTED', response: null });
      },
    );

    it('should refuse with BAD_USER_INPUT when the reason is missing', async () => {
      const id = await strategy();
      const result = await app.graphql(RESPOND, { input: { strategyId: id, decision: 'DECLINED' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(id)).toMatchObject({ status: 'SUBMITTED', response: null });
    });

    it('should answer NOT_FOUND when the strategy does not exist', async () => {
      const result = await app.graphql(RESPOND, {
        input: { strategyId: randomUUID(), decision: 'ADOPTED', reason: REASON },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should record one answer only when the same clientMutationId or id is sent twice', async () => {
      const byKey = {
        strategyId: await strategy(),
        decision: 'ADOPTED',
        reason: REASON,
        clientMutationId: randomUUID(),
      };
      const first = await app.ok(RESPOND, { input: byKey });
      const second = await app.ok(RESPOND, { input: byKey });
      expect(second.respondToStrategy).toEqual(first.respondToStrategy);

      const byId = { strategyId: await strategy(), decision: 'DECLINED', reason: REASON, id: randomUUID() };
      const once = await app.ok(RESPOND, { input: byId });
      const twice = await app.ok(RESPOND, { input: byId });
      expect(twice.respondToStrategy.response).toEqual(once.respondToStrategy.response);
      expect(once.respondToStrategy.response.id).toBe(byId.id);
    });

    it('should move a strategy from the awaiting list to the answered list of its project when it is answered', async () => {
      const { projectId, sessions } = await createStrategyFixture(app.orm, 'Awaiting answers');
      const created = await app.ok(
        `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { strategy { id } } }`,
        { input: { sessionId: sessions[SessionStatus.LIVE].sessionId, title: 'Bus naar de industriezone' } },
      );
      const id = created.createStrategy.strategy.id;
      await app.ok(
        `mutation ($input: AddStrategyActionInput!) { addStrategyAction(input: $input) { action { id } } }`,
        {
          input: { strategyId: id, what: 'Vroege bus testen', who: 'De Lijn en de stad', due: 'Najaar' },
        },
      );
      await app.ok(`mutation ($input: SubmitStrategyInput!) { submitStrategy(input: $input) { strategy { id } } }`, {
        input: { strategyId: id },
      });
      const awaiting = await app.ok(PROJECT_STRATEGIES, { id: projectId, status: 'SUBMITTED' });
      expect(awaiting.project.strategies.edges).toEqual([{ node: { id, status: 'SUBMITTED', response: null } }]);

      await app.ok(RESPOND, { input: { strategyId: id, decision: 'UNDER_STUDY', reason: REASON } });
      const still = await app.ok(PROJECT_STRATEGIES, { id: projectId, status: 'SUBMITTED' });
      expect(still.project.strategies.totalCount).toBe(0);
      const answered = await app.ok(PROJECT_STRATEGIES, { id: projectId, status: 'ANSWERED' });
      expect(answered.project.strategies.edges).toEqual([
        { node: { id, status: 'ANSWERED', response: { decision: 'UNDER_STUDY' } } },
      ]);
    });
  });

  describe('updateStrategyResponse', () => {
    it('should change the decision and follow-up and keep the reason when a study is done', async () => {
      const response = await answeredUnderStudy();
      const { updateStrategyResponse } = await app.ok(UPDATE_RESPONSE, {
        input: { responseId: response.id, decision: 'ADOPTED', followUp: 'Lampen worden in september geplaatst.' },
      });
      expect(updateStrategyResponse.response).toMatchObject({
        id: response.id,
        decision: 'ADOPTED',
        reason: REASON,
        followUp: 'Lampen worden in september geplaatst.',
        respondedAt: response.respondedAt,
        strategy: { status: 'ANSWERED' },
      });
    });

    it('should remove the follow-up when it is set to null and keep it when it is left out', async () => {
      const response = await answeredUnderStudy();
      const kept = await app.ok(UPDATE_RESPONSE, {
        input: { responseId: response.id, reason: 'Een nieuwe, langere reden.' },
      });
      expect(kept.updateStrategyResponse.response.followUp).toBe('Studie klaar in juni.');
      const removed = await app.ok(UPDATE_RESPONSE, { input: { responseId: response.id, followUp: null } });
      expect(removed.updateStrategyResponse.response).toMatchObject({
        followUp: null,
        reason: 'Een nieuwe, langere reden.',
      });
    });

    it('should refuse with BAD_USER_INPUT and change nothing when the new reason is too short', async () => {
      const response = await answeredUnderStudy();
      const result = await app.graphql(UPDATE_RESPONSE, {
        input: { responseId: response.id, decision: 'DECLINED', reason: 'Nee.' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(response.strategy.id)).response).toEqual(response);
    });

    it('should answer NOT_FOUND when the answer does not exist', async () => {
      const result = await app.graphql(UPDATE_RESPONSE, { input: { responseId: randomUUID(), decision: 'ADOPTED' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should return the first outcome when the same clientMutationId is sent twice', async () => {
      const response = await answeredUnderStudy();
      const input = { responseId: response.id, decision: 'ADOPTED', clientMutationId: randomUUID() };
      const first = await app.ok(UPDATE_RESPONSE, { input });
      const second = await app.ok(UPDATE_RESPONSE, { input });
      expect(second.updateStrategyResponse).toEqual(first.updateStrategyResponse);
    });
  });
});
