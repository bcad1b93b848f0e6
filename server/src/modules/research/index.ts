import { ResearchResolver } from './research.resolver.js';

// The GraphQL resolvers of the research feature, registered in core/resolvers.ts.
export const researchResolvers: Function[] = [ResearchResolver];
