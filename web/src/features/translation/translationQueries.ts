import { graphql } from '../../gql';

export const translationsPageQuery = graphql(`
  query TranslationsPage($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      sessions(first: 100) {
        edges {
          node {
            id
            languages
          }
        }
      }
    }
    machineTranslationAvailable
  }
`);

export const translationQueueQuery = graphql(`
  query TranslationQueue($projectId: ID!, $language: String!, $after: String) {
    translationQueue(projectId: $projectId, language: $language, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...TranslationQueueItem_task
          ...TranslationEditor_task
        }
      }
    }
  }
`);

// Each mutation below answers with the text's translations after the change; Apollo updates the text by its id.
export const translationSavedFragment = graphql(`
  fragment TranslationSaved_text on TranslatedText {
    id
    translations {
      language
      text
      machineDraft
      origin
    }
  }
`);

export const translateTextMutation = graphql(`
  mutation TranslateText($input: TranslateTextInput!) {
    translateText(input: $input) {
      text {
        ...TranslationSaved_text
      }
    }
  }
`);

export const approveTranslationMutation = graphql(`
  mutation ApproveTranslation($input: ApproveTranslationInput!) {
    approveTranslation(input: $input) {
      text {
        ...TranslationSaved_text
      }
    }
  }
`);

export const draftMachineTranslationsMutation = graphql(`
  mutation DraftMachineTranslations($input: DraftMachineTranslationsInput!) {
    draftMachineTranslations(input: $input) {
      text {
        ...TranslationSaved_text
      }
    }
  }
`);
