import { staff, type FeaturePolicy } from '../../core/auth/rules.js';

// The audit log is for the administrators of the projects whose participants it is about.
export const auditPolicy: FeaturePolicy = {
  operations: {
    auditLog: [staff('administer')],
    auditLogCsv: [staff('administer')],
  },
  records: {
    AuditEntry: {
      place: {
        sql: 'select id, project_id, null::uuid as session_id from audit_entry where id in (%)',
        parent: { field: 'projectId', type: 'Project' },
      },
      read: [staff('administer')],
    },
  },
};
