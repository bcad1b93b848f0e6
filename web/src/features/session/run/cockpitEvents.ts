import { graphql } from '../../../gql';

// What the cockpit needs of each live event: the records in the fields its panels show (as the phones are sent them:
// the whole challenge only when the challenge itself changed; for a dot its count, for an idea the idea, which
// app/live/applySessionEvent puts into its challenge's list; the round with its votes only when it opens or closes,
// for a vote the vote, which joins the round's list, and the round's figures), and, for the events that
// change the session, the session's short lists (agenda, themes, attendance, voting rounds with their votes) and the
// questionnaires' response counts (QUESTIONNAIRE_ANSWERED brings the session for those).
// Participants' personal fields are not asked for: a facilitator's screen reads them from the page's own query.
export const cockpitEvents = graphql(`
  subscription CockpitEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      themeId
      status
      challenge(onlyOwnChanges: true) {
        id
        ...BoardPanel_challenge
      }
      challengeDots: challenge {
        id
        dotCount
      }
      idea {
        id
        ...BoardPanel_idea
      }
      theme {
        id
        title
        position
      }
      roundId
      voteId
      round(onlyOwnChanges: true) {
        id
        ...VotingPanel_round
      }
      roundFigures: round {
        id
        ...DotsByGroup_round
      }
      vote {
        id
        ...VotingPanel_vote
      }
      session {
        id
        title
        status
        joinCode
        capacity
        languages
        agenda {
          id
          position
          kind
          title
          durationMinutes
          questionnaireWave
        }
        currentPhase {
          id
        }
        ...PhasePanel_session
        themes(includeCarried: true) {
          id
          title
          position
          origin {
            sessionId
            sessionTitle
            betweenSessions
          }
        }
        attendance(first: 200) {
          edges {
            node {
              id
              participant {
                id
                pseudonym
              }
            }
          }
        }
        ...VotingPanel_session
        ...ResponseCounts_session
      }
    }
  }
`);
