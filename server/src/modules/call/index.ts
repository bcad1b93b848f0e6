import { CallResolver } from './call.resolver.js';

// The GraphQL resolvers of calls between sessions, registered in core/resolvers.ts.
export const callResolvers: Function[] = [CallResolver];
