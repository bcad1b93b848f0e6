import { graphql } from '../../gql';

// Everything the public pages of one project show: the project page and its session pages read the same
// document, so that a visitor who moves between them asks nothing again, and the server renders both from it.
export const publicProjectQuery = graphql(`
  query PublicProject($id: ID!) {
    publicProject(id: $id) {
      id
      title
      description
      goals
      promoter
      startsOn
      endsOn
      figures {
        submitted
        waiting
        decided
        adopted
        actionsPlanned
        actionsDone
      }
      sessions {
        id
        title
        startsAt
        location
        languages
        status
        themes {
          id
          title
          challenges {
            id
            ...PublicChallenge_challenge
          }
        }
        unthemedChallenges {
          id
          ...PublicChallenge_challenge
        }
        strategies {
          id
          ...StrategyOutcome_strategy
        }
      }
    }
  }
`);

export const publicProjectsQuery = graphql(`
  query PublicProjects {
    publicProjects {
      id
      title
      description
      promoter
      startsOn
      endsOn
    }
  }
`);
