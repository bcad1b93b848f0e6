import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

export const themePolicy: FeaturePolicy = {
  operations: {
    theme: [staff('read').on('Theme', 'id'), participant().on('Theme', 'id')],
    createTheme: [staff('record').on('Session', 'input.sessionId')],
    renameTheme: [staff('record').on('Theme', 'input.themeId')],
    reorderThemes: [staff('record').on('Session', 'input.sessionId').on('Theme', 'input.themeIds')],
    deleteTheme: [staff('record').on('Theme', 'input.themeId')],
  },
  records: {
    Theme: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from theme t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
  },
};
