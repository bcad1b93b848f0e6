import { anyStaff, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// How a staff account stands to a project: its organisation promotes it (the municipality), its organisation is a
// partner in it, or the account itself was made a member. The role table (account.policy.ts) says what each role
// may do for each standing.
export type ProjectStanding = 'promoter' | 'partner' | 'member';

const OWN_ORGANISATIONS = 'select organisation_id from account_organisations where account_id = ?';

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
    updateProject: [staff('administer').on('Project', 'input.projectId')],
    addProjectPartner: [
      staff('administer').on('Project', 'input.projectId').on('Organisation', 'input.organisationId'),
    ],
    removeProjectPartner: [staff('administer').on('ProjectPartner', 'input.projectPartnerId')],
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
