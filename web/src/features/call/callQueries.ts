import { graphql } from '../../gql';

// What came in between the sessions of a project, for the panel on the project page and the moderation queue: one
// query, so that a decision in the queue updates the panel's count as well.
export const betweenSessionsQuery = graphql(`
  query BetweenSessions($projectId: ID!) {
    betweenSessions(projectId: $projectId) {
      projectId
      calls {
        id
        prompt
        code
        open
        openedAt
        closedAt
      }
      waitingChallenges {
        id
        ...ModerationItem_challenge
      }
      waitingIdeas {
        id
        ...ModerationItem_idea
      }
      approvedChallenges {
        id
        ...ModerationItem_challenge
      }
      approvedIdeas {
        id
        ...ModerationItem_idea
      }
      hiddenChallenges {
        id
        ...ModerationItem_challenge
      }
      hiddenIdeas {
        id
        ...ModerationItem_idea
      }
    }
  }
`);

// The link a participant opens (or scans) to add between sessions.
export const callPath = (code: string): string => `/call/${code}`;
