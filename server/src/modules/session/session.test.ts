import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { sessionPolicy } from './session.policy.js';
import { Session, SessionStatus } from './session.entity.js';
import { CODE_ALPHABET } from '../../core/auth/tokens.js';
import { lockSession, moveSessionStatus, pickJoinCode } from './session.service.js';

const SESSION_FIELDS = /* GraphQL */ `
  id title startsAt durationMinutes location languages capacity status joinCode
  project { id title }
  agenda { id position kind title durationMinutes }
  currentPhase { id kind }
`;
const CREATE_SESSION = /* GraphQL */ `
  mutation ($input: CreateSessionInput!) {
    createSession(input: $input) { clientMutationId session { ${SESSION_FIELDS} } }
  }
`;
const UPDATE_SESSION = /* GraphQL */ `
  mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { ${SESSION_FIELDS} } } }
`;
const SET_AGENDA = /* GraphQL */ `
  mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { ${SESSION_FIELDS} } } }
`;
const CHANGE_STATUS = /* GraphQL */ `
  mutation ($input: ChangeSessionStatusInput!) {
    changeSessionStatus(input: $input) { clientMutationId session { ${SESSION_FIELDS} } }
  }
`;
const asksWhereSessionLives = (sql: string): boolean => /from session where id in/.test(sql);
const SET_CURRENT_PHASE = /* GraphQL */ `
  mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { ${SESSION_FIELDS} } } }
`;
const READ_SESSION = /* GraphQL */ `query ($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`;
const COUNT_SESSIONS = /* GraphQL */ `
  query ($id: ID!) {
    project(id: $id) {
      sessions {
        totalCount
      }
    }
  }
`;

const JOIN_CODE = new RegExp(`^[${CODE_ALPHABET}]{6}$`);
const PATH_TO: Record<SessionStatus, SessionStatus[]> = {
  DRAFT: [],
  SCHEDULED: [SessionStatus.SCHEDULED],
  LIVE: [SessionStatus.SCHEDULED, SessionStatus.LIVE],
  CLOSED: [SessionStatus.SCHEDULED, SessionStatus.LIVE, SessionStatus.CLOSED],
  // The last step is the server's own (see `reviewBySystem`): nobody sets REVIEWED by hand.
  REVIEWED: [SessionStatus.SCHEDULED, SessionStatus.LIVE, SessionStatus.CLOSED],
};

type SessionData = {
  id: string;
  title: string;
  status: SessionStatus;
  joinCode: string | null;
  capacity: number;
  languages: string[];
  location: string;
  agenda: { id: string; position: number; kind: string; title: string; durationMinutes: number }[];
  currentPhase: { id: string; kind: string } | null;
};

const phasesOf = (s: SessionData) =>
  s.agenda.map(({ id, kind, title, durationMinutes }) => ({ id, kind, title, durationMinutes }));

describe('sessions', () => {
  let app: TestApp;
  let projectId: string;
  let otherProjectId: string;

  beforeAll(async () => {
    // No background releaser of indicator figures: its statements would land in a count now and then.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    const org = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Genk', kind: 'MUNICIPALITY' } },
    );
    const createProject = (title: string) =>
      app.ok(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`, {
        input: {
          promoterId: org.createOrganisation.organisation.id,
          title,
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      });
    projectId = (await createProject('Samen in Genk')).createProject.project.id;
    otherProjectId = (await createProject('Een ander project')).createProject.project.id;
  });
  afterAll(() => app.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    projectId,
    title: 'Eerste werksessie',
    startsAt: '2026-03-14T09:30:00.000Z',
    durationMinutes: 120,
    location: 'Buurthuis De Kolonie',
    languages: ['nl', 'ar'],
    capacity: 25,
    ...overrides,
  });

  const create = async (overrides: Record<string, unknown> = {}): Promise<SessionData> =>
    (await app.ok(CREATE_SESSION, { input: input(overrides) })).createSession.session;

  const changeStatus = (sessionId: string, status: SessionStatus, clientMutationId?: string) =>
    app.graphql(CHANGE_STATUS, { input: { sessionId, status, clientMutationId } });

  // What the server does by itself once every strategy of a closed session has an answer.
  const reviewBySystem = (sessionId: string) =>
    app.orm.em.fork().transactional(async (tx) => {
      await moveSessionStatus(tx, await lockSession(tx, sessionId), SessionStatus.REVIEWED);
    });

  const sessionIn = async (status: SessionStatus, overrides: Record<string, unknown> = {}): Promise<SessionData> => {
    let session = await create(overrides);
    for (const step of PATH_TO[status]) {
      const result = await changeStatus(session.id, step);
      expect(result.errors).toBeUndefined();
      session = result.data!.changeSessionStatus.session;
    }
    if (status === SessionStatus.REVIEWED) {
      await reviewBySystem(session.id);
      session = await read(session.id);
    }
    return session;
  };

  const read = async (id: string): Promise<SessionData> => (await app.ok(READ_SESSION, { id })).session;
  const countSessions = async (id = projectId): Promise<number> =>
    (await app.ok(COUNT_SESSIONS, { id })).project.sessions.totalCount;

  describe('creating', () => {
    it('should give the standard two-hour agenda when a session is created without one', async () => {
      const session = await create();
      expect(session).toMatchObject({
        status: 'DRAFT',
        joinCode: null,
        currentPhase: null,
        project: { id: projectId },
      });
      expect(session.agenda.map((p) => p.kind)).toEqual([
        'WELCOME',
        'CHALLENGES',
        'CLUSTERING',
        'IDEAS',
        'VOTING',
        'STRATEGIES',
        'EVALUATION',
      ]);
      expect(session.agenda.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(session.agenda.reduce((sum, p) => sum + p.durationMinutes, 0)).toBe(120);
      expect(session.agenda.every((p) => p.title.length > 0)).toBe(true);
    });

    it('should keep the agenda in the given order when a session is created with one', async () => {
      const session = await create({
        agenda: [
          { kind: 'WELCOME', title: 'Koffie', durationMinutes: 15 },
          { kind: 'IDEAS', title: 'Ideeën', durationMinutes: 45 },
        ],
      });
      expect(session.agenda.map(({ kind, title, durationMinutes }) => ({ kind, title, durationMinutes }))).toEqual([
        { kind: 'WELCOME', title: 'Koffie', durationMinutes: 15 },
        { kind: 'IDEAS', title: 'Ideeën', durationMinutes: 45 },
      ]);
    });

    it('should store language tags in their usual case, each once, when a session is created', async () => {
      const session = await create({ languages: ['NL-be', 'ar', 'AR', 'prs', 'es-419'] });
      expect(session.languages).toEqual(['nl-BE', 'ar', 'prs', 'es-419']);
    });

    it('should list the sessions of a project by start time when several are planned', async () => {
      const created = await app.ok(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id promoter { id } } } }`,
        {
          input: {
            promoterId: (await app.ok(`query ($id: ID!) { project(id: $id) { promoter { id } } }`, { id: projectId }))
              .project.promoter.id,
            title: 'Drie sessies',
            grantEuros: 120_000,
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          },
        },
      );
      const id = created.createProject.project.id;
      for (const [title, startsAt] of [
        ['Derde sessie', '2026-05-01T18:00:00.000Z'],
        ['Eerste sessie', '2026-03-01T18:00:00.000Z'],
        ['Tweede sessie', '2026-04-01T18:00:00.000Z'],
      ]) {
        await create({ projectId: id, title, startsAt });
      }
      const page = await app.ok(
        `query ($id: ID!) { project(id: $id) { sessions(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title startsAt } } } } }`,
        { id },
      );
      expect(page.project.sessions.totalCount).toBe(3);
      expect(page.project.sessions.pageInfo.hasNextPage).toBe(true);
      expect(page.project.sessions.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
        'Eerste sessie',
        'Tweede sessie',
      ]);
      expect(page.project.sessions.edges[0].node.startsAt).toBe('2026-03-01T18:00:00.000Z');
    });

    it.each([
      ['capacity 0', { capacity: 0 }, /capacity must be between 1 and 500/],
      ['capacity 501', { capacity: 501 }, /capacity must be between 1 and 500/],
      ['a duration of 14 minutes', { durationMinutes: 14 }, /durationMinutes must be between 15 and 600/],
      ['a duration of 601 minutes', { durationMinutes: 601 }, /durationMinutes must be between 15 and 600/],
      ['no language', { languages: [] }, /at least one language/],
      ['a language that is not a tag', { languages: ['nl', 'Nederlands'] }, /language tag such as/],
      ['a language with an underscore', { languages: ['nl_BE'] }, /language tag such as/],
      ['a title of 2 characters', { title: 'ab' }, /title must be between 3 and 200 characters/],
      ['a title of only spaces', { title: '     ' }, /title must be between 3 and 200 characters/],
      ['a location of 1 character', { location: 'x' }, /location must be between 2 and 300 characters/],
      ['an empty agenda', { agenda: [] }, /at least one phase/],
      [
        'a phase of 0 minutes',
        { agenda: [{ kind: 'WELCOME', title: 'Welkom', durationMinutes: 0 }] },
        /phase 1 \("Welkom"\) must last between 1 and 240 minutes/,
      ],
      [
        'a phase of 241 minutes',
        {
          agenda: [
            { kind: 'WELCOME', title: 'Welkom', durationMinutes: 10 },
            { kind: 'IDEAS', title: 'Ideeën', durationMinutes: 241 },
          ],
        },
        /phase 2 \("Ideeën"\) must last between 1 and 240 minutes/,
      ],
      [
        'a phase without a title',
        { agenda: [{ kind: 'WELCOME', title: ' ', durationMinutes: 10 }] },
        /phase 1 needs a title/,
      ],
    ])('should refuse %s with BAD_USER_INPUT and create nothing', async (_case, overrides, message) => {
      const before = await countSessions();
      const result = await app.graphql(CREATE_SESSION, { input: input(overrides) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await countSessions()).toBe(before);
    });

    it('should refuse a start time that is not a date-time with BAD_USER_INPUT', async () => {
      const result = await app.graphql(CREATE_SESSION, { input: input({ startsAt: 'next Tuesday' }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should answer NOT_FOUND when the project does not exist', async () => {
      const result = await app.graphql(CREATE_SESSION, {
        input: input({ projectId: '8a1f3c1e-0000-4000-8000-000000000000' }),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should create one session only when the same clientMutationId is sent twice', async () => {
      const before = await countSessions();
      const variables = { input: input({ clientMutationId: 'session-retry-1', title: 'Herhaalde sessie' }) };
      const first = await app.ok(CREATE_SESSION, variables);
      const second = await app.ok(CREATE_SESSION, variables);
      expect(second.createSession.session.id).toBe(first.createSession.session.id);
      expect(second.createSession.clientMutationId).toBe('session-retry-1');
      expect(second.createSession.session.agenda).toHaveLength(7);
      expect(await countSessions()).toBe(before + 1);
    });

    it('should create one session only when the same client id is sent twice', async () => {
      const id = '5d7c8b0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
      const before = await countSessions();
      await app.ok(CREATE_SESSION, { input: input({ id }) });
      const again = await app.ok(CREATE_SESSION, { input: input({ id }) });
      expect(again.createSession.session.id).toBe(id);
      expect(await countSessions()).toBe(before + 1);
    });

    it.each(['8a1f3c1e-0000-4000-8000-000000000000', 'not-a-uuid'])(
      'should answer NOT_FOUND when the session id is %s',
      async (id) => {
        const result = await app.graphql(READ_SESSION, { id });
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      },
    );
  });

  describe('updating', () => {
    it('should change the details when a session is updated', async () => {
      const session = await create();
      const data = await app.ok(UPDATE_SESSION, {
        input: {
          sessionId: session.id,
          title: 'Tweede werksessie',
          startsAt: '2026-04-01T17:00:00.000Z',
          durationMinutes: 90,
          location: 'Bibliotheek',
          languages: ['fr', 'nl'],
          capacity: 40,
        },
      });
      expect(data.updateSession.session).toMatchObject({
        title: 'Tweede werksessie',
        startsAt: '2026-04-01T17:00:00.000Z',
        durationMinutes: 90,
        location: 'Bibliotheek',
        languages: ['fr', 'nl'],
        capacity: 40,
      });
    });

    it('should keep what is not sent when a session is updated', async () => {
      const session = await create();
      const data = await app.ok(UPDATE_SESSION, { input: { sessionId: session.id, capacity: 12 } });
      expect(data.updateSession.session).toMatchObject({
        title: session.title,
        location: session.location,
        capacity: 12,
      });
    });

    it('should refuse an invalid capacity with BAD_USER_INPUT and change nothing', async () => {
      const session = await create();
      const result = await app.graphql(UPDATE_SESSION, {
        input: { sessionId: session.id, capacity: 1000, title: 'Nieuwe titel' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/capacity must be between 1 and 500/);
      expect(await read(session.id)).toMatchObject({ capacity: 25, title: session.title });
    });

    it.each([SessionStatus.CLOSED, SessionStatus.REVIEWED])(
      'should refuse to update a %s session with SESSION_NOT_OPEN and change nothing',
      async (status) => {
        const session = await sessionIn(status);
        const result = await app.graphql(UPDATE_SESSION, {
          input: { sessionId: session.id, title: 'Achteraf gewijzigd' },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
        expect(result.errors?.[0]?.message).toMatch(new RegExp(`${status.toLowerCase()}.*can no longer be changed`));
        expect((await read(session.id)).title).toBe(session.title);
      },
    );

    it('should allow updating a live session', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      const data = await app.ok(UPDATE_SESSION, { input: { sessionId: session.id, location: 'Zaal 2' } });
      expect(data.updateSession.session).toMatchObject({
        location: 'Zaal 2',
        status: 'LIVE',
        joinCode: session.joinCode,
      });
    });
  });

  describe('status', () => {
    const allowed: [SessionStatus, SessionStatus][] = [
      [SessionStatus.DRAFT, SessionStatus.SCHEDULED],
      [SessionStatus.SCHEDULED, SessionStatus.DRAFT],
      [SessionStatus.SCHEDULED, SessionStatus.LIVE],
      [SessionStatus.LIVE, SessionStatus.CLOSED],
    ];
    const all = Object.values(SessionStatus);
    // Moves to REVIEWED are refused before the service is asked (below): the server makes that move itself.
    const refused = all.flatMap((from) =>
      all
        .filter((to) => to !== SessionStatus.REVIEWED && !allowed.some(([a, b]) => a === from && b === to))
        .map((to) => [from, to] as [SessionStatus, SessionStatus]),
    );
    const next: Record<SessionStatus, string[]> = {
      DRAFT: ['scheduled'],
      SCHEDULED: ['draft', 'live'],
      LIVE: ['closed'],
      CLOSED: ['reviewed'],
      REVIEWED: [],
    };

    it.each(allowed)('should move a session from %s to %s', async (from, to) => {
      const session = await sessionIn(from);
      const result = await changeStatus(session.id, to);
      expect(result.errors).toBeUndefined();
      expect(result.data?.changeSessionStatus.session.status).toBe(to);
      expect((await read(session.id)).status).toBe(to);
    });

    it.each(all)(
      'should refuse with FORBIDDEN and change nothing when someone moves a %s session to REVIEWED by hand',
      async (from) => {
        const session = await sessionIn(from);
        const result = await changeStatus(session.id, SessionStatus.REVIEWED);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.errors?.[0]?.message).toMatch(/becomes reviewed by itself/);
        expect((await read(session.id)).status).toBe(from);
      },
    );

    it('should move a closed session to REVIEWED when the server does it by itself', async () => {
      const session = await sessionIn(SessionStatus.CLOSED);
      await reviewBySystem(session.id);
      expect((await read(session.id)).status).toBe(SessionStatus.REVIEWED);
    });

    it.each(refused)(
      'should refuse to move a session from %s to %s with INVALID_STATUS_TRANSITION',
      async (from, to) => {
        const session = await sessionIn(from);
        const result = await changeStatus(session.id, to);
        const error = result.errors?.[0];
        expect(error?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
        expect(error?.extensions).toMatchObject({ from, to });
        expect(error?.message).toContain(
          `is ${from === 'DRAFT' ? 'a draft' : from.toLowerCase()} and cannot move to ${to.toLowerCase()}`,
        );
        for (const name of next[from]) expect(error?.message).toContain(name);
        if (next[from].length === 0) expect(error?.message).toMatch(/cannot change its status any more/);
        const after = await read(session.id);
        expect(after.status).toBe(from);
        expect(after.joinCode).toBe(session.joinCode);
      },
    );

    it('should make a join code and start the first phase when a session goes live', async () => {
      const session = await sessionIn(SessionStatus.SCHEDULED);
      expect(session.joinCode).toBeNull();
      const live: SessionData = (await changeStatus(session.id, SessionStatus.LIVE)).data!.changeSessionStatus.session;
      expect(live.joinCode).toMatch(JOIN_CODE);
      expect(live.joinCode).not.toMatch(/[01OIL]/);
      expect(live.currentPhase).toEqual({ id: session.agenda[0]!.id, kind: 'WELCOME' });
    });

    it('should clear the join code and the current phase when a live session closes', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      expect(session.joinCode).toMatch(JOIN_CODE);
      const closed: SessionData = (await changeStatus(session.id, SessionStatus.CLOSED)).data!.changeSessionStatus
        .session;
      expect(closed.joinCode).toBeNull();
      expect(closed.currentPhase).toBeNull();
    });

    it('should give every live session its own join code when many go live', async () => {
      const sessions = await Promise.all(
        Array.from({ length: 12 }, (_, i) => sessionIn(SessionStatus.LIVE, { title: `Live sessie ${i}` })),
      );
      const codes = sessions.map((s) => s.joinCode);
      for (const code of codes) expect(code).toMatch(JOIN_CODE);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('should draw another join code when the first one drawn is already taken', async () => {
      const taken = await sessionIn(SessionStatus.LIVE);
      const drawn = [taken.joinCode!, taken.joinCode!, 'ZZ23QX'];
      const em = app.orm.em.fork();
      const code = await pickJoinCode(em, () => drawn.shift()!);
      expect(code).toBe('ZZ23QX');
      expect(drawn).toEqual([]);
      expect(await em.count(Session, { joinCode: taken.joinCode })).toBe(1);
    });

    it('should go live once only when the same clientMutationId is sent twice', async () => {
      const session = await sessionIn(SessionStatus.SCHEDULED);
      const first = await changeStatus(session.id, SessionStatus.LIVE, 'go-live-1');
      const second = await changeStatus(session.id, SessionStatus.LIVE, 'go-live-1');
      expect(second.errors).toBeUndefined();
      expect(second.data?.changeSessionStatus.clientMutationId).toBe('go-live-1');
      expect(second.data?.changeSessionStatus.session.joinCode).toBe(first.data?.changeSessionStatus.session.joinCode);
      const third = await changeStatus(session.id, SessionStatus.LIVE);
      expect(third.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
    });
  });

  describe('agenda', () => {
    it('should replace the agenda with new phases when a new list is set', async () => {
      const session = await create();
      const data = await app.ok(SET_AGENDA, {
        input: {
          sessionId: session.id,
          phases: [
            { kind: 'WELCOME', title: 'Kennismaking', durationMinutes: 20 },
            { kind: 'CHALLENGES', title: 'Wat loopt mis?', durationMinutes: 40 },
            { kind: 'EVALUATION', title: 'Hoe was het?', durationMinutes: 10 },
          ],
        },
      });
      const agenda = data.setSessionAgenda.session.agenda;
      expect(agenda.map((p: { title: string; position: number }) => [p.position, p.title])).toEqual([
        [0, 'Kennismaking'],
        [1, 'Wat loopt mis?'],
        [2, 'Hoe was het?'],
      ]);
      const oldIds = new Set(session.agenda.map((p) => p.id));
      expect(agenda.some((p: { id: string }) => oldIds.has(p.id))).toBe(false);
      expect((await read(session.id)).agenda).toHaveLength(3);
    });

    it('should keep phase ids and edit them when phases are reordered', async () => {
      const session = await create();
      const [welcome, challenges, , ideas] = session.agenda;
      const phases = [
        { id: ideas!.id, kind: 'IDEAS', title: 'Ideeën eerst', durationMinutes: 30 },
        { id: welcome!.id, kind: 'WELCOME', title: welcome!.title, durationMinutes: 5 },
        {
          id: challenges!.id,
          kind: 'CHALLENGES',
          title: challenges!.title,
          durationMinutes: challenges!.durationMinutes,
        },
      ];
      const data = await app.ok(SET_AGENDA, { input: { sessionId: session.id, phases } });
      expect(phasesOf(data.setSessionAgenda.session)).toEqual(phases);
      expect(data.setSessionAgenda.session.agenda.map((p: { position: number }) => p.position)).toEqual([0, 1, 2]);
    });

    it('should keep the running phase when the agenda of a live session is reordered', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      const reversed = session.agenda
        .toReversed()
        .map(({ id, kind, title, durationMinutes }) => ({ id, kind, title, durationMinutes }));
      const data = await app.ok(SET_AGENDA, { input: { sessionId: session.id, phases: reversed } });
      expect(data.setSessionAgenda.session.currentPhase.id).toBe(session.agenda[0]!.id);
      expect(data.setSessionAgenda.session.agenda.at(-1).id).toBe(session.agenda[0]!.id);
    });

    it('should refuse to remove the running phase with BAD_USER_INPUT and change nothing', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      const withoutFirst = session.agenda
        .slice(1)
        .map(({ id, kind, title, durationMinutes }) => ({ id, kind, title, durationMinutes }));
      const result = await app.graphql(SET_AGENDA, { input: { sessionId: session.id, phases: withoutFirst } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/running now cannot be removed/);
      expect(phasesOf(await read(session.id))).toEqual(phasesOf(session));
    });

    it('should refuse a phase id of another session with BAD_USER_INPUT and change nothing', async () => {
      const session = await create();
      const other = await create();
      const result = await app.graphql(SET_AGENDA, {
        input: {
          sessionId: session.id,
          phases: [{ id: other.agenda[0]!.id, kind: 'WELCOME', title: 'Gestolen', durationMinutes: 10 }],
        },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(phasesOf(await read(session.id))).toEqual(phasesOf(session));
      expect(phasesOf(await read(other.id))).toEqual(phasesOf(other));
    });

    it.each([
      ['an empty agenda', [], /at least one phase/],
      [
        'a phase of 300 minutes',
        [{ kind: 'IDEAS', title: 'Lang', durationMinutes: 300 }],
        /phase 1 \("Lang"\) must last between 1 and 240 minutes/,
      ],
      [
        'two phases with one id',
        [
          { id: '0b7e0f1a-8d4c-4c7e-9a3b-1f2e3d4c5b6a', kind: 'IDEAS', title: 'Een', durationMinutes: 10 },
          { id: '0b7e0f1a-8d4c-4c7e-9a3b-1f2e3d4c5b6a', kind: 'IDEAS', title: 'Twee', durationMinutes: 10 },
        ],
        /phase 2 \("Twee"\) repeats the id/,
      ],
    ])('should refuse %s with BAD_USER_INPUT and change nothing', async (_case, phases, message) => {
      const session = await create();
      const result = await app.graphql(SET_AGENDA, { input: { sessionId: session.id, phases } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(phasesOf(await read(session.id))).toEqual(phasesOf(session));
    });

    it.each([SessionStatus.CLOSED, SessionStatus.REVIEWED])(
      'should refuse to change the agenda of a %s session with SESSION_NOT_OPEN',
      async (status) => {
        const session = await sessionIn(status);
        const result = await app.graphql(SET_AGENDA, {
          input: { sessionId: session.id, phases: [{ kind: 'WELCOME', title: 'Te laat', durationMinutes: 10 }] },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
        expect(phasesOf(await read(session.id))).toEqual(phasesOf(session));
      },
    );
  });

  describe('current phase', () => {
    it('should move a live session to another phase when one is chosen', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      const voting = session.agenda.find((p) => p.kind === 'VOTING')!;
      const data = await app.ok(SET_CURRENT_PHASE, { input: { sessionId: session.id, phaseId: voting.id } });
      expect(data.setCurrentPhase.session.currentPhase).toEqual({ id: voting.id, kind: 'VOTING' });
    });

    it.each([SessionStatus.DRAFT, SessionStatus.SCHEDULED, SessionStatus.CLOSED])(
      'should refuse to set the phase of a %s session with SESSION_NOT_OPEN',
      async (status) => {
        const session = await sessionIn(status);
        const result = await app.graphql(SET_CURRENT_PHASE, {
          input: { sessionId: session.id, phaseId: session.agenda[1]!.id },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
        expect((await read(session.id)).currentPhase).toBeNull();
      },
    );

    it('should refuse a phase of another session with BAD_USER_INPUT and keep the current one', async () => {
      const session = await sessionIn(SessionStatus.LIVE);
      const other = await create({ projectId: otherProjectId });
      const result = await app.graphql(SET_CURRENT_PHASE, {
        input: { sessionId: session.id, phaseId: other.agenda[1]!.id },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/not on the agenda of this session/);
      expect((await read(session.id)).currentPhase?.id).toBe(session.agenda[0]!.id);
    });
  });

  it('should ask where a session lives once for the app, and still decide for each reader whether they may read it', async () => {
    const session = await sessionIn(SessionStatus.LIVE);
    const title = `query ($id: ID!) { session(id: $id) { title } }`;
    // The statement that asks where a session lives, as its policy writes it.
    expect(asksWhereSessionLives(sessionPolicy.records?.Session?.place?.sql ?? '')).toBe(true);
    await app.ok(title, { id: session.id });
    app.resetQueries();
    await app.ok(title, { id: session.id });
    // A session never moves to another project and is never deleted: its place is kept, not asked for again.
    expect(app.queries.filter(asksWhereSessionLives)).toEqual([]);
    const elsewhere = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Hasselt', kind: 'MUNICIPALITY' } },
    );
    const outsider = await app.staff({
      role: StaffRole.ADMINISTRATOR,
      organisationIds: [elsewhere.createOrganisation.organisation.id],
    });
    const refused = await outsider.graphql(title, { id: session.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.session ?? null).toBeNull();
  });

  it('should read sessions, their project and agendas in a fixed number of statements however many there are', async () => {
    const query = `query ($id: ID!) { project(id: $id) { sessions { edges { node { title project { title } agenda { title } currentPhase { title } } } } } }`;
    const org = await app.ok(`query ($id: ID!) { project(id: $id) { promoter { id } } }`, { id: projectId });
    const counts: number[] = [];
    for (const n of [1, 4]) {
      const p = await app.ok(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
        {
          input: {
            promoterId: org.project.promoter.id,
            title: `Project met ${n}`,
            grantEuros: 150_000,
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          },
        },
      );
      const id = p.createProject.project.id;
      for (let i = 0; i < n; i++) await sessionIn(SessionStatus.LIVE, { projectId: id, title: `Sessie ${i + 1}` });
      app.resetQueries();
      await app.ok(query, { id });
      counts.push(app.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
