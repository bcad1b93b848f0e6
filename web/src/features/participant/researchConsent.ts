import { graphql } from '../../gql';

// Saying yes or no to research from the phone (the data page, and a questionnaire asked without that consent).
export const setResearchConsentMutation = graphql(`
  mutation ParticipantSetResearchConsent($input: SetResearchConsentInput!) {
    setResearchConsent(input: $input) {
      clientMutationId
      participant {
        id
        consents {
          id
          purpose
          textVersion
          method
          givenAt
          withdrawnAt
        }
      }
    }
  }
`);
