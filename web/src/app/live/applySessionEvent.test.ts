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

// A phone's board with each challenge's first ideas, and the phone's way of following it: the whole challenge only when
// it changed itself, its dot count and the idea for the rest (`challenge(onlyOwnChanges: true)`).
const IDEA_BOARD = gql`
  query IdeaBoard($id: ID!) {
    session(id: $id) {
      id
      challenges(first: 200) {
        edges {
          node {
            id
            dotCount
            ideas(first: 2) {
              totalCount
              edges {
                node {
                  id
                  text
                  dotCount
                }
              }
            }
          }
        }
      }
    }
  }
`;

const IDEA_EVENTS = gql`
  subscription IdeaEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      ideaId
      status
      challenge(onlyOwnChanges: true) {
        id
        dotCount
      }
      challengeDots: challenge {
        id
        dotCount
      }
      idea {
        id
        text
        dotCount
      }
    }
  }
`;

type IdeaBoardData = {
  session: {
    challenges: {
      edges: {
        node: {
          id: string;
          dotCount: number;
          ideas: { totalCount: number; edges: { node: { id: string; text: string; dotCount: number } }[] };
        };
      }[];
    };
  };
};

const idea = (id: string) => ({ __typename: 'Idea', id, text: `Idea ${id}`, dotCount: 0 });

// A board that holds `ideasOfC` of the challenge's `total` ideas (its first ones).
function ideaBoard(ideasOfC: number, total = ideasOfC) {
  const cache = createCache();
  const ideas = Array.from({ length: ideasOfC }, (_, i) => idea(`i-${i}`));
  cache.writeQuery({
    query: IDEA_BOARD,
    variables: { id: 's' },
    data: {
      session: {
        __typename: 'Session',
        id: 's',
        challenges: {
          __typename: 'ChallengeConnection',
          edges: [
            {
              __typename: 'ChallengeEdge',
              node: {
                __typename: 'Challenge',
                id: 'c',
                dotCount: 1,
                ideas: {
                  __typename: 'IdeaConnection',
                  totalCount: total,
                  edges: ideas.map((node) => ({ __typename: 'IdeaEdge', node })),
                },
              },
            },
          ],
        },
      },
    },
  });
  const challenge = () => {
    const data = cache.readQuery<IdeaBoardData>({ query: IDEA_BOARD, variables: { id: 's' } });
    if (!data) throw new Error('the board is no longer complete in the cache');
    const node = data.session.challenges.edges[0]!.node;
    return { dotCount: node.dotCount, total: node.ideas.totalCount, ideas: node.ideas.edges.map((e) => e.node.id) };
  };
  let cursor = 0;
  const apply = (event: {
    type: string;
    challengeDots?: unknown;
    idea?: unknown;
    ideaId?: string;
    status?: string;
  }) => {
    const full = {
      __typename: 'SessionEvent',
      cursor: String(++cursor),
      sessionId: 's',
      challengeId: 'c',
      ideaId: null,
      status: null,
      challenge: null,
      challengeDots: null,
      idea: null,
      ...event,
    };
    return applySessionEvent(
      cache,
      { document: IDEA_EVENTS, variables: { sessionId: 's', after: '0' }, data: { sessionEvents: full } },
      full as LiveEvent,
    );
  };
  return { challenge, apply };
}

describe('applySessionEvent, for a screen that is sent the idea and the dot count rather than the whole challenge', () => {
  it('should put a new idea at the end of its challenge and count it, once however often it arrives', () => {
    const { challenge, apply } = ideaBoard(1);
    const event = {
      type: 'IDEA_CREATED',
      challengeDots: { __typename: 'Challenge', id: 'c', dotCount: 1 },
      idea: idea('new'),
    };
    apply(event);
    expect(challenge()).toEqual({ dotCount: 1, total: 2, ideas: ['i-0', 'new'] });
    apply(event);
    expect(challenge()).toEqual({ dotCount: 1, total: 2, ideas: ['i-0', 'new'] });
  });

  it('should only count a new idea where the challenge shows only its first ideas', () => {
    const { challenge, apply } = ideaBoard(2, 5);
    apply({ type: 'IDEA_CREATED', idea: idea('new') });
    expect(challenge()).toEqual({ dotCount: 1, total: 6, ideas: ['i-0', 'i-1'] });
  });

  it('should leave out an idea the reader may not see', () => {
    const { challenge, apply } = ideaBoard(1);
    apply({ type: 'IDEA_CREATED', idea: null });
    expect(challenge()).toEqual({ dotCount: 1, total: 1, ideas: ['i-0'] });
  });

  it('should take an idea a facilitator hid off its challenge, and put it back when it is shown again', () => {
    const { challenge, apply } = ideaBoard(2);
    // The phone may not read a hidden idea: the event names it, and brings none.
    apply({ type: 'IDEA_STATUS_CHANGED', ideaId: 'i-0', status: 'HIDDEN', idea: null });
    expect(challenge()).toEqual({ dotCount: 1, total: 1, ideas: ['i-1'] });
    apply({ type: 'IDEA_STATUS_CHANGED', ideaId: 'i-0', status: 'VISIBLE', idea: idea('i-0') });
    expect(challenge()).toEqual({ dotCount: 1, total: 2, ideas: ['i-1', 'i-0'] });
  });

  it("should move a challenge's dots from the count a vote brings, its ideas as they were", () => {
    const { challenge, apply } = ideaBoard(1);
    apply({ type: 'VOTE_CAST', challengeDots: { __typename: 'Challenge', id: 'c', dotCount: 4 } });
    expect(challenge()).toEqual({ dotCount: 4, total: 1, ideas: ['i-0'] });
  });
});

// A facilitator's round with its votes, as the cockpit keeps it, and the events it follows: the round only when it
// changed itself, the vote for the rest (`round(onlyOwnChanges: true)`).
const ROUND = gql`
  query Round($id: ID!) {
    votingRound(id: $id) {
      id
      status
      votes(first: 200) {
        edges {
          node {
            id
            dots
          }
        }
      }
    }
  }
`;

const ROUND_EVENTS = gql`
  subscription RoundEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      roundId
      voteId
      round(onlyOwnChanges: true) {
        id
        status
      }
      vote {
        id
        dots
      }
    }
  }
`;

const vote = (id: string, dots = 1) => ({ __typename: 'Vote', id, dots });

function roundWithVotes(ids: readonly string[]) {
  const cache = createCache();
  cache.writeQuery({
    query: ROUND,
    variables: { id: 'r' },
    data: {
      votingRound: {
        __typename: 'VotingRound',
        id: 'r',
        status: 'OPEN',
        votes: { __typename: 'VoteConnection', edges: ids.map((id) => ({ __typename: 'VoteEdge', node: vote(id) })) },
      },
    },
  });
  const votes = () => {
    const data = cache.readQuery<{ votingRound: { votes: { edges: { node: { id: string; dots: number } }[] } } }>({
      query: ROUND,
      variables: { id: 'r' },
    });
    if (!data) throw new Error('the round is no longer complete in the cache');
    return data.votingRound.votes.edges.map((edge) => [edge.node.id, edge.node.dots]);
  };
  let cursor = 0;
  const apply = (event: { type: string; voteId?: string; vote?: unknown }) => {
    const full = {
      __typename: 'SessionEvent',
      cursor: String(++cursor),
      sessionId: 's',
      roundId: 'r',
      voteId: null,
      round: null,
      vote: null,
      ...event,
    };
    return applySessionEvent(
      cache,
      { document: ROUND_EVENTS, variables: { sessionId: 's', after: '0' }, data: { sessionEvents: full } },
      full as LiveEvent,
    );
  };
  return { votes, apply };
}

describe('applySessionEvent, for a screen that is sent the vote rather than the whole round', () => {
  it('should put a new vote at the end of its round, once however often it arrives', () => {
    const { votes, apply } = roundWithVotes(['v-1']);
    const event = { type: 'VOTE_CAST', voteId: 'v-2', vote: vote('v-2', 2) };
    apply(event);
    apply(event);
    expect(votes()).toEqual([
      ['v-1', 1],
      ['v-2', 2],
    ]);
    apply({ type: 'PAPER_VOTES_RECORDED', voteId: 'v-3', vote: vote('v-3', 5) });
    expect(votes()).toEqual([
      ['v-1', 1],
      ['v-2', 2],
      ['v-3', 5],
    ]);
  });

  it('should take a withdrawn vote out of its round from its id alone', () => {
    const { votes, apply } = roundWithVotes(['v-1', 'v-2']);
    apply({ type: 'VOTE_WITHDRAWN', voteId: 'v-1' });
    apply({ type: 'VOTE_WITHDRAWN', voteId: 'v-1' });
    expect(votes()).toEqual([['v-2', 1]]);
  });
});
