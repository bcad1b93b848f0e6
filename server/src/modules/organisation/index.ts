import { OrganisationResolver } from './organisation.resolver.js';

// The GraphQL resolvers of the organisation feature, registered in core/resolvers.ts.
export const organisationResolvers: Function[] = [OrganisationResolver];
