import {
  CarriedItemResolver,
  ChallengeOriginResolver,
  IdeaOriginResolver,
  SessionCarriedResolver,
  StrategySessionsResolver,
  ThemeOriginResolver,
  TrajectoryResolver,
} from './trajectory.resolver.js';

// The GraphQL resolvers of the trajectory feature (sessions that build on each other), registered in core/resolvers.ts.
export const trajectoryResolvers: Function[] = [
  TrajectoryResolver,
  CarriedItemResolver,
  SessionCarriedResolver,
  StrategySessionsResolver,
  ChallengeOriginResolver,
  IdeaOriginResolver,
  ThemeOriginResolver,
];
