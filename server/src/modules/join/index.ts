import { JoinResolver } from './join.resolver.js';

// The GraphQL resolvers of the join feature, registered in core/resolvers.ts.
export const joinResolvers: Function[] = [JoinResolver];
