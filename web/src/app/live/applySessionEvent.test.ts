import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo';
import { applySessionEvent, type LiveEvent } from './applySessionEvent';

// A phone's board (visible challenges only) and a facilitator's (hidden and merged ones too), side by side in one
// cache, as the two lists a session can have.
const BOARDS = gql`
  query Boards($id: ID!) {
    session(id: $id) {
      id
      status
      themes {
        id
        title
        position
      }
      openVotingRound {
        id
        title
        dotsUsedBy(participantId: "me")
      }
      visible: challenges(first: 200) {
        totalCount
        edges {
          node {
            ...Note
          }
        }
      }
      all: challenges(first: 200, includeHidden: true) {
        edges {
          node {
            ...Note
          }
        }
      }
    }
  }
  fragment Note on Challenge {
    id
    createdAt
    text
    status
    dotCount
    theme {
      id
    }
  }
`;

const EVENTS = gql`
  subscription Events($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      themeId
      status
      challenge {
        id
        createdAt
        text
        status
        dotCount
        theme {
          id
        }
      }
      session {
        id
        status
        themes {
          id
          title
          position
        }
        openVotingRound {
          id
          title
        }
      }
    }
  }
`;

const note = (id: string, createdAt: string, status = 'VISIBLE', themeId: string | null = null, dotCount = 0) => ({
  __typename: 'Challenge',
  id,
  createdAt,
  text: `Note ${id}`,
  status,
  dotCount,
  theme: themeId ? { __typename: 'Theme', id: themeId } : null,
});

const edges = (...nodes: ReturnType<typeof note>[]) =>
  nodes.map((node) => ({ __typename: 'ChallengeEdge', cursor: node.id, node }));

function boards() {
  const cache = createCache();
  const a = note('a', '2026-11-20T18:00:00Z', 'VISIBLE', 't-1');
  const b = note('b', '2026-11-20T18:05:00Z');
  const hidden = note('h', '2026-11-20T18:02:00Z', 'HIDDEN');
  cache.writeQuery({
    query: BOARDS,
    variables: { id: 's' },
    data: {
      session: {
        __typename: 'Session',
        id: 's',
        status: 'LIVE',
        themes: [{ __typename: 'Theme', id: 't-1', title: 'Safety', position: 0 }],
        openVotingRound: null,
        visible: { __typename: 'ChallengeConnection', totalCount: 2, edges: edges(a, b) },
        all: { __typename: 'ChallengeConnection', edges: edges(a, hidden, b) },
      },
    },
  });
  const read = () => {
    const data = cache.readQuery<{
      session: {
        status: string;
        themes: { id: string }[];
        openVotingRound: { id: string; title: string; dotsUsedBy: number } | null;
        visible: {
          totalCount: number;
          edges: { node: { id: string; status: string; dotCount: number; theme: { id: string } | null } }[];
        };
        all: { edges: { node: { id: string; status: string; dotCount: number; theme: { id: string } | null } }[] };
      };
    }>({ query: BOARDS, variables: { id: 's' } });
    if (!data) throw new Error('the boards are no longer complete in the cache');
    const { session } = data;
    return {
      ...session,
      visibleIds: session.visible.edges.map((edge) => edge.node.id),
      allIds: session.all.edges.map((edge) => edge.node.id),
    };
  };
  let cursor = 0;
  const apply = (event: Partial<LiveEvent> & { type: string; session?: Record<string, unknown> }) => {
    const full = {
      __typename: 'SessionEvent',
      cursor: String(++cursor),
      sessionId: 's',
      challengeId: null,
      challengeIds: null,
      themeId: null,
      status: null,
      challenge: null,
      session: null,
      ...event,
    };
    return applySessionEvent(
      cache,
      { document: EVENTS, variables: { sessionId: 's', after: '0' }, data: { sessionEvents: full } },
      full,
    );
  };
  return { cache, read, apply };
}

describe('applySessionEvent', () => {
  it('should put a new challenge at the end of both boards and count it when it is created', () => {
    const { read, apply } = boards();
    apply({ type: 'CHALLENGE_CREATED', challengeId: 'c', challenge: note('c', '2026-11-20T18:10:00Z') });
    const board = read();
    expect(board.visibleIds).toEqual(['a', 'b', 'c']);
    expect(board.allIds).toEqual(['a', 'h', 'b', 'c']);
    expect(board.visible.totalCount).toBe(3);
  });

  it("should take a hidden challenge off a phone's board and keep it on the facilitator's, marked hidden", () => {
    const { read, apply } = boards();
    apply({
      type: 'CHALLENGE_STATUS_CHANGED',
      challengeId: 'b',
      status: 'HIDDEN',
      challenge: note('b', '2026-11-20T18:05:00Z', 'HIDDEN'),
    });
    const board = read();
    expect(board.visibleIds).toEqual(['a']);
    expect(board.visible.totalCount).toBe(1);
    expect(board.allIds).toEqual(['a', 'h', 'b']);
    expect(board.all.edges[2]?.node.status).toBe('HIDDEN');
  });

  it('should take a challenge off the board from the id and status alone when the reader may not see it', () => {
    const { read, apply } = boards();
    apply({ type: 'CHALLENGE_STATUS_CHANGED', challengeId: 'a', status: 'HIDDEN', challenge: null });
    expect(read().visibleIds).toEqual(['b']);
  });

  it('should put a challenge shown again back in its place, by when it was raised', () => {
    const { read, apply } = boards();
    apply({
      type: 'CHALLENGE_STATUS_CHANGED',
      challengeId: 'h',
      status: 'VISIBLE',
      challenge: note('h', '2026-11-20T18:02:00Z', 'VISIBLE'),
    });
    const board = read();
    expect(board.visibleIds).toEqual(['a', 'h', 'b']);
    expect(board.allIds).toEqual(['a', 'h', 'b']);
  });

  it("should take merged challenges off a phone's board and give the kept one their dots", () => {
    const { read, apply } = boards();
    apply({
      type: 'CHALLENGES_MERGED',
      challengeId: 'a',
      challengeIds: ['b'],
      challenge: note('a', '2026-11-20T18:00:00Z', 'VISIBLE', 't-1', 7),
    });
    const board = read();
    expect(board.visibleIds).toEqual(['a']);
    expect(board.visible.edges[0]?.node.dotCount).toBe(7);
    expect(board.allIds).toEqual(['a', 'h', 'b']);
    expect(board.all.edges.map((edge) => edge.node.status)).toEqual(['VISIBLE', 'HIDDEN', 'MERGED']);
  });

  it('should leave the challenges of a deleted theme without a theme, and take the theme off the board', () => {
    const { read, apply } = boards();
    apply({
      type: 'THEME_DELETED',
      themeId: 't-1',
      session: { __typename: 'Session', id: 's', status: 'LIVE', themes: [], openVotingRound: null },
    });
    const board = read();
    expect(board.themes).toEqual([]);
    expect(board.visible.edges[0]?.node.theme).toBeNull();
  });

  it('should close the session on the screen when the event says it closed', () => {
    const { read, apply } = boards();
    apply({
      type: 'SESSION_STATUS_CHANGED',
      status: 'CLOSED',
      session: { __typename: 'Session', id: 's', status: 'CLOSED', themes: [], openVotingRound: null },
    });
    expect(read().status).toBe('CLOSED');
  });

  it('should show a round that just opened with none of this participant’s dots given yet', () => {
    const { read, apply } = boards();
    apply({
      type: 'VOTING_ROUND_OPENED',
      session: {
        __typename: 'Session',
        id: 's',
        status: 'LIVE',
        themes: [],
        openVotingRound: { __typename: 'VotingRound', id: 'r', title: 'Which first?' },
      },
    });
    expect(read().openVotingRound).toMatchObject({ id: 'r', title: 'Which first?', dotsUsedBy: 0 });
  });

  it('should change nothing when the same event arrives twice', () => {
    const { read, apply } = boards();
    const event = { type: 'CHALLENGE_CREATED', challengeId: 'c', challenge: note('c', '2026-11-20T18:10:00Z') };
    apply(event);
    const once = read();
    apply(event);
    expect(read()).toEqual(once);
  });

  it('should say so, changing nothing, when an event is of a kind this version does not know', () => {
    const { read, apply } = boards();
    const before = read();
    expect(apply({ type: 'SOMETHING_NEW' })).toBe(false);
    expect(read()).toEqual(before);
  });
});
