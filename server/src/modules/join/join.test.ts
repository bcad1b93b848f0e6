import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_LIMITS,
  JOIN_BURST,
  JOIN_FAILURES_PER_ADDRESS,
  JOIN_FAILURES_PER_DEVICE,
} from '../../core/auth/rate-limit.js';
import { CODE_ALPHABET } from '../../core/auth/tokens.js';
import { clientAt } from '../../test-support/client-at.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { Session, SessionStatus } from '../session/session.entity.js';

const JOIN = /* GraphQL */ `
  mutation ($input: JoinSessionInput!) {
    joinSession(input: $input) {
      clientMutationId
      personalCode
      returning
      participant {
        id
        pseudonym
      }
      session {
        id
        title
      }
    }
  }
`;
const PREVIEW = /* GraphQL */ `
  query ($code: String!) {
    joinPreview(code: $code) {
      title
      startsAt
      languages
      live
    }
  }
`;
const PARTICIPANT = /* GraphQL */ `
  query ($id: ID!) {
    participant(id: $id) {
      id
      pseudonym
      background
      ageBand
      languages
      personalCode
      sessionsAttended
      erasedAt
      consents {
        purpose
        textVersion
        method
        givenAt
        withdrawnAt
      }
    }
  }
`;
const VIEWER = /* GraphQL */ `
  query {
    viewer {
      kind
      participant {
        pseudonym
      }
      sessionId
    }
  }
`;
const MY_PARTICIPATION = /* GraphQL */ `
  query {
    myParticipation {
      participant {
        id
        pseudonym
        personalCode
        background
      }
      session {
        id
        title
      }
    }
  }
`;
const SESSION_BOARD = /* GraphQL */ `
  query ($id: ID!) {
    session(id: $id) {
      id
      title
      challenges {
        totalCount
        edges {
          node {
            text
          }
        }
      }
    }
  }
`;
const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
        text
        author {
          id
        }
      }
    }
  }
`;
const CHANGE_STATUS = /* GraphQL */ `
  mutation ($input: ChangeSessionStatusInput!) {
    changeSessionStatus(input: $input) {
      session {
        id
        status
        joinCode
      }
    }
  }
`;
const PERSONAL_CODE = new RegExp(`^[${CODE_ALPHABET}]{8}$`);

interface Joined {
  personalCode: string;
  returning: boolean;
  participant: { id: string; pseudonym: string };
  session: { id: string; title: string };
}

interface LiveSession {
  id: string;
  joinCode: string;
}

// How a person might type "ABC DEF" off a projector: lower case, a space and a dash.
const sloppy = (code: string): string => ` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3).toLowerCase()} `;

const joinInput = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  language: 'ar',
  consent: { textVersion: 'join-2026-01', research: false },
  ...overrides,
});

const outcome = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

const joinWith = (client: TestClient, code: string, personalCode?: string) =>
  client.graphql(JOIN, {
    input: {
      code,
      language: 'nl',
      consent: { textVersion: 'v1', research: false },
      ...(personalCode ? { personalCode } : {}),
    },
  });

const join = (client: TestClient, code: string, overrides: Record<string, unknown> = {}) =>
  client.graphql<{ joinSession: Joined }>(JOIN, { input: joinInput(code, overrides) });

const joinOk = async (client: TestClient, code: string, overrides: Record<string, unknown> = {}): Promise<Joined> =>
  (await client.ok<{ joinSession: Joined }>(JOIN, { input: joinInput(code, overrides) })).joinSession;

describe('joining a session', () => {
  let app: TestApp;
  let promoterId: string;
  let projectId: string;
  let otherProjectId: string;

  const newProject = async (title: string): Promise<string> =>
    (
      await app.ok(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`, {
        input: { promoterId, title, grantEuros: 200_000, startsOn: '2026-01-01', endsOn: '2026-12-31' },
      })
    ).createProject.project.id;

  // A session taken through its statuses up to `status`; live sessions come with their join code.
  const sessionIn = async (
    status: 'SCHEDULED' | 'LIVE' | 'CLOSED',
    overrides: Record<string, unknown> = {},
  ): Promise<LiveSession> => {
    const created = await app.ok(
      `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
      {
        input: {
          projectId,
          title: 'Samen aan tafel',
          startsAt: '2026-03-14T09:30:00.000Z',
          durationMinutes: 120,
          location: 'Buurthuis De Kring',
          languages: ['nl', 'ar'],
          capacity: 20,
          ...overrides,
        },
      },
    );
    const id: string = created.createSession.session.id;
    let joinCode = '';
    for (const step of ['SCHEDULED', 'LIVE', 'CLOSED'].slice(0, ['SCHEDULED', 'LIVE', 'CLOSED'].indexOf(status) + 1)) {
      const changed = await app.ok(CHANGE_STATUS, { input: { sessionId: id, status: step } });
      if (step === 'LIVE') joinCode = changed.changeSessionStatus.session.joinCode;
    }
    return { id, joinCode };
  };

  const readParticipant = async (id: string) => (await app.ok(PARTICIPANT, { id })).participant;

  const countParticipants = async (id = projectId): Promise<number> =>
    (await app.ok(`query ($id: ID!) { project(id: $id) { participants { totalCount } } }`, { id })).project.participants
      .totalCount;

  const attendanceCount = async (sessionId: string): Promise<number> =>
    (await app.ok(`query ($id: ID!) { session(id: $id) { attendanceCount } }`, { id: sessionId })).session
      .attendanceCount;

  beforeAll(async () => {
    app = await createTestApp();
    const org = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Mechelen', kind: 'MUNICIPALITY' } },
    );
    promoterId = org.createOrganisation.organisation.id;
    projectId = await newProject('Samen in Mechelen');
    otherProjectId = await newProject('Een ander project');
  });
  afterAll(() => app.close());

  describe('as someone new', () => {
    it('should check a newcomer in with a made-up pseudonym and a personal code when the code is typed in any case with spaces and dashes', async () => {
      const session = await sessionIn('LIVE');
      const before = await countParticipants();
      const joined = await joinOk(app.client(), sloppy(session.joinCode));
      expect(joined.session.id).toBe(session.id);
      expect(joined.returning).toBe(false);
      expect(joined.personalCode).toMatch(PERSONAL_CODE);
      expect(joined.participant.pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{1,2}$/);
      expect(await countParticipants()).toBe(before + 1);
      expect(await attendanceCount(session.id)).toBe(1);
      const stored = await readParticipant(joined.participant.id);
      expect(stored).toMatchObject({
        pseudonym: joined.participant.pseudonym,
        background: 'PREFERS_NOT_TO_SAY',
        ageBand: null,
        languages: ['ar'],
        personalCode: joined.personalCode,
        sessionsAttended: 1,
        erasedAt: null,
      });
      expect(stored.consents).toEqual([
        expect.objectContaining({
          purpose: 'PARTICIPATION',
          textVersion: 'join-2026-01',
          method: 'ON_SCREEN',
          withdrawnAt: null,
        }),
      ]);
      expect(Date.parse(stored.consents[0].givenAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('should record the chosen pseudonym, background, age band and research consent when they are given', async () => {
      const session = await sessionIn('LIVE');
      const joined = await joinOk(app.client(), session.joinCode, {
        pseudonym: '  Amina  ',
        language: 'nl-be',
        background: 'THIRD_COUNTRY_NATIONAL',
        ageBand: 'FROM_30_TO_44',
        consent: { textVersion: 'join-2026-02', research: true },
      });
      const stored = await readParticipant(joined.participant.id);
      expect(stored).toMatchObject({
        pseudonym: 'Amina',
        background: 'THIRD_COUNTRY_NATIONAL',
        ageBand: 'FROM_30_TO_44',
        languages: ['nl-BE'],
      });
      expect(stored.consents.map((c: { purpose: string; textVersion: string }) => [c.purpose, c.textVersion])).toEqual(
        expect.arrayContaining([
          ['PARTICIPATION', 'join-2026-02'],
          ['RESEARCH', 'join-2026-02'],
        ]),
      );
    });

    it('should refuse with CONFLICT and register nobody when the pseudonym is already used in the project', async () => {
      const session = await sessionIn('LIVE');
      await joinOk(app.client(), session.joinCode, { pseudonym: 'Yonas' });
      const before = await countParticipants();
      const result = await join(app.client(), session.joinCode, { pseudonym: 'yonas' });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await countParticipants()).toBe(before);
      expect(await attendanceCount(session.id)).toBe(1);
    });

    it('should refuse with BAD_USER_INPUT and register nobody when the consent text version is missing', async () => {
      const session = await sessionIn('LIVE');
      const before = await countParticipants();
      const result = await join(app.client(), session.joinCode, { consent: { textVersion: '', research: false } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await countParticipants()).toBe(before);
    });

    it('should refuse a newcomer with SESSION_FULL when all places are taken, and still let someone inside back in', async () => {
      const session = await sessionIn('LIVE', { capacity: 2 });
      const first = await joinOk(app.client(), session.joinCode);
      await joinOk(app.client(), session.joinCode);
      const before = await countParticipants();
      const result = await join(app.client(), session.joinCode);
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_FULL');
      expect(await countParticipants()).toBe(before);
      expect(await attendanceCount(session.id)).toBe(2);
      // The first participant's phone ran out of battery: on another phone, their card lets them back in.
      const again = await joinOk(app.client(), session.joinCode, { personalCode: first.personalCode });
      expect(again.participant.id).toBe(first.participant.id);
      expect(await attendanceCount(session.id)).toBe(2);
    });

    it('should make a new participant, not act as the first one, when another phone sends the same clientMutationId', async () => {
      const session = await sessionIn('LIVE');
      const first = await joinOk(app.client(), session.joinCode, { clientMutationId: 'join-once-1' });
      const stranger = app.client();
      const second = await stranger.ok(JOIN, {
        input: joinInput(session.joinCode, { clientMutationId: 'join-once-1' }),
      });
      expect(second.joinSession.clientMutationId).toBe('join-once-1');
      expect(second.joinSession.participant.id).not.toBe(first.participant.id);
      expect(second.joinSession.personalCode).not.toBe(first.personalCode);
      expect((await stranger.ok(VIEWER)).viewer.participant.pseudonym).toBe(second.joinSession.participant.pseudonym);
    });
  });

  describe('as a returning participant', () => {
    it('should recognise a returning participant when they join another session of the project with their personal code', async () => {
      const first = await sessionIn('LIVE');
      const joined = await joinOk(app.client(), first.joinCode, { pseudonym: 'Olena', language: 'uk' });
      await app.ok(CHANGE_STATUS, { input: { sessionId: first.id, status: 'CLOSED' } });
      const second = await sessionIn('LIVE');
      const before = await countParticipants();
      const code = joined.personalCode;
      const back = await joinOk(app.client(), second.joinCode, {
        personalCode: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`,
        language: 'nl',
      });
      expect(back).toMatchObject({
        returning: true,
        personalCode: joined.personalCode,
        participant: { id: joined.participant.id, pseudonym: 'Olena' },
        session: { id: second.id },
      });
      expect(await countParticipants()).toBe(before);
      const stored = await readParticipant(joined.participant.id);
      expect(stored).toMatchObject({ sessionsAttended: 2, languages: ['uk', 'nl'] });
      // The same consent text agreed to again is one record, not two.
      expect(stored.consents).toHaveLength(1);
    });

    it('should withdraw an earlier research consent when a returning participant now says no', async () => {
      const session = await sessionIn('LIVE');
      const joined = await joinOk(app.client(), session.joinCode, { consent: { textVersion: 'v1', research: true } });
      await joinOk(app.client(), session.joinCode, {
        personalCode: joined.personalCode,
        consent: { textVersion: 'v1', research: false },
      });
      const research = (await readParticipant(joined.participant.id)).consents.find(
        (c: { purpose: string }) => c.purpose === 'RESEARCH',
      );
      expect(research).toMatchObject({ textVersion: 'v1' });
      expect(research.withdrawnAt).not.toBeNull();
    });

    it('should answer NOT_FOUND and register nobody when the personal code belongs to another project', async () => {
      const stranger = await app.ok(
        `mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { personalCode } } }`,
        {
          input: {
            projectId: otherProjectId,
            pseudonym: 'Van elders',
            languages: ['en'],
            participationConsent: { textVersion: '2026-01', method: 'PAPER' },
          },
        },
      );
      const code: string = stranger.registerParticipant.participant.personalCode;
      expect(code).toMatch(PERSONAL_CODE);
      const session = await sessionIn('LIVE');
      const before = await countParticipants();
      const result = await join(app.client(), session.joinCode, { personalCode: code });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toMatch(/No participant of this project has this personal code/);
      expect(await countParticipants()).toBe(before);
      expect(await attendanceCount(session.id)).toBe(0);
    });
  });

  describe('codes that do not open a session', () => {
    it('should answer NOT_FOUND and register nobody when no live session has the code', async () => {
      const before = await countParticipants();
      const result = await join(app.client(), 'ZZZ-ZZZ');
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toMatch(/No live session has this code/);
      expect(await countParticipants()).toBe(before);
    });

    it('should answer NOT_FOUND when the session of the code has closed', async () => {
      const session = await sessionIn('LIVE');
      await app.ok(CHANGE_STATUS, { input: { sessionId: session.id, status: 'CLOSED' } });
      const result = await join(app.client(), session.joinCode);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await attendanceCount(session.id)).toBe(0);
    });

    it('should refuse with SESSION_NOT_OPEN when the session stops being live as someone joins', async () => {
      const session = await sessionIn('LIVE');
      // The facilitator closes the session at the moment the code is looked up: the row still has its code.
      const em = app.orm.em.fork();
      await em.nativeUpdate(Session, { id: session.id }, { status: SessionStatus.CLOSED });
      const before = await countParticipants();
      const result = await join(app.client(), session.joinCode);
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect(await countParticipants()).toBe(before);
      expect(await attendanceCount(session.id)).toBe(0);
    });
  });

  describe('the join page', () => {
    it('should show only the title, start time, languages and liveness when the join page looks up a code', async () => {
      const session = await sessionIn('LIVE');
      const data = await app.client().ok(PREVIEW, { code: sloppy(session.joinCode) });
      expect(data.joinPreview).toEqual({
        title: 'Samen aan tafel',
        startsAt: '2026-03-14T09:30:00.000Z',
        languages: ['nl', 'ar'],
        live: true,
      });
    });

    it('should answer NOT_FOUND when the join page looks up an unknown code', async () => {
      const result = await app.client().graphql(PREVIEW, { code: 'NOPE99' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('after joining', () => {
    it('should act as the participant when the same browser sends its next request', async () => {
      const session = await sessionIn('LIVE');
      const phone = app.client();
      const joined = await joinOk(phone, session.joinCode, { pseudonym: 'Hamza' });
      expect((await phone.ok(VIEWER)).viewer).toEqual({
        kind: 'PARTICIPANT',
        participant: { pseudonym: 'Hamza' },
        sessionId: session.id,
      });
      expect((await phone.ok(MY_PARTICIPATION)).myParticipation).toEqual({
        participant: {
          id: joined.participant.id,
          pseudonym: 'Hamza',
          personalCode: joined.personalCode,
          background: 'PREFERS_NOT_TO_SAY',
        },
        session: { id: session.id, title: 'Samen aan tafel' },
      });
      // Another browser is nobody.
      expect((await app.client().ok(VIEWER)).viewer).toEqual({ kind: 'ANONYMOUS', participant: null, sessionId: null });
    });

    it('should answer UNAUTHENTICATED when someone who has not joined asks for their participation', async () => {
      const result = await app.client().graphql(MY_PARTICIPATION);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should let a participant read their session and its visible challenges, and answer FORBIDDEN when they ask for another session', async () => {
      const session = await sessionIn('LIVE');
      const other = await sessionIn('LIVE');
      const phone = app.client();
      await joinOk(phone, session.joinCode);
      for (const text of ['Het park is donker', 'De bibliotheek sluit te vroeg']) {
        await app.ok(CREATE_CHALLENGE, { input: { sessionId: session.id, text, language: 'nl' } });
      }
      const hidden = await app.ok(CREATE_CHALLENGE, {
        input: { sessionId: session.id, text: 'Beledigend', language: 'nl' },
      });
      await app.ok(
        `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
        { input: { challengeId: hidden.createChallenge.challenge.id, status: 'HIDDEN' } },
      );
      const board = (await phone.ok(SESSION_BOARD, { id: session.id })).session;
      expect(board.challenges.totalCount).toBe(2);
      expect(board.challenges.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual([
        'Het park is donker',
        'De bibliotheek sluit te vroeg',
      ]);
      const elsewhere = await phone.graphql(SESSION_BOARD, { id: other.id });
      expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(elsewhere.data?.session ?? null).toBeNull();
    });

    it("should answer FORBIDDEN when a participant asks for another participant's personal data", async () => {
      const session = await sessionIn('LIVE');
      const phone = app.client();
      await joinOk(phone, session.joinCode);
      const neighbour = await joinOk(app.client(), session.joinCode, { background: 'HOST_COMMUNITY' });
      const read = await phone.graphql(`query ($id: ID!) { participant(id: $id) { background personalCode } }`, {
        id: neighbour.participant.id,
      });
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(read.data?.participant ?? null).toBeNull();
      const exported = await phone.graphql(`query ($id: ID!) { exportParticipantData(participantId: $id) }`, {
        id: neighbour.participant.id,
      });
      expect(exported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(exported.data?.exportParticipantData ?? null).toBeNull();
    });

    it('should let a participant raise a challenge as themselves, and answer FORBIDDEN when they name someone else as author', async () => {
      const session = await sessionIn('LIVE');
      const phone = app.client();
      const me = await joinOk(phone, session.joinCode);
      const neighbour = await joinOk(app.client(), session.joinCode);
      const mine = await phone.ok(CREATE_CHALLENGE, {
        input: { sessionId: session.id, text: 'Te weinig bankjes', language: 'nl', authorId: me.participant.id },
      });
      expect(mine.createChallenge.challenge).toMatchObject({
        text: 'Te weinig bankjes',
        author: { id: me.participant.id },
      });
      const forged = await phone.graphql(CREATE_CHALLENGE, {
        input: { sessionId: session.id, text: 'Namens de buurman', language: 'nl', authorId: neighbour.participant.id },
      });
      expect(forged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const board = (await app.ok(SESSION_BOARD, { id: session.id })).session;
      expect(board.challenges.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['Te weinig bankjes']);
    });
  });
});

describe('guessing join codes', () => {
  let app: TestApp;
  let live: LiveSession;

  // Each test gets its own database, so that the failed attempts of one do not count in another.
  beforeEach(async () => {
    app = await createTestApp();
    const org = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Gent', kind: 'MUNICIPALITY' } },
    );
    const project = await app.ok(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
      {
        input: {
          promoterId: org.createOrganisation.organisation.id,
          title: 'Samen in Gent',
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      },
    );
    const created = await app.ok(
      `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
      {
        input: {
          projectId: project.createProject.project.id,
          title: 'Werksessie',
          startsAt: '2026-03-14T09:30:00.000Z',
          durationMinutes: 90,
          location: 'Stadhuis',
          languages: ['nl'],
          capacity: 30,
        },
      },
    );
    const id = created.createSession.session.id;
    await app.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'SCHEDULED' } });
    const changed = await app.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'LIVE' } });
    live = { id, joinCode: changed.changeSessionStatus.session.joinCode };
  });
  afterEach(() => app.close());

  // Codes drawn from the alphabet that are not the live one.
  const wrongCodes = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const code = `${CODE_ALPHABET[i % CODE_ALPHABET.length]}${CODE_ALPHABET[Math.floor(i / CODE_ALPHABET.length)]}QQQQ`;
      return code === live.joinCode ? 'QQQQQQ' : code;
    });
  const attendance = async () =>
    (await app.ok(`query ($id: ID!) { session(id: $id) { attendanceCount } }`, { id: live.id })).session
      .attendanceCount as number;

  it(`should answer RATE_LIMITED, also to the right code, when a device has sent ${JOIN_FAILURES_PER_DEVICE} wrong codes`, async () => {
    const bot = clientAt(app.url, '127.0.0.81');
    const outcomes: string[] = [];
    for (const code of wrongCodes(40)) outcomes.push(outcome(await joinWith(bot, code)));
    expect(outcomes).toEqual([
      ...Array(JOIN_FAILURES_PER_DEVICE).fill('NOT_FOUND'),
      ...Array(40 - JOIN_FAILURES_PER_DEVICE).fill('RATE_LIMITED'),
    ]);

    const right = await joinWith(bot, live.joinCode);
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'JOIN_CODES' });
    expect(right.errors?.[0]?.message).toMatch(/Too many wrong codes from this device\. Please wait \d+ minutes/);
    expect(Number(right.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    expect(outcome(await bot.graphql(PREVIEW, { code: live.joinCode }))).toBe('RATE_LIMITED');
    expect(await attendance()).toBe(0);
  });

  it('should let the other phones on the same Wi-Fi in with the right code when one device has sent 15 wrong codes', async () => {
    const guesser = clientAt(app.url, '127.0.0.82');
    for (const code of wrongCodes(15)) await joinWith(guesser, code);
    expect(outcome(await joinWith(guesser, live.joinCode))).toBe('RATE_LIMITED');
    // Phones on the same network that never joined before: the guesser's lock-out is not theirs.
    for (let phone = 0; phone < 5; phone++) {
      expect(outcome(await joinWith(clientAt(app.url, '127.0.0.82'), live.joinCode))).toBe('OK');
    }
    expect(await attendance()).toBe(5);
  });

  it('should stop a guesser that drops its cookie by its address, and still let in the phones that joined before', async () => {
    const address = '127.0.0.83';
    const joinedBefore = clientAt(app.url, address);
    expect(outcome(await joinWith(joinedBefore, live.joinCode))).toBe('OK');
    // A script that never keeps the device cookie is a new device each time.
    const outcomes: string[] = [];
    for (const code of wrongCodes(JOIN_FAILURES_PER_ADDRESS + 10))
      outcomes.push(outcome(await joinWith(clientAt(app.url, address), code)));
    expect(outcomes).toEqual([
      ...Array(JOIN_FAILURES_PER_ADDRESS).fill('NOT_FOUND'),
      ...Array(10).fill('RATE_LIMITED'),
    ]);
    expect(outcome(await joinWith(clientAt(app.url, address), live.joinCode))).toBe('RATE_LIMITED');
    // The phone that joined before comes back (a reload, a second session) as usual.
    expect(outcome(await joinedBefore.graphql(PREVIEW, { code: live.joinCode }))).toBe('OK');
    expect(outcome(await joinWith(joinedBefore, live.joinCode))).toBe('OK');
    // Another network is not touched at all.
    expect(outcome(await joinWith(clientAt(app.url, '127.0.0.84'), live.joinCode))).toBe('OK');
  });

  it('should count wrong personal codes and wrong codes on the join page against the same device', async () => {
    const bot = clientAt(app.url, '127.0.0.85');
    const half = Math.ceil(JOIN_FAILURES_PER_DEVICE / 2);
    for (let i = 0; i < half; i++) {
      const result = await joinWith(bot, live.joinCode, `QQQQQQ${CODE_ALPHABET[i]}${CODE_ALPHABET[i]}`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    for (let i = half; i < JOIN_FAILURES_PER_DEVICE; i++) {
      const result = await bot.graphql(PREVIEW, { code: `QQQQ${CODE_ALPHABET[i]}${CODE_ALPHABET[i]}` });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await joinWith(bot, live.joinCode)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('a rush of joins from one address', () => {
  let app: TestApp;
  let live: LiveSession;

  beforeAll(async () => {
    app = await createTestApp({ rateLimits: DEFAULT_RATE_LIMITS });
    const org = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Aalst', kind: 'MUNICIPALITY' } },
    );
    const project = await app.ok(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
      {
        input: {
          promoterId: org.createOrganisation.organisation.id,
          title: 'Samen in Aalst',
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      },
    );
    const created = await app.ok(
      `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
      {
        input: {
          projectId: project.createProject.project.id,
          title: 'Zaal vol telefoons',
          startsAt: '2026-03-14T09:30:00.000Z',
          durationMinutes: 90,
          location: 'Feestzaal',
          languages: ['nl'],
          capacity: 25,
        },
      },
    );
    const id = created.createSession.session.id;
    await app.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'SCHEDULED' } });
    const changed = await app.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'LIVE' } });
    live = { id, joinCode: changed.changeSessionStatus.session.joinCode };
  });
  afterAll(() => app.close());

  it('should not let 25 joins from one address in one second fill a 25-seat session, and let the rest in at a pace', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => joinWith(clientAt(app.url, '127.0.0.91'), live.joinCode)),
    );
    const admitted = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    // One at the steady pace (two if the rush outlasts one interval on a busy machine) and the burst on top.
    expect(admitted.length).toBeGreaterThanOrEqual(1 + JOIN_BURST);
    expect(admitted.length).toBeLessThanOrEqual(2 + JOIN_BURST);
    for (const result of refused) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'JOIN_PACE' });
      expect(result.errors?.[0]?.message).toMatch(/Many people are joining this session from the same network at once/);
      // A phone that waits as long as it is told gets in: the hall fills at the pace, not never.
      expect(Number(result.errors?.[0]?.extensions?.retryAfterSeconds)).toBeLessThanOrEqual(
        Math.ceil(60 / DEFAULT_RATE_LIMITS.joinsPerMinute),
      );
    }
    const waitSeconds = Math.max(...refused.map((result) => Number(result.errors?.[0]?.extensions?.retryAfterSeconds)));
    await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000 + 200));
    expect(outcome(await joinWith(clientAt(app.url, '127.0.0.91'), live.joinCode))).toBe('OK');
    // Phones on another network are not held back by the rush on this one.
    expect(outcome(await joinWith(clientAt(app.url, '127.0.0.92'), live.joinCode))).toBe('OK');
  });
});
