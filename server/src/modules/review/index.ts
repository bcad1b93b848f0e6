import {
  MunicipalityResponseResolver,
  StrategyActionProgressResolver,
  StrategyResponseResolver,
  StrategyUpdateResolver,
} from './review.resolver.js';

// The GraphQL resolvers of the review feature, registered in core/resolvers.ts.
export const reviewResolvers: Function[] = [
  MunicipalityResponseResolver,
  StrategyUpdateResolver,
  StrategyResponseResolver,
  StrategyActionProgressResolver,
];
