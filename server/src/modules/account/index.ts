import { AccountResolver, InvitationResolver } from './account.resolver.js';

// The GraphQL resolvers of the account feature, registered in core/resolvers.ts.
export const accountResolvers: Function[] = [AccountResolver, InvitationResolver];
