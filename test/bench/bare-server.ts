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
  enum SessionStatus { DRAFT SCHEDULED LIVE CLOSED REVIEWED }
  enum PhaseKind { WELCOME CHALLENGES CLUSTERING IDEAS VOTING STRATEGIES EVALUATION }
  enum VoteTarget { CHALLENGES IDEAS }
  type Query { session(id: ID!): Session! }
  type Session {
    id: ID!
    title: String!
    status: SessionStatus!
    currentPhase: AgendaPhase
    agenda: [AgendaPhase!]!
    openVotingRound: VotingRound
    themes: [Theme!]!
    challenges(first: Int, after: String): ChallengeConnection!
  }
  type AgendaPhase { id: ID! position: Int! kind: PhaseKind! title: String! }
  type VotingRound {
    id: ID!
    title: String!
    target: VoteTarget!
    dotsPerParticipant: Int!
    dotsUsedBy(participantId: ID!): Int!
  }
  type Theme { id: ID! position: Int! title: String! }
  type Translation { language: String! text: String! }
  type ChallengeConnection { totalCount: Int! edges: [ChallengeEdge!]! }
  type ChallengeEdge { node: Challenge! }
  type Challenge {
    id: ID!
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

async function session(id: string, viewer: Viewer) {
  if (id !== viewer.sessionId)
    throw new GraphQLError('You do not have access to this.', { extensions: { code: 'FORBIDDEN' } });
  const [sessions, agenda, themes, rounds] = await Promise.all([
    pool.query(`select id, title, status, current_phase_id from session where id = $1`, [id]),
    pool.query(`select id, position, kind, title from agenda_phase where session_id = $1 order by position, id`, [id]),
    pool.query(`select id, position, title from theme where session_id = $1 order by position, id`, [id]),
    pool.query(
      `select r.id, r.title, r.target, r.dots_per_participant,
              coalesce((select sum(v.dots) from vote v where v.round_id = r.id and v.participant_id = $2), 0)::int as used
         from voting_round r where r.session_id = $1 and r.status = 'OPEN'`,
      [id, viewer.participantId],
    ),
  ]);
  const row = sessions.rows[0];
  if (!row) throw new GraphQLError('That session does not exist.', { extensions: { code: 'NOT_FOUND' } });
  const phases = agenda.rows.map((phase) => ({ ...phase }));
  const round = rounds.rows[0];
  const ideas = ideaPages(100);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    currentPhase: phases.find((phase) => phase.id === row.current_phase_id) ?? null,
    agenda: phases,
    themes: themes.rows,
    openVotingRound: round && {
      id: round.id,
      title: round.title,
      target: round.target,
      dotsPerParticipant: round.dots_per_participant,
      dotsUsedBy: ({ participantId }: { participantId: string }) =>
        participantId === viewer.participantId ? round.used : 0,
    },
    challenges: async ({ first }: { first?: number }) => {
      const { rows } = await pool.query(
        `select c.id, c.text, c.language, ${translationsOf('CHALLENGE_TEXT', 'c')} as translations, c.theme_id, ${CHALLENGE_DOTS} as dots,
                count(*) over ()::int as total
           from challenge c
          where c.session_id = $1 and c.status = 'VISIBLE'
          order by c.created_at, c.id
          limit $2`,
        [id, first ?? 50],
      );
      return {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((challenge) => ({
          node: {
            id: challenge.id,
            text: challenge.text,
            language: challenge.language,
            translations: challenge.translations,
            dotCount: challenge.dots,
            theme: challenge.theme_id ? themes.rows.find((theme) => theme.id === challenge.theme_id) : null,
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
