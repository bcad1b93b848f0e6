import {
  QuestionnaireAnswerResolver,
  QuestionnaireItemResolver,
  QuestionnaireResolver,
  SessionQuestionnaireResolver,
} from './questionnaire.resolver.js';

// The GraphQL resolvers of the questionnaire feature, registered in core/resolvers.ts.
export const questionnaireResolvers: Function[] = [
  QuestionnaireResolver,
  QuestionnaireItemResolver,
  QuestionnaireAnswerResolver,
  SessionQuestionnaireResolver,
];
