import { graphql } from '../../gql';

// Who this phone is: asked by the join page and the session page, kept apart from the session page so that the join
// page does not load it.
export const participantViewerQuery = graphql(`
  query ParticipantViewer {
    viewer {
      kind
      sessionId
      participant {
        id
        pseudonym
      }
    }
  }
`);
