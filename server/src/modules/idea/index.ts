import { ChallengeIdeasResolver, IdeaResolver } from './idea.resolver.js';

// The GraphQL resolvers of the idea feature, registered in core/resolvers.ts.
export const ideaResolvers: Function[] = [IdeaResolver, ChallengeIdeasResolver];
