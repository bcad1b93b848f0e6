import { anyStaff, staff, type FeaturePolicy, type Reach } from '../../core/auth/rules.js';
import type { Context } from '../../core/context.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import { Organisation } from './organisation.entity.js';

// The projects an organisation promotes or partners in, batched per request.
function organisationProjects(ctx: Context, organisationId: string): Promise<string[]> {
  return ctx.loaders
    .custom<string[]>('organisation-projects', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await ctx.em.getConnection().execute<{ organisation_id: string; project_id: string }[]>(
            `select promoter_id as organisation_id, id as project_id from project where promoter_id in (${placeholders(valid)})
             union select organisation_id, project_id from project_partner where organisation_id in (${placeholders(valid)})`,
            [...valid, ...valid],
          )
        : [];
      return ids.map((id) => rows.filter((row) => row.organisation_id === id).map((row) => row.project_id));
    })
    .load(organisationId);
}

// Acting for an organisation (promoting a project with it, renaming it) needs membership.
const belongsTo: Reach = async (ctx, viewer, id) => {
  if (viewer.kind !== 'staff') return false;
  if (viewer.organisationIds.has(id)) return true;
  // An id of no organisation at all is left to the resolver, which answers NOT_FOUND.
  return isUuid(id) && (await ctx.loaders.byId(Organisation).load(id)) ? false : undefined;
};

// Organisations live outside projects: one is seen by its own members and by the staff of every project it
// promotes or partners in.
const worksWith: Reach = async (ctx, viewer, id, row) => {
  const own = await belongsTo(ctx, viewer, id, row);
  if (own !== false || viewer.kind !== 'staff') return own;
  return (await organisationProjects(ctx, id)).some((projectId) => viewer.projectIds.has(projectId));
};

export const organisationPolicy: FeaturePolicy = {
  operations: {
    organisations: [anyStaff()],
    organisation: [anyStaff().on('Organisation', 'id')],
    createOrganisation: [staff('administer')],
    updateOrganisation: [staff('administer').on('OwnOrganisation', 'input.organisationId')],
  },
  records: {
    Organisation: { reach: worksWith, read: [anyStaff()] },
  },
  // An organisation the staff member belongs to, not one they merely work with.
  targets: { OwnOrganisation: belongsTo },
};
