import { FunderResolver } from './funder.resolver.js';

// The GraphQL resolvers of the funder feature, registered in core/resolvers.ts.
export const funderResolvers: Function[] = [FunderResolver];
