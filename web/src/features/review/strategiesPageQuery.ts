import { graphql } from '../../gql';

// Per project, the strategies waiting for the municipality's answer and those it answered.
export const strategiesPageQuery = graphql(`
  query StrategiesPage {
    projects(first: 200) {
      edges {
        node {
          id
          title
          awaiting: strategies(status: SUBMITTED, first: 200) {
            totalCount
            edges {
              node {
                id
                ...StrategyReview_strategy
              }
            }
          }
          answered: strategies(status: ANSWERED, first: 200) {
            totalCount
            edges {
              node {
                id
                ...StrategyReview_strategy
              }
            }
          }
        }
      }
    }
  }
`);
