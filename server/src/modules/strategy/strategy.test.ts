import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { SessionStatus } from '../session/session.entity.js';
import { createStrategyFixture, type StrategyFixture } from './strategy.fixtures.js';

const STRATEGY_FIELDS = /* GraphQL */ `
  id title description status submittedAt
  session { id }
  ideas { id }
  actions { id position what who due resources }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateStrategyInput!) {
    createStrategy(input: $input) { clientMutationId strategy { ${STRATEGY_FIELDS} } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateStrategyInput!) { updateStrategy(input: $input) { strategy { ${STRATEGY_FIELDS} } } }
`;
const ADD_ACTION = /* GraphQL */ `
  mutation ($input: AddStrategyActionInput!) {
    addStrategyAction(input: $input) {
      clientMutationId
      action {
        id
        position
        what
        who
        due
        resources
        strategy {
          id
        }
      }
    }
  }
`;
const UPDATE_ACTION = /* GraphQL */ `
  mutation ($input: UpdateStrategyActionInput!) {
    updateStrategyAction(input: $input) {
      action {
        id
        position
        what
        who
        due
        resources
      }
    }
  }
`;
const REMOVE_ACTION = /* GraphQL */ `
  mutation ($input: RemoveStrategyActionInput!) {
    removeStrategyAction(input: $input) { strategy { ${STRATEGY_FIELDS} } }
  }
`;
const REORDER = /* GraphQL */ `
  mutation ($input: ReorderStrategyActionsInput!) {
    reorderStrategyActions(input: $input) { strategy { ${STRATEGY_FIELDS} } }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitStrategyInput!) {
    submitStrategy(input: $input) { clientMutationId strategy { ${STRATEGY_FIELDS} } }
  }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) { strategy(id: $id) { ${STRATEGY_FIELDS} } }
`;
const PROJECT_STRATEGIES = /* GraphQL */ `
  query ($id: ID!, $status: StrategyStatus) {
    project(id: $id) {
      strategies(status: $status) {
        totalCount
        edges {
          node {
            id
            title
            status
          }
        }
      }
    }
  }
`;

interface Action {
  id: string;
  position: number;
  what: string;
}

interface StrategyView {
  id: string;
  title: string;
  description: string;
  status: string;
  submittedAt: string | null;
  session: { id: string };
  ideas: { id: string }[];
  actions: Action[];
}

describe('strategies', () => {
  let app: TestApp;
  let fixture: StrategyFixture;
  let live: StrategyFixture['sessions'][SessionStatus];
  // Another project's sessions: their ideas are never a strategy's of this project.
  let elsewhere: StrategyFixture;

  beforeAll(async () => {
    // Without the indicators' background releaser: its sweep is not under test here and ran statements (and
    // releases) of its own in between.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    fixture = await createStrategyFixture(app.orm);
    live = fixture.sessions[SessionStatus.LIVE];
    elsewhere = await createStrategyFixture(app.orm, 'Another project');
  });
  afterAll(() => app.close());

  const read = async (id: string): Promise<StrategyView> => (await app.ok(READ, { id })).strategy;
  const countStrategies = async (): Promise<number> =>
    (await app.ok(PROJECT_STRATEGIES, { id: fixture.projectId })).project.strategies.totalCount;

  const create = async (overrides: Record<string, unknown> = {}): Promise<StrategyView> => {
    const data = await app.ok(CREATE, {
      input: { sessionId: live.sessionId, title: 'Licht in het park', ideaIds: live.ideaIds.slice(0, 2), ...overrides },
    });
    return data.createStrategy.strategy;
  };

  const addAction = async (strategyId: string, what: string, extra: Record<string, unknown> = {}): Promise<Action> => {
    const data = await app.ok(ADD_ACTION, {
      input: { strategyId, what, who: 'Dienst Openbaar Domein', due: 'Voor de zomer', ...extra },
    });
    return data.addStrategyAction.action;
  };

  const submitted = async (): Promise<StrategyView> => {
    const strategy = await create({ title: 'Klaar om in te dienen' });
    await addAction(strategy.id, 'Lampen plaatsen');
    return (await app.ok(SUBMIT, { input: { strategyId: strategy.id } })).submitStrategy.strategy;
  };

  // How many SQL statements reading a project's strategies with all their relations takes.
  const statementsToRead = async (strategies: number): Promise<number> => {
    const { projectId, sessions } = await createStrategyFixture(app.orm, `N+1 with ${strategies}`);
    const session = sessions[SessionStatus.LIVE];
    for (let i = 0; i < strategies; i++) {
      const strategy = (
        await app.ok(CREATE, {
          input: { sessionId: session.sessionId, title: `Plan ${i}`, ideaIds: session.ideaIds },
        })
      ).createStrategy.strategy;
      await addAction(strategy.id, 'Eerste stap');
      await addAction(strategy.id, 'Tweede stap');
    }
    app.resetQueries();
    const data = await app.ok(
      `query ($id: ID!) {
        project(id: $id) {
          strategies { edges { node {
            id session { id strategies { id } } ideas { id } actions { id strategy { id } } response { id }
          } } }
        }
      }`,
      { id: projectId },
    );
    expect(data.project.strategies.edges).toHaveLength(strategies);
    return app.queries.length;
  };

  describe('createStrategy', () => {
    it('should create a draft with its ideas and no actions when the session is live', async () => {
      const strategy = await create({ description: '  Het park moet veilig zijn.  ' });
      expect(strategy).toMatchObject({
        title: 'Licht in het park',
        description: 'Het park moet veilig zijn.',
        status: 'DRAFT',
        submittedAt: null,
        session: { id: live.sessionId },
        actions: [],
      });
      expect(strategy.ideas.map((i) => i.id).toSorted()).toEqual(live.ideaIds.slice(0, 2).toSorted());
    });

    it('should create a strategy when the session is closed', async () => {
      const closed = fixture.sessions[SessionStatus.CLOSED];
      const strategy = await create({ sessionId: closed.sessionId, ideaIds: closed.ideaIds });
      expect(strategy.session.id).toBe(closed.sessionId);
      expect(strategy.ideas).toHaveLength(3);
    });

    it.each([SessionStatus.DRAFT, SessionStatus.SCHEDULED, SessionStatus.REVIEWED])(
      'should refuse with SESSION_NOT_OPEN and create nothing when the session is %s',
      async (status) => {
        const before = await countStrategies();
        const session = fixture.sessions[status];
        const result = await app.graphql(CREATE, {
          input: { sessionId: session.sessionId, title: 'Te vroeg of te laat', ideaIds: session.ideaIds },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
        expect(result.errors?.[0]?.message).toMatch(/live or after it has closed/);
        expect(await countStrategies()).toBe(before);
      },
    );

    it('should refuse with BAD_USER_INPUT and create nothing when an idea belongs to another project', async () => {
      const before = await countStrategies();
      const otherIdea = elsewhere.sessions[SessionStatus.CLOSED].ideaIds[0]!;
      const result = await app.graphql(CREATE, {
        input: { sessionId: live.sessionId, title: 'Gemengde ideeën', ideaIds: [live.ideaIds[0], otherIdea] },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(otherIdea);
      expect(await countStrategies()).toBe(before);
    });

    it('should build on ideas of two sessions when both belong to the project (a trajectory)', async () => {
      const earlier = fixture.sessions[SessionStatus.CLOSED].ideaIds[0]!;
      const strategy = await create({ ideaIds: [live.ideaIds[0]!, earlier] });
      expect(strategy.ideas.map((idea) => idea.id).toSorted()).toEqual([live.ideaIds[0]!, earlier].toSorted());
    });

    it.each([
      ['a hidden idea', (f: StrategyFixture) => [f.sessions[SessionStatus.LIVE].hiddenIdeaId], /hidden or merged/],
      ['an unknown idea', () => [randomUUID()], /only build on ideas of its own project/],
      ['an id that is not a UUID', () => ['idea-7'], /idea-7/],
    ])('should refuse with BAD_USER_INPUT when the ideas include %s', async (_label, ideaIds, message) => {
      const before = await countStrategies();
      const result = await app.graphql(CREATE, {
        input: { sessionId: live.sessionId, title: 'Met een vreemd idee', ideaIds: ideaIds(fixture) },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await countStrategies()).toBe(before);
    });

    it.each([
      [{ title: 'xy' }, /title must be between 3 and 200 characters/],
      [{ title: 'x'.repeat(201) }, /title must be between 3 and 200 characters/],
      [{ title: '     ' }, /title must be at least 3 characters/],
      [{ description: 'x'.repeat(5001) }, /description can be at most 5000 characters/],
    ])('should refuse with BAD_USER_INPUT when the input is %o', async (overrides, message) => {
      const before = await countStrategies();
      const result = await app.graphql(CREATE, {
        input: { sessionId: live.sessionId, title: 'Goede titel', ...overrides },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await countStrategies()).toBe(before);
    });

    it('should answer NOT_FOUND when the session does not exist', async () => {
      const result = await app.graphql(CREATE, { input: { sessionId: randomUUID(), title: 'Nergens' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should create one strategy only when the same clientMutationId or id is sent twice', async () => {
      const before = await countStrategies();
      const byKey = {
        sessionId: live.sessionId,
        title: 'Opnieuw verstuurd',
        clientMutationId: `create-${randomUUID()}`,
      };
      const first = await app.ok(CREATE, { input: byKey });
      const second = await app.ok(CREATE, { input: byKey });
      expect(second.createStrategy.strategy.id).toBe(first.createStrategy.strategy.id);
      expect(second.createStrategy.clientMutationId).toBe(byKey.clientMutationId);
      const byId = { sessionId: live.sessionId, title: 'Offline gemaakt', id: randomUUID() };
      await app.ok(CREATE, { input: byId });
      const again = await app.ok(CREATE, { input: byId });
      expect(again.createStrategy.strategy.id).toBe(byId.id);
      expect(await countStrategies()).toBe(before + 2);
    });
  });

  describe('updateStrategy', () => {
    it('should change title, description and ideas when the strategy is a draft', async () => {
      const strategy = await create();
      const { updateStrategy } = await app.ok(UPDATE, {
        input: {
          strategyId: strategy.id,
          title: 'Een veilig park',
          description: 'Ook op zondag.',
          ideaIds: [live.ideaIds[2]],
        },
      });
      expect(updateStrategy.strategy).toMatchObject({
        title: 'Een veilig park',
        description: 'Ook op zondag.',
        ideas: [{ id: live.ideaIds[2] }],
      });
      const cleared = await app.ok(UPDATE, { input: { strategyId: strategy.id, ideaIds: [] } });
      expect(cleared.updateStrategy.strategy).toMatchObject({ title: 'Een veilig park', ideas: [] });
    });

    it('should keep fields that are left out when a draft is updated', async () => {
      const strategy = await create({ description: 'Blijft staan.' });
      const { updateStrategy } = await app.ok(UPDATE, { input: { strategyId: strategy.id, title: 'Nieuwe titel' } });
      expect(updateStrategy.strategy.description).toBe('Blijft staan.');
      expect(updateStrategy.strategy.ideas).toHaveLength(2);
    });

    it('should refuse with BAD_USER_INPUT and change nothing when an idea belongs to another project', async () => {
      const strategy = await create();
      const result = await app.graphql(UPDATE, {
        input: {
          strategyId: strategy.id,
          title: 'Niet bewaard',
          ideaIds: elsewhere.sessions[SessionStatus.CLOSED].ideaIds,
        },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await read(strategy.id)).toEqual(strategy);
    });

    it('should refuse with STRATEGY_NOT_EDITABLE and change nothing when the strategy was submitted', async () => {
      const strategy = await submitted();
      const result = await app.graphql(UPDATE, { input: { strategyId: strategy.id, title: 'Te laat gewijzigd' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('STRATEGY_NOT_EDITABLE');
      expect(result.errors?.[0]?.message).toMatch(/can no longer be changed/);
      expect(await read(strategy.id)).toEqual(strategy);
    });

    it('should answer NOT_FOUND when the strategy does not exist', async () => {
      const result = await app.graphql(UPDATE, { input: { strategyId: randomUUID(), title: 'Nergens' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('actions', () => {
    it('should number actions 0..n-1 in the order they are added', async () => {
      const strategy = await create();
      const first = await addAction(strategy.id, 'Lampen plaatsen', { resources: '  20.000 euro  ' });
      const second = await addAction(strategy.id, 'Avondwandeling organiseren');
      expect(first).toMatchObject({ position: 0, resources: '20.000 euro', strategy: { id: strategy.id } });
      expect(second.position).toBe(1);
      const view = await read(strategy.id);
      expect(view.actions.map((a) => [a.position, a.what])).toEqual([
        [0, 'Lampen plaatsen'],
        [1, 'Avondwandeling organiseren'],
      ]);
    });

    it('should give every action its own position when several are added at the same time', async () => {
      const strategy = await create();
      const whats = ['Eerste stap', 'Tweede stap', 'Derde stap', 'Vierde stap', 'Vijfde stap'];
      await Promise.all(whats.map((what) => addAction(strategy.id, what)));
      const positions = (await read(strategy.id)).actions.map((a) => a.position);
      expect(positions).toEqual([0, 1, 2, 3, 4]);
    });

    it('should keep positions 0..n-1 in order when an action is removed', async () => {
      const strategy = await create();
      const actions = [];
      for (const what of ['Eerst', 'Tweede', 'Derde', 'Vierde']) actions.push(await addAction(strategy.id, what));
      const { removeStrategyAction } = await app.ok(REMOVE_ACTION, { input: { actionId: actions[1]!.id } });
      expect(removeStrategyAction.strategy.actions.map((a: Action) => [a.position, a.what])).toEqual([
        [0, 'Eerst'],
        [1, 'Derde'],
        [2, 'Vierde'],
      ]);
      const again = await app.graphql(REMOVE_ACTION, { input: { actionId: actions[1]!.id } });
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should put actions in the new order when they are reordered', async () => {
      const strategy = await create();
      const a = await addAction(strategy.id, 'Actie A');
      const b = await addAction(strategy.id, 'Actie B');
      const c = await addAction(strategy.id, 'Actie C');
      const { reorderStrategyActions } = await app.ok(REORDER, {
        input: { strategyId: strategy.id, actionIds: [c.id, a.id, b.id] },
      });
      expect(reorderStrategyActions.strategy.actions.map((x: Action) => [x.position, x.what])).toEqual([
        [0, 'Actie C'],
        [1, 'Actie A'],
        [2, 'Actie B'],
      ]);
    });

    it.each([
      ['leaves one out', (ids: string[]) => ids.slice(0, 2)],
      ['repeats one', (ids: string[]) => [ids[0]!, ids[0]!, ids[1]!]],
      ['names an action of another strategy', (ids: string[], foreign: string) => [ids[0]!, ids[1]!, foreign]],
    ])('should refuse with BAD_USER_INPUT and keep the order when the new order %s', async (_label, order) => {
      const strategy = await create();
      const ids = [];
      for (const what of ['Actie A', 'Actie B', 'Actie C']) ids.push((await addAction(strategy.id, what)).id);
      const other = await create();
      const foreign = (await addAction(other.id, 'Elders')).id;
      const result = await app.graphql(REORDER, { input: { strategyId: strategy.id, actionIds: order(ids, foreign) } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/every action of this strategy exactly once \(3 in all\)/);
      expect((await read(strategy.id)).actions.map((a) => a.what)).toEqual(['Actie A', 'Actie B', 'Actie C']);
    });

    it('should change only the given fields when an action is updated', async () => {
      const strategy = await create();
      const action = await addAction(strategy.id, 'Lampen plaatsen');
      const { updateStrategyAction } = await app.ok(UPDATE_ACTION, {
        input: { actionId: action.id, who: 'Stad Mechelen en buurtcomité', resources: 'Budget wijkwerking' },
      });
      expect(updateStrategyAction.action).toMatchObject({
        what: 'Lampen plaatsen',
        who: 'Stad Mechelen en buurtcomité',
        due: 'Voor de zomer',
        resources: 'Budget wijkwerking',
        position: 0,
      });
    });

    it.each([
      [{ what: 'xy' }, /what must be between 3 and 2000 characters/],
      [{ who: '' }, /who must be between 2 and 300 characters/],
      [{ due: 'x'.repeat(201) }, /due must be between 2 and 200 characters/],
      [{ what: '      ' }, /what must be at least 3 characters/],
    ])('should refuse with BAD_USER_INPUT and add nothing when the action is %o', async (overrides, message) => {
      const strategy = await create();
      const result = await app.graphql(ADD_ACTION, {
        input: { strategyId: strategy.id, what: 'Iets doen', who: 'Iemand', due: 'Ooit', ...overrides },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect((await read(strategy.id)).actions).toEqual([]);
    });

    it('should add one action only when the same clientMutationId is sent twice', async () => {
      const strategy = await create();
      const input = {
        strategyId: strategy.id,
        what: 'Eén keer',
        who: 'Buurtwerk',
        due: 'Maart',
        clientMutationId: randomUUID(),
      };
      const first = await app.ok(ADD_ACTION, { input });
      const second = await app.ok(ADD_ACTION, { input });
      expect(second.addStrategyAction.action.id).toBe(first.addStrategyAction.action.id);
      expect((await read(strategy.id)).actions).toHaveLength(1);
    });

    it('should refuse every action change with STRATEGY_NOT_EDITABLE and change nothing when the strategy was submitted', async () => {
      const strategy = await submitted();
      const [action] = strategy.actions;
      const attempts = [
        app.graphql(ADD_ACTION, { input: { strategyId: strategy.id, what: 'Nog iets', who: 'Iemand', due: 'Later' } }),
        app.graphql(UPDATE_ACTION, { input: { actionId: action!.id, what: 'Anders' } }),
        app.graphql(REMOVE_ACTION, { input: { actionId: action!.id } }),
        app.graphql(REORDER, { input: { strategyId: strategy.id, actionIds: [action!.id] } }),
      ];
      for (const result of await Promise.all(attempts)) {
        expect(result.errors?.[0]?.extensions?.code).toBe('STRATEGY_NOT_EDITABLE');
      }
      expect(await read(strategy.id)).toEqual(strategy);
    });
  });

  describe('submitStrategy', () => {
    it('should refuse with BAD_USER_INPUT and keep the draft when the strategy has no action', async () => {
      const strategy = await create();
      const result = await app.graphql(SUBMIT, { input: { strategyId: strategy.id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/at least one action/);
      expect(await read(strategy.id)).toEqual(strategy);
    });

    it('should mark the strategy SUBMITTED with the time when it has an action', async () => {
      const strategy = await create();
      await addAction(strategy.id, 'Lampen plaatsen');
      const before = Date.now();
      const { submitStrategy } = await app.ok(SUBMIT, { input: { strategyId: strategy.id } });
      expect(submitStrategy.strategy.status).toBe('SUBMITTED');
      const submittedAt = Date.parse(submitStrategy.strategy.submittedAt);
      expect(submittedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(submittedAt).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('should refuse with INVALID_STATUS_TRANSITION and change nothing when the strategy was already submitted', async () => {
      const strategy = await submitted();
      const result = await app.graphql(SUBMIT, { input: { strategyId: strategy.id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(await read(strategy.id)).toEqual(strategy);
    });

    it('should return the first outcome without an error when the same clientMutationId is sent twice', async () => {
      const strategy = await create();
      await addAction(strategy.id, 'Lampen plaatsen');
      const input = { strategyId: strategy.id, clientMutationId: randomUUID() };
      const first = await app.ok(SUBMIT, { input });
      const second = await app.ok(SUBMIT, { input });
      expect(second.submitStrategy).toEqual(first.submitStrategy);
    });

    it('should refuse with CONFLICT when a clientMutationId is reused for another action', async () => {
      const strategy = await create();
      const clientMutationId = randomUUID();
      await app.ok(UPDATE, { input: { strategyId: strategy.id, title: 'Eerste actie', clientMutationId } });
      const result = await app.graphql(SUBMIT, { input: { strategyId: strategy.id, clientMutationId } });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await read(strategy.id)).status).toBe('DRAFT');
    });
  });

  describe('reading', () => {
    it('should list the strategies of a session and of a project filtered by status', async () => {
      const { projectId, sessions } = await createStrategyFixture(app.orm, 'Reading project');
      const session = sessions[SessionStatus.CLOSED];
      const draft = (await app.ok(CREATE, { input: { sessionId: session.sessionId, title: 'Nog een ontwerp' } }))
        .createStrategy.strategy;
      const first = (await app.ok(CREATE, { input: { sessionId: session.sessionId, title: 'Eerst ingediend' } }))
        .createStrategy.strategy;
      const second = (await app.ok(CREATE, { input: { sessionId: session.sessionId, title: 'Later ingediend' } }))
        .createStrategy.strategy;
      for (const strategy of [first, second]) {
        await addAction(strategy.id, 'Iets doen');
        await app.ok(SUBMIT, { input: { strategyId: strategy.id } });
      }

      const all = await app.ok(PROJECT_STRATEGIES, { id: projectId });
      expect(all.project.strategies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
        first.id,
        second.id,
        draft.id,
      ]);
      const waiting = await app.ok(PROJECT_STRATEGIES, { id: projectId, status: 'SUBMITTED' });
      expect(waiting.project.strategies.totalCount).toBe(2);

      const bySession = await app.ok(`query ($id: ID!) { strategy(id: $id) { session { strategies { id } } } }`, {
        id: draft.id,
      });
      expect(bySession.strategy.session.strategies.map((s: { id: string }) => s.id)).toEqual([
        draft.id,
        first.id,
        second.id,
      ]);
    });

    it('should answer NOT_FOUND when the strategy id is unknown or not a UUID', async () => {
      for (const id of [randomUUID(), 'strategy-1']) {
        const result = await app.graphql(READ, { id });
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('should read strategies with their relations in a fixed number of statements whatever their number', async () => {
      // Loaders and the identity map may save one statement or not, as the event loop turns (a strategy the session's
      // list brought in time is not read again by id): one either way. A statement per strategy would be four more.
      const few = await statementsToRead(2);
      const many = await statementsToRead(6);
      expect(Math.abs(many - few)).toBeLessThanOrEqual(1);
    });
  });
});
