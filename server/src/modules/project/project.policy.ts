import { anyStaff, staff, type Condition, type FeaturePolicy } from '../../core/auth/rules.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';

// How a staff account stands to a project: its organisation promotes it (the municipality), its organisation is a
// partner in it, or the account itself was made a member. The role table (account.policy.ts) says what each role
// may do for each standing.
export type ProjectStanding = 'promoter' | 'partner' | 'member';

const OWN_ORGANISATIONS = 'select organisation_id from account_organisations where account_id = ?';

// A project and its partnership are the promoter's: only administrators of the promoting organisation change them.
// An administrator of a partner organisation works on the project but does not decide who else does.
const ofPromoter: Condition = async ({ ctx, viewer, place }) => {
  if (viewer.kind !== 'staff' || !place || !isUuid(place.projectId)) return false;
  const promoterId = await ctx.loaders
    .custom<string | undefined>('project-promoter', async (ids) => {
      const rows = await ctx.em
        .getConnection()
        .execute<{ id: string; promoter_id: string }[]>(
          `select id, promoter_id from project where id in (${placeholders(ids)})`,
          [...ids],
        );
      return ids.map((id) => rows.find((row) => row.id === id)?.promoter_id);
    })
    .load(place.projectId);
  return !!promoterId && viewer.organisationIds.has(promoterId);
};
const PROMOTER_ONLY =
  'Only administrators of the organisation that promotes this project can change it or its partners.';

export const projectPolicy: FeaturePolicy = {
  standings: async ({ em }, accountId) => {
    const rows = await em.getConnection().execute<{ project_id: string; standing: ProjectStanding }[]>(
      `select id as project_id, 'promoter' as standing from project where promoter_id in (${OWN_ORGANISATIONS})
       union select project_id, 'partner' from project_partner where organisation_id in (${OWN_ORGANISATIONS})
       union select project_id, 'member' from account_projects where account_id = ?`,
      [accountId, accountId, accountId],
    );
    return rows.map((row) => ({ projectId: row.project_id, standing: row.standing }));
  },

  operations: {
    projects: [anyStaff()],
    project: [anyStaff().on('Project', 'id')],
    // A new project is promoted by one of the administrator's own organisations.
    createProject: [staff('administer').on('OwnOrganisation', 'input.promoterId')],
    updateProject: [staff('administer').on('Project', 'input.projectId').when(ofPromoter, PROMOTER_ONLY)],
    addProjectPartner: [
      staff('administer')
        .on('Project', 'input.projectId')
        .on('Organisation', 'input.organisationId')
        .when(ofPromoter, PROMOTER_ONLY),
    ],
    removeProjectPartner: [
      staff('administer').on('ProjectPartner', 'input.projectPartnerId').when(ofPromoter, PROMOTER_ONLY),
    ],
  },

  records: {
    Project: {
      place: { sql: 'select id, id as project_id, null::uuid as session_id from project where id in (%)' },
      read: [anyStaff()],
    },
    ProjectPartner: {
      place: {
        sql: 'select id, project_id, null::uuid as session_id from project_partner where id in (%)',
        parent: { field: 'project', type: 'Project' },
      },
      read: [anyStaff()],
    },
  },
};
