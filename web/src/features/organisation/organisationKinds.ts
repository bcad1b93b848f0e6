import type { OrganisationKind } from '../../gql/graphql';

// In the order an administrator meets them: the promoters first, then who works with them.
export const organisationKinds: OrganisationKind[] = [
  'MUNICIPALITY',
  'INTERMUNICIPAL_PARTNERSHIP',
  'PARTNER_ACTOR',
  'SELF_ORGANISATION',
  'EVALUATION_TEAM',
];

// A project is promoted by a municipality or by municipalities together.
export const promoterKinds: ReadonlySet<OrganisationKind> = new Set(['MUNICIPALITY', 'INTERMUNICIPAL_PARTNERSHIP']);
