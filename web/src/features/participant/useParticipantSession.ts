import { useMemo } from 'react';
import { graphql } from '../../gql';
import { useLiveSession } from '../../app/live/useLiveSession';

export const participantSessionQuery = graphql(`
  query ParticipantSession($id: ID!, $participantId: ID!) {
    session(id: $id) {
      id
      title
      status
      currentPhase {
        id
        kind
        questionnaireWave
      }
      openVotingRound {
        id
        title
        target
        dotsPerParticipant
        dotsUsedBy(participantId: $participantId)
      }
      ...PhaseBanner_session
      ...ParticipantBoard_session
    }
  }
`);

// What a phone needs of each event: the same for every participant of the session (no personal field, no variable
// of its own), so that the server resolves it once for the whole room. The whole challenge, with its ideas and
// translations, only when the challenge itself changed; for a dot, its new count, and for a new or changed idea, the
// idea as its card shows it (applySessionEvent puts a new one into its challenge's list): a room of phones is not
// sent a challenge's every idea for every dot and idea. The round only when it changed itself (opened, closed): a dot
// leaves its title and budget as they were.
export const participantSessionEvents = graphql(`
  subscription ParticipantSessionEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      ideaId
      themeId
      status
      challenge(onlyOwnChanges: true) {
        id
        status
        createdAt
        theme {
          id
        }
        ...BoardChallenge_challenge
      }
      challengeDots: challenge {
        id
        dotCount
      }
      idea {
        id
        text
        language
        translations {
          language
          text
        }
        dotCount
      }
      theme {
        id
        title
        position
      }
      round(onlyOwnChanges: true) {
        id
        title
        target
        dotsPerParticipant
        status
      }
      session {
        id
        title
        status
        currentPhase {
          id
          kind
          questionnaireWave
        }
        openVotingRound {
          id
          title
          target
          dotsPerParticipant
        }
        ...PhaseBanner_session
        themes(includeCarried: true) {
          id
          position
          title
          origin {
            sessionId
            sessionTitle
            betweenSessions
          }
        }
      }
    }
  }
`);

// The session as it changes in the room, on a participant's phone.
export function useParticipantSession(sessionId: string, participantId: string) {
  const variables = useMemo(() => ({ id: sessionId, participantId }), [sessionId, participantId]);
  return useLiveSession({ sessionId, query: participantSessionQuery, variables, events: participantSessionEvents });
}
