import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { placeholders } from '../../core/sql.js';
import { Organisation } from './organisation.entity.js';
import { Account } from '../account/account.entity.js';
import type { StaffViewer } from '../../core/auth/viewer.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.input.js';

export function getOrganisation(em: EntityManager, id: string): Promise<Organisation> {
  return getById(em, Organisation, id, 'organisation');
}

// The organisations a staff member reaches: their own and those working on their projects. An administrator
// becomes a member of each organisation they register, so they can then add it to their projects.
export async function listOrganisations(em: EntityManager, viewer: StaffViewer): Promise<Organisation[]> {
  const own = [...viewer.organisationIds];
  const projects = [...viewer.projectIds];
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select o.id from organisation o
     where o.id in (${placeholders(own)})
        or exists (select 1 from project p where p.promoter_id = o.id and p.id in (${placeholders(projects)}))
        or exists (select 1 from project_partner pp where pp.organisation_id = o.id and pp.project_id in (${placeholders(projects)}))`,
    [...own, ...projects, ...projects],
  );
  return em.find(Organisation, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { name: 'asc', id: 'asc' } });
}

// The administrator who registers an organisation becomes one of its members.
export function createOrganisation(
  em: EntityManager,
  viewer: StaffViewer,
  input: CreateOrganisationInput,
): Promise<Organisation> {
  return runMutation(
    em,
    input,
    'createOrganisation',
    (tx) =>
      createOnce(tx, Organisation, input.id, async (id) => {
        const organisation = tx.create(Organisation, {
          id,
          name: input.name.trim(),
          kind: input.kind,
          locality: input.locality?.trim() ?? null,
        });
        const account = await tx.findOneOrFail(Account, { id: viewer.accountId }, { populate: ['organisations'] });
        account.organisations.add(organisation);
        return organisation;
      }),
    getOrganisation,
  );
}

export function updateOrganisation(em: EntityManager, input: UpdateOrganisationInput): Promise<Organisation> {
  return runMutation(
    em,
    input,
    'updateOrganisation',
    async (tx) => {
      const organisation = await getOrganisation(tx, input.organisationId);
      if (input.name != null) organisation.name = input.name.trim();
      if (input.locality !== undefined) organisation.locality = input.locality?.trim() ?? null;
      return organisation;
    },
    getOrganisation,
  );
}
