import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { Organisation } from './organisation.entity.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.input.js';

export function getOrganisation(em: EntityManager, id: string): Promise<Organisation> {
  return getById(em, Organisation, id, 'organisation');
}

export function listOrganisations(em: EntityManager): Promise<Organisation[]> {
  return em.find(Organisation, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

export function createOrganisation(em: EntityManager, input: CreateOrganisationInput): Promise<Organisation> {
  return runMutation(em, input, 'createOrganisation', (tx) =>
    createOnce(tx, Organisation, input.id, (id) =>
      tx.create(Organisation, { id, name: input.name.trim(), kind: input.kind, locality: input.locality?.trim() ?? null }),
    ), getOrganisation);
}

export function updateOrganisation(em: EntityManager, input: UpdateOrganisationInput): Promise<Organisation> {
  return runMutation(em, input, 'updateOrganisation', async (tx) => {
    const organisation = await getOrganisation(tx, input.organisationId);
    if (input.name != null) organisation.name = input.name.trim();
    if (input.locality !== undefined) organisation.locality = input.locality?.trim() ?? null;
    return organisation;
  }, getOrganisation);
}
