import { ChallengeResolver, SessionChallengesResolver, ThemeChallengesResolver } from './challenge.resolver.js';

// The GraphQL resolvers of the challenge feature, registered in core/resolvers.ts.
export const challengeResolvers: Function[] = [ChallengeResolver, SessionChallengesResolver, ThemeChallengesResolver];
