import type { Context } from '../../core/context.js';
import type { EntityManager } from '../../core/orm.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';

// What a session's board holds besides what was made in it: the themes, challenges and ideas carried into it from
// earlier sessions (or from between sessions). Other features ask here whether an item is on a board; this file
// reads only ids, so that it depends on no other feature's entities.

export interface CarriedIds {
  themes: Set<string>;
  challenges: Set<string>;
  ideas: Set<string>;
  // The themes the carried challenges sit under, carried or not: a challenge carried on its own still names its theme.
  themesOfChallenges: Set<string>;
}

const empty = (): CarriedIds => ({
  themes: new Set(),
  challenges: new Set(),
  ideas: new Set(),
  themesOfChallenges: new Set(),
});

// The ids carried into each of the given sessions, each set in the order carried; one statement.
export async function carriedIdsOf(em: EntityManager, sessionIds: readonly string[]): Promise<Map<string, CarriedIds>> {
  const valid = [...new Set(sessionIds.filter(isUuid))];
  const result = new Map<string, CarriedIds>(sessionIds.map((id) => [id, empty()]));
  if (!valid.length) return result;
  const rows = await em.getConnection().execute<
    {
      session_id: string;
      theme_id: string | null;
      challenge_id: string | null;
      idea_id: string | null;
      challenge_theme_id: string | null;
    }[]
  >(
    `select t.session_id, t.theme_id, t.challenge_id, t.idea_id, c.theme_id as challenge_theme_id
       from carried_item t left join challenge c on c.id = t.challenge_id
       where t.session_id in (${placeholders(valid)}) order by t.created_at, t.id`,
    valid,
  );
  for (const row of rows) {
    const ids = result.get(row.session_id);
    if (!ids) continue;
    if (row.theme_id) ids.themes.add(row.theme_id);
    if (row.challenge_id) ids.challenges.add(row.challenge_id);
    if (row.idea_id) ids.ideas.add(row.idea_id);
    if (row.challenge_theme_id) ids.themesOfChallenges.add(row.challenge_theme_id);
  }
  return result;
}

// What was carried into a session, read once per request by whoever asks (the guard for a participant's board, the
// themes of a carried board): one statement for all sessions asked for in one turn.
export function carriedIntoSession(ctx: Pick<Context, 'em' | 'loaders'>, sessionId: string): Promise<CarriedIds> {
  return ctx.loaders
    .custom<CarriedIds>('carried-into', async (ids) => {
      const byId = await carriedIdsOf(ctx.em, ids);
      return ids.map((id) => byId.get(id) ?? empty());
    })
    .load(sessionId);
}

export async function carriedIds(em: EntityManager, sessionId: string): Promise<CarriedIds> {
  return (await carriedIdsOf(em, [sessionId])).get(sessionId) ?? empty();
}

interface Placed {
  id: string;
  session: { id: string } | null;
}

// A theme is on a session's board when it was made there or carried into it.
export async function themeOnBoard(em: EntityManager, sessionId: string, theme: Placed): Promise<boolean> {
  return theme.session?.id === sessionId || (await carriedIds(em, sessionId)).themes.has(theme.id);
}

// A challenge is on a session's board when it was raised there or carried into it.
export async function challengeOnBoard(em: EntityManager, sessionId: string, challenge: Placed): Promise<boolean> {
  return challenge.session?.id === sessionId || (await carriedIds(em, sessionId)).challenges.has(challenge.id);
}

// An idea is on a session's board when it was made there, was carried into it, or answers a challenge that is on it
// (a carried challenge brings its ideas).
export async function ideaOnBoard(
  em: EntityManager,
  sessionId: string,
  idea: Placed & { challenge: { id: string } },
  challenge: Placed,
): Promise<boolean> {
  if (idea.session?.id === sessionId || challenge.session?.id === sessionId) return true;
  const carried = await carriedIds(em, sessionId);
  return carried.ideas.has(idea.id) || carried.challenges.has(challenge.id);
}
