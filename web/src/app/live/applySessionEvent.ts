import type { ApolloCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { hideIdea, placeChallenge, placeIdea, placeVote, setChallengeStatus, unthemeChallenges } from './boardCache';

// What every live screen's subscription selects besides the records its own fragments need (see useLiveSession).
export interface LiveEvent {
  cursor: string;
  type: string;
  sessionId: string;
  challengeId?: string | null;
  challengeIds?: readonly string[] | null;
  ideaId?: string | null;
  roundId?: string | null;
  voteId?: string | null;
  themeId?: string | null;
  status?: string | null;
  challenge?: { id: string; status?: string | null } | null;
  idea?: { id: string } | null;
  vote?: { id: string } | null;
}

// The event types this version of the app knows how to apply. An event of another type (a newer server) is a gap
// this screen cannot fill from the event: it loads its data again.
const KNOWN = new Set([
  'CHALLENGE_CREATED',
  'CHALLENGE_UPDATED',
  'CHALLENGE_TRANSLATED',
  'CHALLENGE_STATUS_CHANGED',
  'CHALLENGES_MERGED',
  'CHALLENGE_THEME_ASSIGNED',
  'THEME_CREATED',
  'THEME_RENAMED',
  'THEMES_REORDERED',
  'THEME_DELETED',
  'IDEA_CREATED',
  'IDEA_UPDATED',
  'IDEA_TRANSLATED',
  'IDEA_STATUS_CHANGED',
  'VOTE_CAST',
  'VOTE_WITHDRAWN',
  'PAPER_VOTES_RECORDED',
  'VOTING_ROUND_OPENED',
  'VOTING_ROUND_CLOSED',
  'SESSION_UPDATED',
  'AGENDA_CHANGED',
  'SESSION_PHASE_CHANGED',
  'SESSION_STATUS_CHANGED',
  'PARTICIPANT_JOINED',
  'PARTICIPANT_LEFT',
  // Brings the session: the response counts are in it for a screen that selects them (the cockpit).
  'QUESTIONNAIRE_ANSWERED',
]);

const CHALLENGE_LISTED = new Set(['CHALLENGE_CREATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGE_THEME_ASSIGNED']);

// Applies one event to the cache: the records it brings (written under the subscription's own document, so that
// every field its fragments selected lands on the cached records and the short lists it brings replace theirs),
// then what a record alone cannot say: which lists of challenges hold a challenge now. Returns false for an event
// it does not understand, after which the screen must load again.
export function applySessionEvent(
  cache: ApolloCache,
  write: { document: DocumentNode; variables: Record<string, unknown>; data: Record<string, unknown> },
  event: LiveEvent,
): boolean {
  if (!KNOWN.has(event.type)) return false;
  cache.batch({
    update: (c) => {
      c.writeQuery({ id: 'ROOT_SUBSCRIPTION', query: write.document, variables: write.variables, data: write.data });
      const session = event.sessionId;
      // Only a screen that asked for the challenge keeps lists of challenges.
      if (CHALLENGE_LISTED.has(event.type) && event.challengeId && event.challenge !== undefined) {
        // Null: the reader may not see it (a participant, after a facilitator hid it).
        const status = event.challenge ? (event.challenge.status ?? null) : null;
        if (!event.challenge && event.status) setChallengeStatus(c, event.challengeId, event.status);
        placeChallenge(c, session, event.challengeId, status);
      }
      if (event.type === 'CHALLENGES_MERGED' && event.challenge !== undefined) {
        for (const merged of event.challengeIds ?? []) {
          setChallengeStatus(c, merged, 'MERGED');
          placeChallenge(c, session, merged, 'MERGED');
        }
      }
      if (event.type === 'THEME_DELETED' && event.themeId) unthemeChallenges(c, session, event.themeId);
      // A screen that is not sent the whole challenge for a new idea (`challenge(onlyOwnChanges: true)`) puts the
      // idea into the challenge's list itself; where the challenge came with its ideas, the idea is there already.
      // Null: the reader may not see it.
      if (event.type === 'IDEA_CREATED' && event.challengeId && event.idea)
        placeIdea(c, event.challengeId, event.idea.id);
      // An idea hidden from this reader (the event brings no idea where it asked for one) leaves its challenge's
      // list; one shown again comes back to it.
      if (event.type === 'IDEA_STATUS_CHANGED' && event.challengeId && event.ideaId) {
        if (event.idea === null) hideIdea(c, event.challengeId, event.ideaId);
        else if (event.idea && event.status === 'VISIBLE') placeIdea(c, event.challengeId, event.idea.id);
      }
      // A screen that keeps a round's votes and is sent the vote rather than the round (`round(onlyOwnChanges: true)`)
      // puts a new vote into the round's list, and takes a withdrawn one out.
      if (event.roundId && event.vote && (event.type === 'VOTE_CAST' || event.type === 'PAPER_VOTES_RECORDED'))
        placeVote(c, event.roundId, event.vote.id, true);
      if (event.type === 'VOTE_WITHDRAWN' && event.roundId && event.voteId)
        placeVote(c, event.roundId, event.voteId, false);
    },
  });
  return true;
}
