import { LiveResolver } from './live.resolver.js';

// The GraphQL resolvers of the live feature, registered in core/resolvers.ts.
export const liveResolvers: Function[] = [LiveResolver];
