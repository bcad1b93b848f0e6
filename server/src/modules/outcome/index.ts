import { MyOutcomesResolver, PublicProjectResolver } from './outcome.resolver.js';

// The GraphQL resolvers of the outcome feature, registered in core/resolvers.ts.
export const outcomeResolvers: Function[] = [PublicProjectResolver, MyOutcomesResolver];
