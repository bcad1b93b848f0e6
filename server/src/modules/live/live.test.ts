import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import { createRateLimits, type RateLimits } from '../../core/auth/rate-limit.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { PARTICIPANT_LOGIN_HOURS, StaffRole } from '../../core/auth/viewer.js';
import { createLogger } from '../../core/logger.js';
import { initOrm, type MikroORM } from '../../core/orm.js';
import { buildAppSchema } from '../../core/schema.js';
import { createApp, type App } from '../../core/server.js';
import { follow, socketClient, type ErrorLike } from '../../test-support/live-client.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { LoginKind, LoginSession } from '../account/login-session.entity.js';
import { createBoardFixture, whileClosed, type BoardFixture } from '../challenge/challenge.fixtures.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { SessionEventType as T } from './live.entity.js';
import type { SessionEvent } from './live.input.js';

const CURSOR = /* GraphQL */ `
  query ($sessionId: ID!) {
    sessionEventCursor(sessionId: $sessionId)
  }
`;
const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
      }
    }
  }
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A STRATEGY_CHANGED event as the strategies test selects it: the one strategy, with its status and actions.
const park = (status: string, actions: string[]) => ({
  type: T.STRATEGY_CHANGED,
  session: { strategies: [{ title: 'Licht in het park', status, actions: actions.map((what) => ({ what })) }] },
});

// Cursors of one session count 1, 2, 3, …: consecutive events have consecutive cursors.
function expectConsecutive(events: SessionEvent[], after: number): void {
  expect(events.map((event) => Number(event.cursor))).toEqual(events.map((_, i) => after + i + 1));
}

describe('live session events', () => {
  let app: TestApp;
  let board: BoardFixture;
  const clients: Client[] = [];

  const connect = (cookies: Map<string, string>, url = app.url): Client => {
    const client = socketClient(url, cookies);
    clients.push(client);
    return client;
  };

  const cursorOf = async (sessionId: string): Promise<string> =>
    (await app.ok<{ sessionEventCursor: string }>(CURSOR, { sessionId })).sessionEventCursor;

  // A participant's phone: a login made straight in the database, as joining would leave it.
  const participantCookies = async (participantId: string, sessionId: string): Promise<Map<string, string>> => {
    const em = app.orm.em.fork();
    const token = newToken();
    em.create(LoginSession, {
      kind: LoginKind.PARTICIPANT,
      tokenHash: hashToken(token),
      participant: em.getReference(Participant, participantId),
      session: em.getReference(Session, sessionId),
      expiresAt: new Date(Date.now() + PARTICIPANT_LOGIN_HOURS * 3_600_000),
    });
    await em.flush();
    return new Map([[LOGIN_COOKIE, token]]);
  };

  const addChallenge = async (text: string, sessionId = board.sessionId): Promise<string> =>
    (
      await app.ok<{ createChallenge: { challenge: { id: string } } }>(CREATE_CHALLENGE, {
        input: { sessionId, text, language: 'nl' },
      })
    ).createChallenge.challenge.id;

  beforeAll(async () => {
    // No background releaser of indicator figures: the sessions closed here set it to work, and its statements
    // landed in the count of the test that counts them, now and then.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    board = await createBoardFixture(app.orm, 'Live board project');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
    await app?.close();
  });

  it('should deliver one event for each kind of board action when a facilitator works a live session', async () => {
    const after = await cursorOf(board.sessionId);
    const staff = follow(connect(app.cookies), board.sessionId, after);
    const phone = follow(
      connect(await participantCookies(board.participantIds[0]!, board.sessionId)),
      board.sessionId,
      after,
    );
    const ok = app.ok.bind(app);

    const themeA = (
      await ok(`mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`, {
        input: { sessionId: board.sessionId, title: 'Veiligheid' },
      })
    ).createTheme.theme.id as string;
    const challengeA = await addChallenge("Het park is 's avonds onveilig");
    await ok(`mutation ($input: UpdateChallengeInput!) { updateChallenge(input: $input) { challenge { id } } }`, {
      input: { challengeId: challengeA, text: 'Het park is in de avond onveilig' },
    });
    await ok(
      `mutation ($input: SetChallengeTranslationInput!) { setChallengeTranslation(input: $input) { challenge { id } } }`,
      { input: { challengeId: challengeA, language: 'en', text: 'The park is unsafe at night' } },
    );
    await ok(
      `mutation ($input: AssignChallengeThemeInput!) { assignChallengeTheme(input: $input) { challenge { id } } }`,
      { input: { challengeId: challengeA, themeId: themeA } },
    );
    await ok(`mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`, {
      input: { challengeId: challengeA, status: 'HIDDEN' },
    });
    await ok(`mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`, {
      input: { challengeId: challengeA, status: 'VISIBLE' },
    });
    const challengeB = await addChallenge('Geen licht in het park');
    await ok(`mutation ($input: MergeChallengesInput!) { mergeChallenges(input: $input) { challenge { id } } }`, {
      input: { targetId: challengeA, sourceIds: [challengeB] },
    });
    await ok(`mutation ($input: RenameThemeInput!) { renameTheme(input: $input) { theme { id } } }`, {
      input: { themeId: themeA, title: 'Veiligheid in de wijk' },
    });
    const themeB = (
      await ok(`mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`, {
        input: { sessionId: board.sessionId, title: 'Bibliotheek' },
      })
    ).createTheme.theme.id as string;
    await ok(`mutation ($input: ReorderThemesInput!) { reorderThemes(input: $input) { session { id } } }`, {
      input: { sessionId: board.sessionId, themeIds: [themeB, themeA] },
    });
    await ok(`mutation ($input: DeleteThemeInput!) { deleteTheme(input: $input) { deletedThemeId } }`, {
      input: { themeId: themeB },
    });
    const idea = (
      await ok(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`, {
        input: { challengeId: challengeA, text: 'Meer lantaarns', language: 'nl' },
      })
    ).createIdea.idea.id as string;
    await ok(`mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { idea { id } } }`, {
      input: { ideaId: idea, text: 'Meer lantaarns langs het pad' },
    });
    await ok(`mutation ($input: SetIdeaTranslationInput!) { setIdeaTranslation(input: $input) { idea { id } } }`, {
      input: { ideaId: idea, language: 'ar', text: 'مزيد من الفوانيس' },
    });
    await ok(`mutation ($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { idea { id } } }`, {
      input: { ideaId: idea, status: 'HIDDEN' },
    });
    await ok(`mutation ($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { idea { id } } }`, {
      input: { ideaId: idea, status: 'VISIBLE' },
    });
    const round = (
      await ok(`mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }`, {
        input: { sessionId: board.sessionId, title: 'Welke ideeën eerst?', target: 'IDEAS', dotsPerParticipant: 3 },
      })
    ).openVotingRound.round.id as string;
    const vote = (
      await ok(`mutation ($input: CastVoteInput!) { castVote(input: $input) { vote { id } } }`, {
        input: { roundId: round, participantId: board.participantIds[0], ideaId: idea, dots: 2 },
      })
    ).castVote.vote.id as string;
    await ok(`mutation ($input: WithdrawVoteInput!) { withdrawVote(input: $input) { withdrawnVoteId } }`, {
      input: { voteId: vote },
    });
    const paper = (
      await ok(`mutation ($input: RecordPaperVotesInput!) { recordPaperVotes(input: $input) { vote { id } } }`, {
        input: { roundId: round, ideaId: idea, dots: 5 },
      })
    ).recordPaperVotes.vote.id as string;
    await ok(`mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { id } } }`, {
      input: { roundId: round },
    });
    await ok(`mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`, {
      input: { sessionId: board.sessionId, location: 'Bibliotheek Oost' },
    });
    const agenda = (
      await ok(
        `mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { agenda { id } } } }`,
        {
          input: {
            sessionId: board.sessionId,
            phases: [
              { kind: 'WELCOME', title: 'Welkom', durationMinutes: 10 },
              { kind: 'IDEAS', title: 'Ideeën', durationMinutes: 30 },
            ],
          },
        },
      )
    ).setSessionAgenda.session.agenda as { id: string }[];
    await ok(`mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }`, {
      input: { sessionId: board.sessionId, phaseId: agenda[1]!.id },
    });
    await ok(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`, {
      input: {
        participantId: board.absentParticipantId,
        purpose: 'PARTICIPATION',
        textVersion: '2026-01',
        method: 'PAPER',
      },
    });
    const attendance = (
      await ok(
        `mutation ($input: CheckInParticipantInput!) { checkInParticipant(input: $input) { attendance { id } } }`,
        { input: { sessionId: board.sessionId, participantId: board.absentParticipantId } },
      )
    ).checkInParticipant.attendance.id as string;
    await ok(`mutation ($input: UndoCheckInInput!) { undoCheckIn(input: $input) { session { id } } }`, {
      input: { attendanceId: attendance },
    });

    const expected: Partial<SessionEvent>[] = [
      { type: T.THEME_CREATED, themeId: themeA },
      { type: T.CHALLENGE_CREATED, challengeId: challengeA, themeId: null },
      { type: T.CHALLENGE_UPDATED, challengeId: challengeA },
      { type: T.CHALLENGE_TRANSLATED, challengeId: challengeA, language: 'en' },
      { type: T.CHALLENGE_THEME_ASSIGNED, challengeId: challengeA, themeId: themeA },
      { type: T.CHALLENGE_STATUS_CHANGED, challengeId: challengeA, status: 'HIDDEN' },
      { type: T.CHALLENGE_STATUS_CHANGED, challengeId: challengeA, status: 'VISIBLE' },
      { type: T.CHALLENGE_CREATED, challengeId: challengeB },
      { type: T.CHALLENGES_MERGED, challengeId: challengeA, challengeIds: [challengeB] },
      { type: T.THEME_RENAMED, themeId: themeA },
      { type: T.THEME_CREATED, themeId: themeB },
      { type: T.THEMES_REORDERED, themeIds: [themeB, themeA] },
      { type: T.THEME_DELETED, themeId: themeB },
      { type: T.IDEA_CREATED, ideaId: idea, challengeId: challengeA },
      { type: T.IDEA_UPDATED, ideaId: idea },
      { type: T.IDEA_TRANSLATED, ideaId: idea, language: 'ar' },
      { type: T.IDEA_STATUS_CHANGED, ideaId: idea, challengeId: challengeA, status: 'HIDDEN' },
      { type: T.IDEA_STATUS_CHANGED, ideaId: idea, challengeId: challengeA, status: 'VISIBLE' },
      { type: T.VOTING_ROUND_OPENED, roundId: round, status: 'OPEN' },
      { type: T.VOTE_CAST, voteId: vote, roundId: round, ideaId: idea, dots: 2 },
      { type: T.VOTE_WITHDRAWN, voteId: vote, roundId: round, ideaId: idea, dots: 2 },
      { type: T.PAPER_VOTES_RECORDED, voteId: paper, roundId: round, ideaId: idea, dots: 5 },
      { type: T.VOTING_ROUND_CLOSED, roundId: round, status: 'CLOSED' },
      { type: T.SESSION_UPDATED },
      { type: T.AGENDA_CHANGED },
      { type: T.SESSION_PHASE_CHANGED, phaseId: agenda[1]!.id },
      { type: T.PARTICIPANT_JOINED, participantCount: board.participantIds.length + 1 },
      { type: T.PARTICIPANT_LEFT, participantCount: board.participantIds.length },
    ];
    for (const follower of [staff, phone]) {
      const events = await follower.waitFor(expected.length);
      expect(events).toMatchObject(expected);
      expect(events.every((event) => event.sessionId === board.sessionId)).toBe(true);
      expectConsecutive(events, Number(after));
    }
    // Events name records and values, never the people behind them.
    expect(JSON.stringify(staff.events)).not.toContain(board.participantIds[0]);

    // Changing status is the last thing a live board sees: a closed session.
    await ok(`mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }`, {
      input: { sessionId: board.sessionId, status: 'CLOSED' },
    });
    const [closed] = (await staff.waitFor(expected.length + 1)).slice(-1);
    expect(closed).toMatchObject({ type: T.SESSION_STATUS_CHANGED, status: 'CLOSED', phaseId: null });
    await app.orm.em.fork().nativeUpdate(Session, { id: board.sessionId }, { status: 'LIVE' as Session['status'] });
    staff.stop();
    phone.stop();
  });

  it('should write no event when an action is refused, and one when a create is retried', async () => {
    const before = await cursorOf(board.sessionId);
    const refused = await whileClosed(app.orm, board.sessionId, () =>
      app.graphql(CREATE_CHALLENGE, { input: { sessionId: board.sessionId, text: 'Te laat', language: 'nl' } }),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
    expect(await cursorOf(board.sessionId)).toBe(before);

    const input = {
      id: randomUUID(),
      clientMutationId: randomUUID(),
      sessionId: board.sessionId,
      text: 'Twee keer verstuurd',
      language: 'nl',
    };
    await app.ok(CREATE_CHALLENGE, { input });
    await app.ok(CREATE_CHALLENGE, { input });
    // The same id without the mutation id finds the record made before: nothing new happened.
    await app.ok(CREATE_CHALLENGE, { input: { ...input, clientMutationId: null } });
    expect(Number(await cursorOf(board.sessionId))).toBe(Number(before) + 1);
  });

  it('should refuse the subscription when the viewer may not read the session', async () => {
    const sql = app.orm.em.fork().getConnection();
    const [outsider] = await sql.execute<{ session_id: string }[]>(
      'select session_id from attendance where participant_id = ?',
      [board.outsiderId],
    );
    const elsewhere = follow(
      connect(await participantCookies(board.outsiderId, outsider!.session_id)),
      board.sessionId,
    );
    expect((await elsewhere.waitForError()).extensions?.code).toBe('FORBIDDEN');

    const sameProject = follow(
      connect(await participantCookies(board.absentParticipantId, board.otherSessionId)),
      board.sessionId,
    );
    expect((await sameProject.waitForError()).extensions?.code).toBe('FORBIDDEN');

    const anonymous = follow(connect(new Map()), board.sessionId);
    expect((await anonymous.waitForError()).extensions?.code).toBe('UNAUTHENTICATED');

    const [project] = await sql.execute<{ promoter_id: string }[]>('select promoter_id from project where id = ?', [
      board.projectId,
    ]);
    const organisationId = project!.promoter_id;
    const evaluator = await app.staff({
      role: StaffRole.EVALUATOR,
      organisationIds: [organisationId],
      projectIds: [board.projectId],
    });
    expect((await follow(connect(evaluator.cookies), board.sessionId).waitForError()).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const otherFacilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [organisationId],
      projectIds: [],
    });
    expect((await follow(connect(otherFacilitator.cookies), board.sessionId).waitForError()).extensions?.code).toBe(
      'FORBIDDEN',
    );

    // A facilitator of the project and a participant of the session are let in.
    const facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [organisationId],
      projectIds: [board.projectId],
    });
    const allowed = [
      follow(connect(facilitator.cookies), board.sessionId, '0'),
      follow(connect(await participantCookies(board.participantIds[1]!, board.sessionId)), board.sessionId, '0'),
    ];
    for (const follower of allowed) {
      await follower.waitFor(1);
      expect(follower.errors).toEqual([]);
      follower.stop();
    }
    // Nothing of the session reached those refused.
    expect([elsewhere, sameProject, anonymous].flatMap((follower) => follower.events)).toEqual([]);
  });

  it('should refuse the WebSocket when a page of another site opens it with the login cookie', async () => {
    const cookie = [...app.cookies].map(([key, value]) => `${key}=${value}`).join('; ');
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
          headers: { cookie },
          origin,
        });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('error', () => undefined);
      });
    expect(await open('https://elders.example')).toBe(401);
    expect(await open(app.url)).toBe(101);
  });

  it('should answer NOT_FOUND and BAD_USER_INPUT when the session or cursor is wrong', async () => {
    const missing = follow(connect(app.cookies), randomUUID());
    expect((await missing.waitForError()).extensions?.code).toBe('NOT_FOUND');
    const badCursor = follow(connect(app.cookies), board.sessionId, 'yesterday');
    expect((await badCursor.waitForError()).extensions?.code).toBe('BAD_USER_INPUT');
    const ahead = String(Number(await cursorOf(board.sessionId)) + 100);
    const aheadCursor = follow(connect(app.cookies), board.sessionId, ahead);
    expect((await aheadCursor.waitForError()).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse more subscriptions when one connection already holds ten', async () => {
    const client = connect(app.cookies);
    const after = await cursorOf(board.sessionId);
    const followers = Array.from({ length: 10 }, () => follow(client, board.sessionId, after));
    const eleventh = follow(client, board.sessionId, after);
    expect((await eleventh.waitForError()).extensions?.code).toBe('BAD_REQUEST');
    await addChallenge('Tien keer gevolgd');
    for (const follower of followers) expect(await follower.waitFor(1)).toHaveLength(1);
    for (const follower of followers) follower.stop();
  });

  it('should refuse queries and mutations when they are sent over the WebSocket', async () => {
    const before = await cursorOf(board.sessionId);
    const client = connect(app.cookies);
    const errors: ErrorLike[] = [];
    await new Promise<void>((resolve) => {
      client.subscribe(
        {
          query: CREATE_CHALLENGE,
          variables: { input: { sessionId: board.sessionId, text: 'Via de socket', language: 'nl' } },
        },
        {
          next: (result) => void errors.push(...((result.errors ?? []) as ErrorLike[])),
          error: (error) => resolve(void errors.push(...(error as ErrorLike[]))),
          complete: () => resolve(),
        },
      );
    });
    expect(errors.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(await cursorOf(board.sessionId)).toBe(before);
  });

  it('should deliver exactly the missed events, in order, when a client subscribes again after its last cursor', async () => {
    const start = await cursorOf(board.sessionId);
    const first = follow(connect(app.cookies), board.sessionId, start);
    await addChallenge('Eén');
    await addChallenge('Twee');
    const seen = await first.waitFor(2);
    first.stop();
    const last = seen.at(-1)!.cursor;

    // While the phone is away, three more; then, while it subscribes again, more keep coming.
    const missed = [await addChallenge('Drie'), await addChallenge('Vier'), await addChallenge('Vijf')];
    const again = follow(connect(app.cookies), board.sessionId, last);
    const during = await Promise.all(Array.from({ length: 10 }, (_, i) => addChallenge(`Tijdens ${i}`)));
    const events = await again.waitFor(missed.length + during.length);
    await sleep(300);
    expect(again.events).toHaveLength(missed.length + during.length);
    expectConsecutive(events, Number(last));
    expect(events.slice(0, 3).map((event) => event.challengeId)).toEqual(missed);
    expect(new Set(events.map((event) => event.challengeId))).toEqual(new Set([...missed, ...during]));
    again.stop();
  });

  it('should number events without gaps or deadlocks when changes to one session race each other', async () => {
    const after = Number(await cursorOf(board.sessionId));
    const follower = follow(connect(app.cookies), board.sessionId, String(after));
    // Session changes hold the session's row for update; contributions take a key share: both publish.
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 4 === 0
          ? app.graphql(`mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`, {
              input: { sessionId: board.sessionId, location: `Zaal ${i}` },
            })
          : i % 4 === 1
            ? app.graphql(`mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`, {
                input: { sessionId: board.sessionId, title: `Thema ${i}` },
              })
            : app.graphql(CREATE_CHALLENGE, {
                input: { sessionId: board.sessionId, text: `Tegelijk ${i}`, language: 'nl' },
              }),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const events = await follower.waitFor(24);
    expectConsecutive(events, after);
    expect(events.filter((event) => event.type === T.SESSION_UPDATED)).toHaveLength(6);
    follower.stop();
  });

  it('should give each subscriber the fields it asked for when many follow one board', async () => {
    const after = await cursorOf(board.sessionId);
    const shapes = [
      `subscription ($s: ID!, $a: String) { sessionEvents(sessionId: $s, after: $a) { cursor type } }`,
      `subscription ($s: ID!, $a: String) { event: sessionEvents(sessionId: $s, after: $a) { __typename kind: type id: challengeId } }`,
      `subscription ($s: ID!, $a: String) { sessionEvents(sessionId: $s, after: $a) { ...Ids } } fragment Ids on SessionEvent { challengeId cursor }`,
    ];
    const received = shapes.map((query) => {
      const data: unknown[] = [];
      connect(app.cookies).subscribe(
        { query, variables: { s: board.sessionId, a: after } },
        { next: (result) => void data.push(result.data), error: () => undefined, complete: () => undefined },
      );
      return data;
    });
    const challengeId = await addChallenge('Voor iedereen op maat');
    await vi.waitFor(() => expect(received.map((data) => data.length)).toEqual([1, 1, 1]), { timeout: 10_000 });
    const cursor = String(Number(after) + 1);
    expect(received.map(([data]) => data)).toEqual([
      { sessionEvents: { cursor, type: T.CHALLENGE_CREATED } },
      { event: { __typename: 'SessionEvent', kind: T.CHALLENGE_CREATED, id: challengeId } },
      { sessionEvents: { challengeId, cursor } },
    ]);
  });

  it('should read an event from the log when it is too big to announce', async () => {
    const em = app.orm.em.fork();
    const session = em.getReference(Session, board.otherSessionId);
    const themes = Array.from({ length: 220 }, (_, position) =>
      em.create(Theme, { session, title: `Thema ${position}`, position }),
    );
    await em.flush();
    const follower = follow(connect(app.cookies), board.otherSessionId, await cursorOf(board.otherSessionId));
    const order = themes.map((theme) => theme.id).toReversed();
    await app.ok(`mutation ($input: ReorderThemesInput!) { reorderThemes(input: $input) { session { id } } }`, {
      input: { sessionId: board.otherSessionId, themeIds: order },
    });
    await addChallenge('Daarna', board.otherSessionId);
    const [reordered, after] = await follower.waitFor(2);
    expect(reordered).toMatchObject({ type: T.THEMES_REORDERED, themeIds: order });
    expect(after).toMatchObject({ type: T.CHALLENGE_CREATED });
    follower.stop();
  });

  it('should catch up what was sent when its connection to PostgreSQL was down', async () => {
    const follower = follow(connect(app.cookies), board.sessionId, await cursorOf(board.sessionId));
    await addChallenge('Voor de storing');
    await follower.waitFor(1);
    const admin = new PgClient({ connectionString: String(app.orm.config.get('clientUrl')) });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'samenspraak-pubsub' and datname = current_database()`,
    );
    await admin.end();
    const during = [await addChallenge('Tijdens de storing 1'), await addChallenge('Tijdens de storing 2')];
    const events = await follower.waitFor(3);
    expect(events.slice(1).map((event) => event.challengeId)).toEqual(during);
    await addChallenge('Na de storing');
    expect((await follower.waitFor(4)).map((event) => event.type)).toEqual(Array(4).fill(T.CHALLENGE_CREATED));
    expectConsecutive(events, Number(events[0]!.cursor) - 1);
    follower.stop();
  });

  // What a screen selects: the ids, and the records as they are now.
  const WITH_RECORDS = /* GraphQL */ `
    subscription ($sessionId: ID!, $after: String) {
      sessionEvents(sessionId: $sessionId, after: $after) {
        cursor
        type
        challengeId
        status
        challenge {
          id
          text
          status
          dotCount
          ideas(first: 10) {
            totalCount
          }
        }
        ownChange: challenge(onlyOwnChanges: true) {
          id
        }
        ownRound: round(onlyOwnChanges: true) {
          id
        }
        vote {
          id
          dots
        }
        idea {
          id
          text
          dotCount
        }
        round {
          id
          status
          tallies {
            dots
            challenge {
              id
            }
          }
        }
        session {
          id
          status
          currentPhase {
            id
          }
          themes {
            title
          }
          openVotingRound {
            id
          }
        }
      }
    }
  `;

  interface WithRecords {
    cursor: string;
    type: T;
    challengeId: string | null;
    status: string | null;
    challenge: { id: string; text: string; status: string; dotCount: number; ideas: { totalCount: number } } | null;
    ownChange: { id: string } | null;
    ownRound: { id: string } | null;
    vote: { id: string; dots: number } | null;
    idea: { id: string; text: string; dotCount: number } | null;
    round: { id: string; status: string; tallies: { dots: number; challenge: { id: string } | null }[] } | null;
    session: {
      id: string;
      status: string;
      currentPhase: { id: string } | null;
      themes: { title: string }[];
      openVotingRound: { id: string } | null;
    } | null;
  }

  // Each event's type with the challenge it brought when asked with `onlyOwnChanges`.
  const ownChanges = (events: WithRecords[]) => events.map((event) => [event.type, event.ownChange?.id ?? null]);

  const followWith = (client: Client, query: string, sessionId: string, after: string | null) => {
    const events: WithRecords[] = [];
    const errors: unknown[] = [];
    const stop = client.subscribe<{ sessionEvents: WithRecords }>(
      { query, variables: { sessionId, after } },
      {
        next: (result) => {
          if (result.data) events.push(result.data.sessionEvents);
          if (result.errors) errors.push(...result.errors);
        },
        error: (error) => void errors.push(error),
        complete: () => undefined,
      },
    );
    const waitFor = (count: number) =>
      vi.waitFor(
        () => {
          if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
          if (events.length < count) throw new Error(`${events.length} of ${count} events so far`);
          return events;
        },
        { timeout: 10_000, interval: 10 },
      );
    return { events, errors, stop, waitFor };
  };

  it('should bring each follower the records involved as it may read them, so that no screen asks again', async () => {
    const fixture = await createBoardFixture(app.orm, 'Live records project');
    const sessionId = fixture.sessionId;
    const after = await cursorOf(sessionId);
    const staff = followWith(connect(app.cookies), WITH_RECORDS, sessionId, after);
    const phone = followWith(
      connect(await participantCookies(fixture.participantIds[0]!, sessionId)),
      WITH_RECORDS,
      sessionId,
      after,
    );
    const ok = app.ok.bind(app);

    await ok(`mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`, {
      input: { sessionId, title: 'Verkeer' },
    });
    const challenge = await addChallenge('De oversteek bij de school heeft geen licht', sessionId);
    const setStatus = (status: string) =>
      ok(`mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`, {
        input: { challengeId: challenge, status },
      });
    await setStatus('HIDDEN');
    await setStatus('VISIBLE');
    const idea = (
      await ok<{ createIdea: { idea: { id: string } } }>(
        `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`,
        { input: { challengeId: challenge, text: 'Een zebrapad met lampen', language: 'nl' } },
      )
    ).createIdea.idea.id;
    const round = (
      await ok<{ openVotingRound: { round: { id: string } } }>(
        `mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }`,
        { input: { sessionId, title: 'Wat eerst?', target: 'CHALLENGES', dotsPerParticipant: 3 } },
      )
    ).openVotingRound.round.id;
    const digital = (
      await ok<{ castVote: { vote: { id: string } } }>(
        `mutation ($input: CastVoteInput!) { castVote(input: $input) { vote { id } } }`,
        { input: { roundId: round, participantId: fixture.participantIds[1], challengeId: challenge, dots: 2 } },
      )
    ).castVote.vote.id;
    const paper = (
      await ok<{ recordPaperVotes: { vote: { id: string } } }>(
        `mutation ($input: RecordPaperVotesInput!) { recordPaperVotes(input: $input) { vote { id } } }`,
        { input: { roundId: round, challengeId: challenge, dots: 3 } },
      )
    ).recordPaperVotes.vote.id;
    await ok(`mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { id } } }`, {
      input: { roundId: round },
    });
    await ok(`mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }`, {
      input: { sessionId, status: 'CLOSED' },
    });

    const text = 'De oversteek bij de school heeft geen licht';
    const shown = (dotCount: number, ideas: number) => ({
      id: challenge,
      text,
      status: 'VISIBLE',
      dotCount,
      ideas: { totalCount: ideas },
    });
    const tallied = (dots: number) => [{ dots, challenge: { id: challenge } }];
    const session = (status: string, openVotingRound: { id: string } | null) => ({
      id: sessionId,
      status,
      currentPhase: null,
      themes: [{ title: 'Verkeer' }],
      openVotingRound,
    });
    const expected = (hiddenIsShown: boolean): Partial<WithRecords>[] => [
      { type: T.THEME_CREATED, challenge: null, session: session('LIVE', null) },
      { type: T.CHALLENGE_CREATED, challenge: shown(0, 0), session: null },
      {
        type: T.CHALLENGE_STATUS_CHANGED,
        challengeId: challenge,
        status: 'HIDDEN',
        challenge: hiddenIsShown ? { ...shown(0, 0), status: 'HIDDEN' } : null,
      },
      { type: T.CHALLENGE_STATUS_CHANGED, status: 'VISIBLE', challenge: shown(0, 0) },
      {
        type: T.IDEA_CREATED,
        idea: { id: idea, text: 'Een zebrapad met lampen', dotCount: 0 },
        challenge: shown(0, 1),
      },
      {
        type: T.VOTING_ROUND_OPENED,
        round: { id: round, status: 'OPEN', tallies: [] },
        session: session('LIVE', { id: round }),
      },
      { type: T.VOTE_CAST, challenge: shown(2, 1), round: { id: round, status: 'OPEN', tallies: tallied(2) } },
      {
        type: T.PAPER_VOTES_RECORDED,
        challenge: shown(5, 1),
        round: { id: round, status: 'OPEN', tallies: tallied(5) },
      },
      {
        type: T.VOTING_ROUND_CLOSED,
        round: { id: round, status: 'CLOSED', tallies: tallied(5) },
        session: session('LIVE', null),
      },
      { type: T.SESSION_STATUS_CHANGED, session: session('CLOSED', null) },
    ];
    expect(await staff.waitFor(10)).toMatchObject(expected(true));
    // The phone is told that something was hidden, never what.
    expect(await phone.waitFor(10)).toMatchObject(expected(false));
    // Asked with `onlyOwnChanges`, the challenge comes when it changed itself, not for a new idea or a dot: a screen
    // takes those from the idea and the dot count (the phone's board follows so).
    const ownExpected = (hiddenIsShown: boolean) => [
      [T.THEME_CREATED, null],
      [T.CHALLENGE_CREATED, challenge],
      [T.CHALLENGE_STATUS_CHANGED, hiddenIsShown ? challenge : null],
      [T.CHALLENGE_STATUS_CHANGED, challenge],
      [T.IDEA_CREATED, null],
      [T.VOTING_ROUND_OPENED, null],
      [T.VOTE_CAST, null],
      [T.PAPER_VOTES_RECORDED, null],
      [T.VOTING_ROUND_CLOSED, null],
      [T.SESSION_STATUS_CHANGED, null],
    ];
    expect(ownChanges(staff.events)).toEqual(ownExpected(true));
    expect(ownChanges(phone.events)).toEqual(ownExpected(false));
    // So does the round: when it opens and closes, not for a vote, which comes as the vote itself.
    const votesExpected = [
      ...Array.from({ length: 5 }, () => [null, null]),
      [round, null],
      [null, { id: digital, dots: 2 }],
      [null, { id: paper, dots: 3 }],
      [round, null],
      [null, null],
    ];
    for (const follower of [staff, phone]) {
      expect(follower.events.map((event) => [event.ownRound?.id ?? null, event.vote])).toEqual(votesExpected);
    }
    expect(JSON.stringify(phone.events[2])).not.toContain('oversteek');
    expect([...staff.errors, ...phone.errors]).toEqual([]);
    staff.stop();
    phone.stop();
  });

  it("should announce each change to a session's strategies with the strategies as they are now", async () => {
    const fixture = await createBoardFixture(app.orm, 'Live strategies project');
    const sessionId = fixture.sessionId;
    const query = /* GraphQL */ `
      subscription ($sessionId: ID!, $after: String) {
        sessionEvents(sessionId: $sessionId, after: $after) {
          type
          session {
            strategies {
              title
              status
              actions {
                what
              }
            }
          }
        }
      }
    `;
    const staff = followWith(connect(app.cookies), query, sessionId, await cursorOf(sessionId));
    const strategy = (
      await app.ok<{ createStrategy: { strategy: { id: string } } }>(
        `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { strategy { id } } }`,
        { input: { sessionId, title: 'Licht in het park' } },
      )
    ).createStrategy.strategy.id;
    await app.ok(`mutation ($input: AddStrategyActionInput!) { addStrategyAction(input: $input) { action { id } } }`, {
      input: { strategyId: strategy, what: 'Lampen plaatsen', who: 'Stad', due: 'Voorjaar' },
    });
    await app.ok(`mutation ($input: SubmitStrategyInput!) { submitStrategy(input: $input) { strategy { id } } }`, {
      input: { strategyId: strategy },
    });
    const events = (await staff.waitFor(3)) as unknown as {
      type: T;
      session: { strategies: { title: string; status: string; actions: { what: string }[] }[] };
    }[];
    expect(events).toEqual([
      park('DRAFT', []),
      park('DRAFT', ['Lampen plaatsen']),
      park('SUBMITTED', ['Lampen plaatsen']),
    ]);
    staff.stop();
  });

  it("should read an event's records once for everyone following the session, participants and staff alike", async () => {
    const fixture = await createBoardFixture(app.orm, 'Live sharing project', 6);
    const sessionId = fixture.sessionId;
    const query = WITH_RECORDS;
    // Statements the app runs for one new challenge, with `phones` participants and `staff` members following.
    const [project] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ promoter_id: string }[]>('select promoter_id from project where id = ?', [fixture.projectId]);
    const colleague = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [project!.promoter_id],
      projectIds: [fixture.projectId],
    });
    const staffCookies = [app.cookies, colleague.cookies];
    const statementsWith = async (phones: number, staff: number) => {
      const after = await cursorOf(sessionId);
      const followers = [
        ...(await Promise.all(
          fixture.participantIds
            .slice(0, phones)
            .map(async (id) => followWith(connect(await participantCookies(id, sessionId)), query, sessionId, after)),
        )),
        ...staffCookies.slice(0, staff).map((cookies) => followWith(connect(cookies), query, sessionId, after)),
      ];
      // Everyone is attached once the first change reached them (from the log); the second one is announced live.
      await addChallenge('Om te beginnen', sessionId);
      await Promise.all(followers.map((follower) => follower.waitFor(1)));
      await sleep(200);
      app.resetQueries();
      await addChallenge('Iedereen ziet dit', sessionId);
      const events = await Promise.all(followers.map(async (follower) => (await follower.waitFor(2))[1]));
      await sleep(200);
      const count = app.queries.length;
      for (const follower of followers) follower.stop();
      return { count, events };
    };
    // A room of phones shares one resolution; staff resolve the event for themselves (they reach other projects),
    // from the same records: the projector and the cockpit cost no statement more than the phones.
    const one = await statementsWith(1, 0);
    const six = await statementsWith(6, 0);
    expect(six.events.map((event) => event?.challenge?.text)).toEqual(Array(6).fill('Iedereen ziet dit'));
    expect(six.count).toBe(one.count);
    const room = await statementsWith(6, 2);
    expect(room.events.map((event) => event?.challenge?.text)).toEqual(Array(8).fill('Iedereen ziet dit'));
    expect(room.count).toBe(one.count);
  });

  it('should read the idea and the challenge an event names with their dot counts and translations, one statement each, and not where the session lives', async () => {
    const fixture = await createBoardFixture(app.orm, 'Live figures project');
    const sessionId = fixture.sessionId;
    const challenge = await addChallenge('Geen bankjes op het plein', sessionId);
    const idea = (
      await app.ok<{ createIdea: { idea: { id: string } } }>(
        `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`,
        { input: { challengeId: challenge, text: 'Bankjes in de schaduw', language: 'nl' } },
      )
    ).createIdea.idea.id;
    const query = /* GraphQL */ `
      subscription ($sessionId: ID!, $after: String) {
        sessionEvents(sessionId: $sessionId, after: $after) {
          idea {
            dotCount
            translations {
              language
              text
            }
          }
          challenge {
            dotCount
            translations {
              language
              text
            }
          }
        }
      }
    `;
    interface Named {
      dotCount: number;
      translations: { language: string; text: string }[];
    }
    const events: { idea: Named | null; challenge: Named | null }[] = [];
    const phone = connect(await participantCookies(fixture.participantIds[0]!, sessionId));
    const stop = phone.subscribe<{ sessionEvents: (typeof events)[number] }>(
      { query, variables: { sessionId, after: await cursorOf(sessionId) } },
      {
        next: (result) => void (result.data && events.push(result.data.sessionEvents)),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await sleep(300);
    app.resetQueries();
    await app.ok(`mutation ($input: SetIdeaTranslationInput!) { setIdeaTranslation(input: $input) { idea { id } } }`, {
      input: { ideaId: idea, language: 'en', text: 'Benches in the shade' },
    });
    await app.ok(
      `mutation ($input: SetChallengeTranslationInput!) { setChallengeTranslation(input: $input) { challenge { id } } }`,
      { input: { challengeId: challenge, language: 'en', text: 'No benches on the square' } },
    );
    await vi.waitFor(() => expect(events).toHaveLength(2), { timeout: 10_000 });
    stop();
    expect(events).toEqual([
      { idea: { dotCount: 0, translations: [{ language: 'en', text: 'Benches in the shade' }] }, challenge: null },
      { idea: null, challenge: { dotCount: 0, translations: [{ language: 'en', text: 'No benches on the square' }] } },
    ]);
    const statements = app.queries.map((sql) => sql.replace(/\s+/g, ' '));
    // Each record with what the screens show of it in one statement; no statement for a figure or a text alone.
    for (const table of ['idea', 'challenge']) {
      expect(statements.filter((sql) => sql.includes(`from "${table}" t where t.id in`))).toEqual([
        expect.stringMatching(/sum\(v\.dots\).*text_translation/),
      ]);
    }
    expect(statements.filter((sql) => /from vote v where v\.(idea|challenge)_id in/.test(sql))).toEqual([]);
    expect(statements.filter((sql) => /^select subject_id, .* from text_translation/.test(sql.trim()))).toEqual([]);
    // Nor where the session lives, for each event: that was read once, when the phone subscribed.
    expect(statements.filter((sql) => /from session where id in/.test(sql))).toEqual([]);
  });

  describe('with two API processes on one database', () => {
    let second: { app: App; orm: MikroORM; limits: RateLimits; url: string };

    beforeAll(async () => {
      const url = String(app.orm.config.get('clientUrl'));
      const orm = await initOrm({ url });
      const limits = createRateLimits(url);
      const other = await createApp({
        orm,
        schema: await buildAppSchema(),
        logger: createLogger('silent'),
        limits,
        config: { NODE_ENV: 'test', WEB_DIST: '/nonexistent', TRUST_PROXY: false },
      });
      const port = await other.listen(0, '127.0.0.1');
      second = { app: other, orm, limits, url: `http://127.0.0.1:${port}` };
    });

    let stopped = false;

    afterAll(async () => {
      if (!stopped) await second?.app.stop();
      await second?.limits.close();
      await second?.orm.close();
    });

    it('should reach a subscriber of one process when a mutation is made on the other', async () => {
      const after = await cursorOf(board.sessionId);
      const onSecond = follow(connect(app.cookies, second.url), board.sessionId, after);
      const onFirst = follow(
        connect(await participantCookies(board.participantIds[2]!, board.sessionId)),
        board.sessionId,
        after,
      );
      // Made through the first process: its HTTP API.
      const made = await addChallenge('Over twee processen');
      // And one made through the second process.
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: [...app.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body: JSON.stringify({
          query: CREATE_CHALLENGE,
          variables: { input: { sessionId: board.sessionId, text: 'Via het tweede proces', language: 'nl' } },
        }),
      });
      const viaSecond = ((await response.json()) as { data: { createChallenge: { challenge: { id: string } } } }).data
        .createChallenge.challenge.id;
      for (const follower of [onSecond, onFirst]) {
        const events = await follower.waitFor(2);
        expect(events.map((event) => event.challengeId)).toEqual([made, viaSecond]);
        expectConsecutive(events, Number(after));
        follower.stop();
      }
    });

    it('should end its subscriptions when a process stops, and a client picks up on the other after its cursor', async () => {
      const after = await cursorOf(board.sessionId);
      const onSecond = follow(connect(app.cookies, second.url), board.sessionId, after);
      const before = await addChallenge('Voor het stoppen');
      const [seen] = await onSecond.waitFor(1);
      const stopping = performance.now();
      await second.app.stop();
      stopped = true;
      expect(performance.now() - stopping).toBeLessThan(5_000);
      expect((await onSecond.waitForError()).message).toMatch(/closed 1001/);

      const missed = await addChallenge('Terwijl het tweede proces weg is');
      const onFirst = follow(connect(app.cookies), board.sessionId, seen!.cursor);
      const events = await onFirst.waitFor(1);
      expect(events.map((event) => event.challengeId)).toEqual([missed]);
      expect(seen!.challengeId).toBe(before);
      onFirst.stop();
    });
  });
});
