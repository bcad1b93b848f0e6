import type { ApolloCache, Reference } from '@apollo/client';

// Changes to a board that a record alone cannot make in the cache: which of a session's stored lists of challenges
// hold a challenge now. Used for live events and for the answers to one's own changes, so that both move a screen
// the same way. Each function is idempotent: an event seen twice (after a reconnect) changes nothing the second time.

type Edge = { __typename?: string; cursor?: string; node: Reference };
type StoredConnection = { edges?: readonly Edge[]; totalCount?: number } & Record<string, unknown>;

const VISIBLE = 'VISIBLE';

// A list asked with `includeHidden: true` (the facilitator's board) holds every challenge of the session, hidden
// and merged ones too; any other list (a participant's board, the projector's) only the visible ones, as the server
// answers them.
const holdsEveryStatus = (storeFieldName: string): boolean => storeFieldName.includes('"includeHidden":true');

const sessionId = (cache: ApolloCache, id: string): string | undefined => cache.identify({ __typename: 'Session', id });

// Puts a challenge into, or takes it out of, each stored list of its session's challenges: in every list that should
// hold it (by its status; null when it is gone or the reader may not see it), in the order the server keeps
// (oldest first), and out of the others.
export function placeChallenge(cache: ApolloCache, session: string, challengeId: string, status: string | null): void {
  const id = sessionId(cache, session);
  if (!id) return;
  cache.modify<Record<string, unknown>>({
    id,
    fields: {
      challenges(existing, { storeFieldName, readField, toReference }) {
        const list = existing as StoredConnection | undefined;
        if (!list?.edges) return existing;
        const wanted = status !== null && (status === VISIBLE || holdsEveryStatus(storeFieldName));
        const at = list.edges.findIndex((edge) => readField<string>('id', edge.node) === challengeId);
        if (wanted === at >= 0) return existing;
        const count = typeof list.totalCount === 'number' ? list.totalCount : undefined;
        if (!wanted) {
          return {
            ...list,
            edges: list.edges.filter((_, i) => i !== at),
            ...(count !== undefined ? { totalCount: Math.max(0, count - 1) } : {}),
          };
        }
        const node = toReference({ __typename: 'Challenge', id: challengeId });
        if (!node) return existing;
        const createdAt = readField<string>('createdAt', node);
        const later = (edge: Edge) => {
          const other = readField<string>('createdAt', edge.node);
          return !!createdAt && !!other && other > createdAt;
        };
        const before = list.edges.findIndex(later);
        const edge: Edge = { __typename: 'ChallengeEdge', cursor: challengeId, node };
        const edges =
          before < 0 ? [...list.edges, edge] : [...list.edges.slice(0, before), edge, ...list.edges.slice(before)];
        return { ...list, edges, ...(count !== undefined ? { totalCount: count + 1 } : {}) };
      },
    },
  });
}

// Changes each stored list in one field of a cached record (a challenge's ideas, a round's votes): `change` gets the
// list, where the item is in it (-1: not there) and a way to the item's reference, and returns the list as it should
// be, or undefined to leave it.
type Item = { __typename: string; id: string };
type StoredList = StoredConnection & { edges: readonly Edge[] };
function changeStoredLists(
  cache: ApolloCache,
  owner: Item,
  field: string,
  item: Item,
  change: (list: StoredList, at: number, reference: () => Reference | undefined) => StoredConnection | undefined,
): void {
  const id = cache.identify(owner);
  if (!id) return;
  cache.modify<Record<string, unknown>>({
    id,
    fields: {
      [field](existing: unknown, { readField, toReference }) {
        const list = existing as StoredConnection | undefined;
        if (!list?.edges) return existing;
        const at = list.edges.findIndex((edge) => readField<string>('id', edge.node) === item.id);
        return change({ ...list, edges: list.edges }, at, () => toReference(item)) ?? existing;
      },
    },
  });
}

const challengeOf = (challengeId: string): Item => ({ __typename: 'Challenge', id: challengeId });
const ideaOf = (ideaId: string): Item => ({ __typename: 'Idea', id: ideaId });

// A new idea joins the stored lists of its challenge's ideas, at the end (the server lists them oldest first), as the
// server would answer them: a list that holds only the first of the challenge's ideas (fewer than its count) would
// not show the newest, and only counts it.
export function placeIdea(cache: ApolloCache, challengeId: string, ideaId: string): void {
  changeStoredLists(cache, challengeOf(challengeId), 'ideas', ideaOf(ideaId), (list, at, reference) => {
    const node = at < 0 ? reference() : undefined;
    if (!node) return undefined;
    const count = list.totalCount;
    const partial = typeof count === 'number' && count > list.edges.length;
    return {
      ...list,
      ...(partial ? {} : { edges: [...list.edges, { __typename: 'IdeaEdge', node }] }),
      ...(typeof count === 'number' ? { totalCount: count + 1 } : {}),
    };
  });
}

// An idea the reader may no longer read (a facilitator hid it) leaves the stored lists of its challenge's ideas, each
// counting one fewer.
export function hideIdea(cache: ApolloCache, challengeId: string, ideaId: string): void {
  changeStoredLists(cache, challengeOf(challengeId), 'ideas', ideaOf(ideaId), (list, at) => {
    if (at < 0) return undefined;
    const count = list.totalCount;
    return {
      ...list,
      edges: list.edges.filter((_, i) => i !== at),
      ...(typeof count === 'number' ? { totalCount: Math.max(0, count - 1) } : {}),
    };
  });
}

// A vote joins, or leaves, the stored lists of its round's votes (oldest first, as the server lists them): only a
// screen that keeps them (the cockpit counts them) has any.
export function placeVote(cache: ApolloCache, roundId: string, voteId: string, present: boolean): void {
  const round: Item = { __typename: 'VotingRound', id: roundId };
  changeStoredLists(cache, round, 'votes', { __typename: 'Vote', id: voteId }, (list, at, reference) => {
    if (present === at >= 0) return undefined;
    if (!present) return { ...list, edges: list.edges.filter((_, i) => i !== at) };
    const node = reference();
    return node ? { ...list, edges: [...list.edges, { __typename: 'VoteEdge', node }] } : undefined;
  });
}

// The status of a challenge the reader may no longer read (it was hidden or merged): known from the event, written
// on whatever this device kept of it, so that no list that holds only visible ones keeps it.
export function setChallengeStatus(cache: ApolloCache, challengeId: string, status: string): void {
  const id = cache.identify({ __typename: 'Challenge', id: challengeId });
  if (!id) return;
  cache.modify<Record<string, unknown>>({
    id,
    fields: { status: (current) => (current === undefined ? current : status) },
  });
}

// A theme was deleted: its challenges stay, without a theme.
export function unthemeChallenges(cache: ApolloCache, session: string, themeId: string): void {
  const id = sessionId(cache, session);
  if (!id) return;
  const challengeIds = new Set<string>();
  cache.modify<Record<string, unknown>>({
    id,
    fields: {
      challenges(existing, { readField }) {
        for (const edge of (existing as StoredConnection | undefined)?.edges ?? []) {
          const theme = readField<Reference | null>('theme', edge.node);
          if (theme && readField<string>('id', theme) === themeId) {
            const challengeId = readField<string>('id', edge.node);
            if (challengeId) challengeIds.add(challengeId);
          }
        }
        return existing;
      },
    },
  });
  for (const challengeId of challengeIds) {
    const challenge = cache.identify({ __typename: 'Challenge', id: challengeId });
    if (challenge) cache.modify<Record<string, unknown>>({ id: challenge, fields: { theme: () => null } });
  }
}
