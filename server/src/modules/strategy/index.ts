import {
  ProjectStrategiesResolver,
  SessionStrategiesResolver,
  StrategyActionResolver,
  StrategyResolver,
} from './strategy.resolver.js';

// The GraphQL resolvers of the strategy feature, registered in core/resolvers.ts.
export const strategyResolvers: Function[] = [
  StrategyResolver,
  StrategyActionResolver,
  SessionStrategiesResolver,
  ProjectStrategiesResolver,
];
