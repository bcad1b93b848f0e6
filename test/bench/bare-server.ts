// The yardstick of `bench:board`: the participant's board served by a bare graphql-js + pg server with hand-written
// SQL, as a developer would write it for this one screen. The same authorization lookup as the real server (the
// login cookie's hash, unexpired, a participant's login; the participant reads only their own session, and only what
// is visible), parsed and validated documents kept by their text (as Apollo Server does), the same JSON.
//
// Started by bench/board.ts with PORT and DATABASE_URL; answers POST /graphql and GET /healthz, nothing else.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { GraphQLError, buildSchema, execute, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { Pool } from 'pg';

const PORT = Number(process.env.PORT);
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const LOGIN_COOKIE = 'samenspraak_login';

// Only what the board asks for.
const schema = buildSchema(`
  scalar DateTimeISO
  enum SessionStatus { CLOSED DRAFT LIVE REVIEWED SCHEDULED }
  enum PhaseKind { BREAK CHALLENGES CLUSTERING EVALUATION FREE IDEAS INPUT QUESTIONNAIRE SMALL_GROUPS STRATEGIES VOTING WELCOME }
  enum QuestionnaireWave { POST PRE SESSION_END }
  enum VoteTarget { CHALLENGES IDEAS }
  type Query { session(id: ID!): Session! }
  type Session {
    id: ID!
    title: String!
    status: SessionStatus!
    currentPhase: AgendaPhase
    agenda: [AgendaPhase!]!
    openVotingRound: VotingRound
    themes(includeCarried: Boolean = false): [Theme!]!
    challenges(first: Int, after: String, includeCarried: Boolean = false): ChallengeConnection!
  }
  type AgendaPhase {
    id: ID!
    position: Int!
    kind: PhaseKind!
    title: String!
    endsAt: DateTimeISO
    questionnaireWave: QuestionnaireWave
  }
  type VotingRound {
    id: ID!
    title: String!
    target: VoteTarget!
    dotsPerParticipant: Int!
    dotsUsedBy(participantId: ID!): Int!
  }
  type ContributionOrigin { sessionId: ID sessionTitle: String betweenSessions: Boolean! }
  type Theme { id: ID! position: Int! title: String! origin: ContributionOrigin! }
  type Translation { language: String! text: String! }
  type ChallengeConnection { totalCount: Int! edges: [ChallengeEdge!]! }
  type ChallengeEdge { node: Challenge! }
  type Challenge {
    id: ID!
    createdAt: DateTimeISO!
    origin: ContributionOrigin!
    text: String!
    language: String!
    translations: [Translation!]!
    dotCount: Int!
    theme: Theme
    ideas(first: Int): IdeaConnection!
  }
  type IdeaConnection { totalCount: Int! edges: [IdeaEdge!]! }
  type IdeaEdge { node: Idea! }
  type Idea { id: ID! text: String! language: String! translations: [Translation!]! dotCount: Int! }
`);

interface Viewer {
  participantId: string;
  sessionId: string;
}

const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
function documentOf(query: string): DocumentNode | readonly GraphQLError[] {
  let document = documents.get(query);
  if (!document) {
    try {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length ? errors : parsed;
    } catch (error) {
      document = [error as GraphQLError];
    }
    documents.set(query, document);
  }
  return document;
}

async function viewerOf(cookieHeader: string | undefined): Promise<Viewer | undefined> {
  const token = cookieHeader
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOGIN_COOKIE)?.[1];
  if (!token) return undefined;
  const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
  const { rows } = await pool.query<{ participant_id: string; session_id: string }>(
    `select participant_id, session_id from login_session
      where token_hash = $1 and expires_at > now() and kind = 'PARTICIPANT'`,
    [hash],
  );
  const row = rows[0];
  return row && { participantId: row.participant_id, sessionId: row.session_id };
}

// Translations live in text_translation (one row per text and language), in the order the API gives them.
const translationsOf = (field: string, alias: string) =>
  `coalesce((select json_agg(json_build_object('language', t.language, 'text', t.text) order by t.language, t.id)
               from text_translation t where t.field = '${field}' and t.subject_id = ${alias}.id), '[]'::json)`;

const CHALLENGE_DOTS = `coalesce((select sum(v.dots) from vote v where v.challenge_id = c.id), 0)::int
  + coalesce((select sum(v.dots) from challenge m join vote v on v.challenge_id = m.id where m.merged_into_id = c.id), 0)::int`;

// The ideas of many challenges at once: the challenges of one page call `ideas` in one synchronous pass of graphql-js,
// so a batch collected until the next microtask holds them all.
function ideaPages(first: number) {
  const waiting = new Map<string, ((page: unknown) => void)[]>();
  let scheduled = false;
  return (challengeId: string) =>
    new Promise((resolve, reject) => {
      waiting.set(challengeId, [...(waiting.get(challengeId) ?? []), resolve]);
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        const ids = [...waiting.keys()];
        pool
          .query<{
            challenge_id: string;
            id: string;
            text: string;
            language: string;
            translations: { language: string; text: string }[];
            dots: number;
            total: number;
          }>(
            `select p.id as challenge_id, i.id, i.text, i.language, i.translations, i.dots, i.total
               from unnest($1::uuid[]) as p(id)
              cross join lateral (
                    select i.id, i.text, i.language, ${translationsOf('IDEA_TEXT', 'i')} as translations, i.created_at,
                           coalesce((select sum(v.dots) from vote v where v.idea_id = i.id), 0)::int as dots,
                           count(*) over ()::int as total
                      from idea i
                     where i.challenge_id = p.id and i.status = 'VISIBLE'
                     order by i.created_at, i.id
                     limit $2) i
              order by p.id, i.created_at, i.id`,
            [ids, first],
          )
          .then(({ rows }) => {
            for (const id of ids) {
              const mine = rows.filter((row) => row.challenge_id === id);
              const page = {
                totalCount: mine[0]?.total ?? 0,
                edges: mine.map((row) => ({
                  node: {
                    id: row.id,
                    text: row.text,
                    language: row.language,
                    translations: row.translations,
                    dotCount: row.dots,
                  },
                })),
              };
              for (const done of waiting.get(id) ?? []) done(page);
            }
          }, reject);
      });
    });
}

// Where an item was made: its session, or between sessions (through a call of the project) when it has none.
const originOf = (sessionId: string | null, sessionTitle: string | null) => ({
  sessionId,
  sessionTitle,
  betweenSessions: sessionId === null,
});

// A session's board: what was made in it, and what was carried into it from earlier sessions (carried_item).
// Themes: the carried ones first, in the order carried, then its own in board order.
const BOARD_THEMES = `
  select t.id, t.position, t.title, t.session_id, s.title as session_title
    from (select ci.theme_id as id, 0 as part, ci.created_at, ci.id as carried_id
            from carried_item ci where ci.session_id = $1 and ci.theme_id is not null and $2
          union all
          select own.id, 1, null, null from theme own where own.session_id = $1) b
    join theme t on t.id = b.id
    join session s on s.id = t.session_id
   order by b.part, b.created_at, b.carried_id, t.position, t.id`;

// Challenges: the visible ones raised in it or carried into it, in the order they were raised, the first $3, with the
// length of the whole list; each with its dots over all rounds, those of challenges merged into it included.
const BOARD_CHALLENGES = `
  select c.id, c.created_at, c.text, c.language, ${translationsOf('CHALLENGE_TEXT', 'c')} as translations, c.theme_id,
         ${CHALLENGE_DOTS} as dots, c.session_id, s.title as session_title, count(*) over ()::int as total
    from (select own.id from challenge own where own.session_id = $1
          union all
          select ci.challenge_id from carried_item ci where ci.session_id = $1 and ci.challenge_id is not null and $2) b
    join challenge c on c.id = b.id
    left join session s on s.id = c.session_id
   where c.status = 'VISIBLE'
   order by c.created_at, c.id
   limit $3`;

interface PhaseRow {
  id: string;
  position: number;
  kind: string;
  title: string;
  questionnaire_wave: string | null;
  running_since: Date | null;
  duration_minutes: number;
  spent_seconds: number;
}

async function session(id: string, viewer: Viewer) {
  if (id !== viewer.sessionId)
    throw new GraphQLError('You do not have access to this.', { extensions: { code: 'FORBIDDEN' } });
  const [sessions, agenda, rounds] = await Promise.all([
    pool.query(`select id, title, status, current_phase_id from session where id = $1`, [id]),
    pool.query<PhaseRow>(
      `select id, position, kind, title, questionnaire_wave, running_since, duration_minutes, spent_seconds
         from agenda_phase where session_id = $1 order by position, id`,
      [id],
    ),
    pool.query(
      `select r.id, r.title, r.target, r.dots_per_participant,
              coalesce((select sum(v.dots) from vote v where v.round_id = r.id and v.participant_id = $2), 0)::int as used
         from voting_round r where r.session_id = $1 and r.status = 'OPEN'`,
      [id, viewer.participantId],
    ),
  ]);
  const row = sessions.rows[0];
  if (!row) throw new GraphQLError('That session does not exist.', { extensions: { code: 'NOT_FOUND' } });
  const phases = agenda.rows.map((phase) => ({
    id: phase.id,
    position: phase.position,
    kind: phase.kind,
    title: phase.title,
    questionnaireWave: phase.questionnaire_wave,
    // While it runs: when its time box is used up.
    endsAt:
      phase.running_since &&
      new Date(
        phase.running_since.getTime() + (phase.duration_minutes * 60 - phase.spent_seconds) * 1000,
      ).toISOString(),
  }));
  const round = rounds.rows[0];
  const ideas = ideaPages(100);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    currentPhase: phases.find((phase) => phase.id === row.current_phase_id) ?? null,
    agenda: phases,
    openVotingRound: round && {
      id: round.id,
      title: round.title,
      target: round.target,
      dotsPerParticipant: round.dots_per_participant,
      dotsUsedBy: ({ participantId }: { participantId: string }) =>
        participantId === viewer.participantId ? round.used : 0,
    },
    themes: async ({ includeCarried }: { includeCarried: boolean }) => {
      const { rows } = await pool.query(BOARD_THEMES, [id, includeCarried]);
      return rows.map((theme) => ({
        id: theme.id,
        position: theme.position,
        title: theme.title,
        origin: originOf(theme.session_id, theme.session_title),
      }));
    },
    challenges: async ({ first, includeCarried }: { first?: number; includeCarried: boolean }) => {
      const { rows } = await pool.query(BOARD_CHALLENGES, [id, includeCarried, first ?? 50]);
      return {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((challenge) => ({
          node: {
            id: challenge.id,
            createdAt: (challenge.created_at as Date).toISOString(),
            origin: originOf(challenge.session_id, challenge.session_title),
            text: challenge.text,
            language: challenge.language,
            translations: challenge.translations,
            dotCount: challenge.dots,
            // Only its id is asked for: a carried challenge names its theme even when that theme was not carried.
            theme: challenge.theme_id ? { id: challenge.theme_id } : null,
            ideas: ({ first: ideasFirst }: { first?: number }) =>
              ideasFirst === 100 ? ideas(challenge.id) : ideaPages(ideasFirst ?? 50)(challenge.id),
          },
        })),
      };
    },
  };
}

async function answer(body: string, cookie: string | undefined): Promise<ExecutionResult> {
  const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
  const document = documentOf(query);
  if (!('kind' in document)) return { errors: document };
  const viewer = await viewerOf(cookie);
  if (!viewer) return { errors: [new GraphQLError('Please sign in, or join a session, first.')] };
  return execute({
    schema,
    document,
    variableValues: variables ?? {},
    rootValue: { session: ({ id }: { id: string }) => session(id, viewer) },
  });
}

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/healthz') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (request.method !== 'POST' || request.url !== '/graphql') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8'), request.headers.cookie).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(`${JSON.stringify(result)}\n`);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});
server.listen(PORT, '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
