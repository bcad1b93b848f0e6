import { graphql } from '../../gql';

// The reviewer's inbox: a page of the strategies submitted to the municipality, filtered and ordered as the
// reviewer chose; and the projects and sessions to filter by.
export const strategyInboxQuery = graphql(`
  query StrategyInbox($filter: StrategyInboxFilter, $order: InboxOrder!, $after: String) {
    strategyInbox(filter: $filter, order: $order, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...StrategyReview_strategy
        }
      }
    }
  }
`);

export const inboxProjectsQuery = graphql(`
  query InboxProjects {
    projects(first: 200) {
      edges {
        node {
          id
          title
          outcomesPublic
          promoter {
            id
          }
          sessions(first: 100) {
            edges {
              node {
                id
                title
                startsAt
              }
            }
          }
        }
      }
    }
  }
`);
