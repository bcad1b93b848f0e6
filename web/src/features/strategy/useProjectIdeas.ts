import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const projectIdeasQuery = graphql(`
  query StrategyProjectIdeas($projectId: ID!) {
    projectTrajectory(projectId: $projectId) {
      projectId
      steps {
        session {
          id
          title
          startsAt
          challenges(first: 200) {
            edges {
              node {
                id
                ideas(first: 50) {
                  edges {
                    node {
                      id
                      text
                      dotCount
                      status
                      origin {
                        sessionId
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export interface SessionIdeas {
  id: string;
  title: string;
  startsAt: string;
  ideas: { id: string; text: string; dotCount: number }[];
}

// The visible ideas of the project's other sessions, grouped by the session each was proposed in (in the order of
// the sessions), without those already on this session's board: a strategy may build on ideas of any session.
export function useProjectIdeas(projectId: string, sessionId: string, onBoard: ReadonlySet<string>): SessionIdeas[] {
  const { data } = useQuery(projectIdeasQuery, { variables: { projectId } });
  const steps = data?.projectTrajectory.steps ?? [];
  const ideas = steps.flatMap((step) =>
    step.session.challenges.edges.flatMap((challenge) => challenge.node.ideas.edges.map((edge) => edge.node)),
  );
  return steps
    .filter((step) => step.session.id !== sessionId)
    .map((step) => ({
      id: step.session.id,
      title: step.session.title,
      startsAt: step.session.startsAt,
      ideas: ideas
        .filter(
          (idea) => idea.status === 'VISIBLE' && idea.origin.sessionId === step.session.id && !onBoard.has(idea.id),
        )
        .filter((idea, index, all) => all.findIndex((other) => other.id === idea.id) === index)
        .toSorted((a, b) => b.dotCount - a.dotCount),
    }))
    .filter((group) => group.ideas.length > 0);
}
