import {
  AgendaPhaseTextResolver,
  ChallengeTextResolver,
  IdeaTextResolver,
  ResponseTextResolver,
  SessionTextResolver,
  StrategyTextResolver,
  StrategyUpdateTextResolver,
  ThemeTextResolver,
  TranslatedTextResolver,
  TranslationTaskResolver,
  VotingRoundTextResolver,
} from './translation.resolver.js';

// The GraphQL resolvers of the translation feature, registered in core/resolvers.ts: the queue and the mutations,
// and the translated texts of every record that has one.
export const translationResolvers: Function[] = [
  TranslatedTextResolver,
  TranslationTaskResolver,
  ChallengeTextResolver,
  IdeaTextResolver,
  SessionTextResolver,
  AgendaPhaseTextResolver,
  ThemeTextResolver,
  VotingRoundTextResolver,
  StrategyTextResolver,
  ResponseTextResolver,
  StrategyUpdateTextResolver,
];
