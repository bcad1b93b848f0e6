import type { NonEmptyArray } from 'type-graphql';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { ProjectPartnerResolver, ProjectResolver } from '../modules/project/project.resolver.js';

// Every resolver of the API. A feature adds its resolvers here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [OrganisationResolver, ProjectResolver, ProjectPartnerResolver];
