import { graphql } from '../../gql';

// What "What you sent" on the call page shows of a participant's own challenge and idea. The call's query reads the
// list with these (CallWorkspace_call.myContributions), and the queue's mutations ask for the same in their answer
// (useCallOutbox), which joins that list as soon as the server has it: one selection, so the two cannot drift apart.
export const myChallengeFields = graphql(`
  fragment MyContributions_challenge on Challenge {
    id
    text
    language
    status
  }
`);

export const myIdeaFields = graphql(`
  fragment MyContributions_idea on Idea {
    id
    text
    language
    status
    challenge {
      id
      text
      language
    }
  }
`);
