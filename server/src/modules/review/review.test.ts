import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { createStrategyFixture, type StrategyFixture } from '../strategy/strategy.fixtures.js';

const RESPONSE_FIELDS =
  'id decision reason responsible plannedFor language respondedAt decidedAt strategy { id status }';
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
const UPDATE_FIELDS = 'id status text link language at action { id what } strategy { id }';
const ADD_UPDATE = /* GraphQL */ `
  mutation ($input: AddStrategyUpdateInput!) { addStrategyUpdate(input: $input) { update { ${UPDATE_FIELDS} } } }
`;
const CORRECT_UPDATE = /* GraphQL */ `
  mutation ($input: CorrectStrategyUpdateInput!) { correctStrategyUpdate(input: $input) { update { ${UPDATE_FIELDS} } } }
`;
const REMOVE_UPDATE = /* GraphQL */ `
  mutation ($input: RemoveStrategyUpdateInput!) {
    removeStrategyUpdate(input: $input) {
      removedUpdateId
      strategy {
        id
        updates {
          id
        }
      }
    }
  }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) {
    strategy(id: $id) {
      id status submittedAt
      response { ${RESPONSE_FIELDS} }
      updates { ${UPDATE_FIELDS} }
      latestUpdate { id status }
      actions { id position progress }
      session { id status }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query {
    auditLog(first: 200) {
      edges {
        node {
          action
          subjectType
          subjectId
          detail
          actor
        }
      }
    }
  }
`;

const REASON = 'De stad plaatst verlichting op het hoofdpad; een avondwacht valt buiten haar bevoegdheid.';

interface Drafted {
  id: string;
  actionIds: string[];
}

describe('municipality responses and what became of them', () => {
  let app: TestApp;
  let fixture: StrategyFixture;

  beforeAll(async () => {
    app = await createTestApp();
    fixture = await createStrategyFixture(app.orm, 'Review test project');
  });
  afterAll(() => app.close());

  // A strategy drafted through the strategy feature's own mutations, with two actions, submitted unless asked not to.
  const strategy = async (options: { submit?: boolean; sessionId?: string; title?: string } = {}): Promise<Drafted> => {
    // A session of its own by default: answering every strategy of a session reviews it, which takes no more.
    const sessionId = options.sessionId ?? (await closedSession());
    const created = await app.ok(
      `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { strategy { id } } }`,
      { input: { sessionId, title: options.title ?? 'Een veilig park' } },
    );
    const id: string = created.createStrategy.strategy.id;
    const actionIds: string[] = [];
    for (const what of ['Lampen langs het hoofdpad', 'Een maandelijkse avondwandeling']) {
      const added = await app.ok(
        `mutation ($input: AddStrategyActionInput!) { addStrategyAction(input: $input) { action { id } } }`,
        { input: { strategyId: id, what, who: 'Dienst Openbaar Domein', due: 'Voorjaar 2027' } },
      );
      actionIds.push(added.addStrategyAction.action.id);
    }
    if (options.submit ?? true) {
      await app.ok(`mutation ($input: SubmitStrategyInput!) { submitStrategy(input: $input) { strategy { id } } }`, {
        input: { strategyId: id },
      });
    }
    return { id, actionIds };
  };
  const read = async (id: string) => (await app.ok(READ, { id })).strategy;
  const answer = async (id: string, decision: string, extra: Record<string, unknown> = {}) =>
    (await app.ok(RESPOND, { input: { strategyId: id, decision, reason: REASON, ...extra } })).respondToStrategy
      .response;
  // A closed session of its own, so that whether it becomes reviewed depends on its strategies alone.
  async function closedSession(): Promise<string> {
    const em = app.orm.em.fork();
    const session = em.create(Session, {
      project: em.getReference(Project, fixture.projectId),
      title: 'Een gesloten sessie',
      startsAt: new Date('2026-11-20T18:00:00Z'),
      location: 'Buurthuis',
      capacity: 30,
      languages: ['nl', 'en'],
      status: SessionStatus.CLOSED,
    });
    await em.flush();
    return session.id;
  }
  const auditAbout = async (id: string) =>
    (await app.ok(AUDIT)).auditLog.edges
      .map((e: { node: { subjectId: string } }) => e.node)
      .filter((n: { subjectId: string }) => n.subjectId === id);

  describe('respondToStrategy', () => {
    it('should answer a submitted strategy with who carries it out and by when, and mark it ANSWERED', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'PARTLY_ADOPTED', {
        reason: `  ${REASON}  `,
        responsible: '  Dienst Openbaar Domein  ',
        plannedFor: '2027-03-31',
      });
      expect(response).toMatchObject({
        decision: 'PARTLY_ADOPTED',
        reason: REASON,
        responsible: 'Dienst Openbaar Domein',
        plannedFor: '2027-03-31',
        language: 'nl',
        strategy: { id, status: 'ANSWERED' },
      });
      // A decision, so it was decided when it was answered.
      expect(response.decidedAt).toBe(response.respondedAt);
      expect((await read(id)).status).toBe('ANSWERED');
      expect(await auditAbout(response.id)).toEqual([
        expect.objectContaining({
          action: 'CREATE',
          subjectType: 'MunicipalityResponse',
          detail: 'answer: PARTLY_ADOPTED, by Dienst Openbaar Domein, planned for 2027-03-31',
        }),
      ]);
    });

    it('should accept an adopted strategy without a reason when none is given', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'ADOPTED', { reason: null });
      expect(response).toMatchObject({ decision: 'ADOPTED', reason: null });
    });

    it('should leave decidedAt empty when the strategy is put under study', async () => {
      const { id } = await strategy();
      expect(await answer(id, 'UNDER_STUDY')).toMatchObject({ decision: 'UNDER_STUDY', decidedAt: null });
    });

    it.each(['DECLINED', 'PARTLY_ADOPTED', 'UNDER_STUDY'])(
      'should refuse with BAD_USER_INPUT and leave the strategy SUBMITTED when %s comes without a reason',
      async (decision) => {
        const { id } = await strategy();
        const result = await app.graphql(RESPOND, { input: { strategyId: id, decision } });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/needs a reason/);
        expect(await read(id)).toMatchObject({ status: 'SUBMITTED', response: null });
      },
    );

    it.each([
      [{ reason: 'Nee.' }, /reason of at least 10 characters/],
      [{ reason: '              ' }, /needs a reason/],
      [{ reason: 'x'.repeat(5001) }, /reason can be at most 5000 characters/],
      [{ responsible: 'x'.repeat(301) }, /responsible can be at most 300 characters/],
      [{ plannedFor: 'volgend voorjaar' }, /plannedFor must be a date/],
      [{ plannedFor: '2027-02-30' }, /plannedFor must be a date/],
      [{ plannedFor: '2027-03-31T10:00:00Z' }, /plannedFor must be a date/],
      [{ language: 'not a language' }, /language must be a language tag/],
    ])(
      'should refuse with BAD_USER_INPUT and leave the strategy SUBMITTED when the input is %o',
      async (overrides, message) => {
        const { id } = await strategy();
        const result = await app.graphql(RESPOND, {
          input: { strategyId: id, decision: 'DECLINED', reason: REASON, ...overrides },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await read(id)).toMatchObject({ status: 'SUBMITTED', response: null });
      },
    );

    it('should refuse with INVALID_STATUS_TRANSITION and record nothing when the strategy is a draft', async () => {
      const { id } = await strategy({ submit: false });
      const result = await app.graphql(RESPOND, { input: { strategyId: id, decision: 'ADOPTED', reason: REASON } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(result.errors?.[0]?.message).toMatch(/still a draft/);
      expect(await read(id)).toMatchObject({ status: 'DRAFT', response: null });
    });

    it('should refuse with INVALID_STATUS_TRANSITION and keep the first answer when the strategy was already answered', async () => {
      const { id } = await strategy();
      await answer(id, 'UNDER_STUDY');
      const before = await read(id);
      const result = await app.graphql(RESPOND, {
        input: { strategyId: id, decision: 'DECLINED', reason: 'Toch maar niet, om budgettaire redenen.' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(result.errors?.[0]?.message).toMatch(/already been answered/);
      expect(await read(id)).toEqual(before);
    });

    it('should answer NOT_FOUND when the strategy does not exist', async () => {
      const result = await app.graphql(RESPOND, {
        input: { strategyId: randomUUID(), decision: 'ADOPTED', reason: REASON },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should record one answer only when the same clientMutationId or id is sent twice', async () => {
      const byKey = {
        strategyId: (await strategy()).id,
        decision: 'ADOPTED',
        reason: REASON,
        clientMutationId: randomUUID(),
      };
      const first = await app.ok(RESPOND, { input: byKey });
      const second = await app.ok(RESPOND, { input: byKey });
      expect(second.respondToStrategy).toEqual(first.respondToStrategy);

      const byId = { strategyId: (await strategy()).id, decision: 'DECLINED', reason: REASON, id: randomUUID() };
      const once = await app.ok(RESPOND, { input: byId });
      const twice = await app.ok(RESPOND, { input: byId });
      expect(twice.respondToStrategy.response).toEqual(once.respondToStrategy.response);
      expect(once.respondToStrategy.response.id).toBe(byId.id);
    });
  });

  describe('updateStrategyResponse', () => {
    it('should decide a strategy that was under study and keep its reason and first answer date', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'UNDER_STUDY', { responsible: 'Schepen van Mobiliteit' });
      const { updateStrategyResponse } = await app.ok(UPDATE_RESPONSE, {
        input: { responseId: response.id, decision: 'ADOPTED', plannedFor: '2027-09-01' },
      });
      expect(updateStrategyResponse.response).toMatchObject({
        id: response.id,
        decision: 'ADOPTED',
        reason: REASON,
        responsible: 'Schepen van Mobiliteit',
        plannedFor: '2027-09-01',
        respondedAt: response.respondedAt,
      });
      expect(updateStrategyResponse.response.decidedAt).not.toBeNull();
    });

    it('should remove the responsible and date when they are set to null, and keep them when left out', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'DECLINED', { responsible: 'Dienst Samenleven', plannedFor: '2027-01-01' });
      const kept = await app.ok(UPDATE_RESPONSE, {
        input: { responseId: response.id, reason: 'Een nieuwe, langere reden.' },
      });
      expect(kept.updateStrategyResponse.response).toMatchObject({
        responsible: 'Dienst Samenleven',
        plannedFor: '2027-01-01',
      });
      const removed = await app.ok(UPDATE_RESPONSE, {
        input: { responseId: response.id, responsible: null, plannedFor: null },
      });
      expect(removed.updateStrategyResponse.response).toMatchObject({
        responsible: null,
        plannedFor: null,
        reason: 'Een nieuwe, langere reden.',
      });
    });

    it('should refuse with INVALID_STATUS_TRANSITION and change nothing when a decision would go back to under study', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'DECLINED');
      const result = await app.graphql(UPDATE_RESPONSE, {
        input: { responseId: response.id, decision: 'UNDER_STUDY' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect((await read(id)).response).toEqual(response);
    });

    it('should refuse with BAD_USER_INPUT when the reason is taken away from a decision that is not ADOPTED', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'PARTLY_ADOPTED');
      const result = await app.graphql(UPDATE_RESPONSE, { input: { responseId: response.id, reason: null } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(id)).response).toEqual(response);
    });

    it('should refuse with BAD_USER_INPUT and change nothing when the new reason is too short', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'UNDER_STUDY');
      const result = await app.graphql(UPDATE_RESPONSE, {
        input: { responseId: response.id, decision: 'DECLINED', reason: 'Nee.' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(id)).response).toEqual(response);
    });

    it('should answer NOT_FOUND when the answer does not exist', async () => {
      const result = await app.graphql(UPDATE_RESPONSE, { input: { responseId: randomUUID(), decision: 'ADOPTED' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should return the first outcome when the same clientMutationId is sent twice', async () => {
      const { id } = await strategy();
      const response = await answer(id, 'UNDER_STUDY');
      const input = { responseId: response.id, decision: 'ADOPTED', clientMutationId: randomUUID() };
      const first = await app.ok(UPDATE_RESPONSE, { input });
      const second = await app.ok(UPDATE_RESPONSE, { input });
      expect(second.updateStrategyResponse).toEqual(first.updateStrategyResponse);
    });
  });

  describe('a session becomes reviewed by itself', () => {
    it('should become REVIEWED when the last submitted strategy gets a decision, and not while one is under study', async () => {
      const sessionId = await closedSession();
      const park = await strategy({ sessionId });
      const bus = await strategy({ sessionId, title: 'Een bus naar de industriezone' });
      // A draft is not sent to the municipality: it waits for nobody.
      await strategy({ sessionId, title: 'Nog een idee', submit: false });

      await answer(park.id, 'ADOPTED');
      expect((await read(park.id)).session.status).toBe('CLOSED');
      const studied = await answer(bus.id, 'UNDER_STUDY');
      expect((await read(bus.id)).session.status).toBe('CLOSED');
      await app.ok(UPDATE_RESPONSE, { input: { responseId: studied.id, decision: 'DECLINED' } });
      expect((await read(bus.id)).session.status).toBe('REVIEWED');
    });

    it('should refuse with SESSION_NOT_OPEN to submit a draft of a session that has been reviewed', async () => {
      const sessionId = await closedSession();
      const only = await strategy({ sessionId });
      const draft = await strategy({ sessionId, title: 'Te laat', submit: false });
      await answer(only.id, 'DECLINED');
      const result = await app.graphql(
        `mutation ($input: SubmitStrategyInput!) { submitStrategy(input: $input) { strategy { id } } }`,
        { input: { strategyId: draft.id } },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await read(draft.id)).status).toBe('DRAFT');
    });

    it('should leave a live session live when its strategies are decided: only a closed session is reviewed', async () => {
      const live = await strategy({ sessionId: fixture.sessions[SessionStatus.LIVE].sessionId });
      await answer(live.id, 'ADOPTED');
      expect((await read(live.id)).session.status).toBe('LIVE');
    });
  });

  describe('the timeline', () => {
    it('should show the updates newest on top, set the status of an action, and note each in the audit log', async () => {
      const { id, actionIds } = await strategy();
      await answer(id, 'ADOPTED');
      // Adopted: every action is planned until an update says otherwise.
      expect((await read(id)).actions.map((a: { progress: string }) => a.progress)).toEqual(['PLANNED', 'PLANNED']);
      const first = (
        await app.ok(ADD_UPDATE, {
          input: { strategyId: id, status: 'PLANNED', text: '  De werken starten in maart.  ' },
        })
      ).addStrategyUpdate.update;
      const second = (
        await app.ok(ADD_UPDATE, {
          input: {
            strategyId: id,
            actionId: actionIds[1],
            status: 'DONE',
            text: 'De eerste avondwandeling is gelopen.',
            link: 'https://www.mechelen.be/nieuws?id=12',
          },
        })
      ).addStrategyUpdate.update;
      expect(first).toMatchObject({ status: 'PLANNED', text: 'De werken starten in maart.', link: null, action: null });
      expect(second).toMatchObject({
        status: 'DONE',
        link: 'https://www.mechelen.be/nieuws?id=12',
        action: { id: actionIds[1], what: 'Een maandelijkse avondwandeling' },
      });
      const after = await read(id);
      expect(after.updates.map((u: { id: string }) => u.id)).toEqual([second.id, first.id]);
      expect(after.latestUpdate).toEqual({ id: second.id, status: 'DONE' });
      expect(after.actions.map((a: { progress: string }) => a.progress)).toEqual(['PLANNED', 'DONE']);
      expect(await auditAbout(second.id)).toEqual([
        expect.objectContaining({
          action: 'CREATE',
          subjectType: 'StrategyUpdate',
          detail: 'follow-up DONE of an action: De eerste avondwandeling is gelopen.',
        }),
      ]);
    });

    it('should correct an update and keep what it said before in the audit log', async () => {
      const { id } = await strategy();
      await answer(id, 'PARTLY_ADOPTED');
      const added = (
        await app.ok(ADD_UPDATE, { input: { strategyId: id, status: 'IN_PROGRESS', text: 'De werken zijn gestrat.' } })
      ).addStrategyUpdate.update;
      const corrected = (
        await app.ok(CORRECT_UPDATE, {
          input: { updateId: added.id, text: 'De werken zijn gestart.', link: 'http://example.org/werken' },
        })
      ).correctStrategyUpdate.update;
      expect(corrected).toMatchObject({
        id: added.id,
        status: 'IN_PROGRESS',
        text: 'De werken zijn gestart.',
        link: 'http://example.org/werken',
        at: added.at,
      });
      const audit = await auditAbout(added.id);
      expect(audit.map((a: { detail: string }) => a.detail)).toEqual(
        expect.arrayContaining(['was follow-up IN_PROGRESS: De werken zijn gestrat.']),
      );
    });

    it('should take an update off the timeline with its translations and keep it in the audit log', async () => {
      const { id } = await strategy();
      await answer(id, 'DECLINED');
      const added = (
        await app.ok(ADD_UPDATE, { input: { strategyId: id, status: 'DROPPED', text: 'Op de verkeerde strategie.' } })
      ).addStrategyUpdate.update;
      await app.ok(`mutation ($input: TranslateTextInput!) { translateText(input: $input) { text { id } } }`, {
        input: { field: 'STRATEGY_UPDATE_TEXT', recordId: added.id, language: 'en', text: 'On the wrong strategy.' },
      });
      const translations = () =>
        app.orm.em
          .fork()
          .getConnection()
          .execute('select language from text_translation where subject_id = ?', [added.id]);
      expect(await translations()).toEqual([{ language: 'en' }]);
      const { removeStrategyUpdate } = await app.ok(REMOVE_UPDATE, { input: { updateId: added.id } });
      expect(removeStrategyUpdate).toEqual({ removedUpdateId: added.id, strategy: { id, updates: [] } });
      expect(await translations()).toEqual([]);
      expect((await auditAbout(added.id)).map((a: { detail: string }) => a.detail)).toEqual(
        expect.arrayContaining(['removed follow-up DROPPED: Op de verkeerde strategie.']),
      );
    });

    it.each([
      ['javascript:alert(1)'],
      ['data:text/html,<script>alert(1)</script>'],
      ['ftp://example.org/plan.pdf'],
      ['www.mechelen.be'],
      ['https://'],
      ['mailto:someone@example.org'],
    ])('should refuse the link %s with BAD_USER_INPUT and post nothing', async (link) => {
      const { id } = await strategy();
      await answer(id, 'ADOPTED');
      const result = await app.graphql(ADD_UPDATE, {
        input: { strategyId: id, status: 'PLANNED', text: 'Meer op de website.', link },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/http:\/\/ or https:\/\//);
      expect((await read(id)).updates).toEqual([]);
    });

    it('should refuse with BAD_USER_INPUT a correction to a link that is not http or https', async () => {
      const { id } = await strategy();
      await answer(id, 'ADOPTED');
      const added = (await app.ok(ADD_UPDATE, { input: { strategyId: id, status: 'PLANNED', text: 'Gepland.' } }))
        .addStrategyUpdate.update;
      const result = await app.graphql(CORRECT_UPDATE, { input: { updateId: added.id, link: 'javascript:void(0)' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(id)).updates[0].link).toBeNull();
    });

    it.each([
      [{ text: 'Ja' }, /text must be between 3 and 1000 characters/],
      [{ text: 'x'.repeat(1001) }, /text must be between 3 and 1000 characters/],
      [{ link: `https://example.org/${'x'.repeat(2000)}` }, /link can be at most 2000 characters/],
    ])('should refuse with BAD_USER_INPUT an update of %o', async (overrides, message) => {
      const { id } = await strategy();
      await answer(id, 'ADOPTED');
      const result = await app.graphql(ADD_UPDATE, {
        input: { strategyId: id, status: 'PLANNED', text: 'Gepland.', ...overrides },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
    });

    it('should refuse with INVALID_STATUS_TRANSITION an update on a strategy that has not been answered', async () => {
      const { id } = await strategy();
      const result = await app.graphql(ADD_UPDATE, { input: { strategyId: id, status: 'PLANNED', text: 'Te vroeg.' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect((await read(id)).updates).toEqual([]);
    });

    it("should refuse with BAD_USER_INPUT an update about another strategy's action", async () => {
      const mine = await strategy();
      const other = await strategy({ title: 'Een andere strategie' });
      await answer(mine.id, 'ADOPTED');
      const result = await app.graphql(ADD_UPDATE, {
        input: { strategyId: mine.id, actionId: other.actionIds[0], status: 'DONE', text: 'Klaar.' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(mine.id)).updates).toEqual([]);
    });

    it('should post one update only when the same id is sent twice', async () => {
      const { id } = await strategy();
      await answer(id, 'ADOPTED');
      const input = { id: randomUUID(), strategyId: id, status: 'PLANNED', text: 'Eén keer.' };
      await app.ok(ADD_UPDATE, { input });
      await app.ok(ADD_UPDATE, { input });
      expect((await read(id)).updates.map((u: { id: string }) => u.id)).toEqual([input.id]);
    });
  });
});
