import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// The minutes and photos of a session are read by whoever reads the session, and written by those who run it.
export const minutesPolicy: FeaturePolicy = {
  operations: {
    sessionPhoto: [staff('read').on('SessionPhoto', 'id'), participant().on('SessionPhoto', 'id')],
    setSessionMinutes: [staff('record').on('Session', 'input.sessionId')],
    addSessionPhoto: [staff('record').on('Session', 'input.sessionId')],
    updateSessionPhoto: [staff('record').on('SessionPhoto', 'input.photoId')],
    removeSessionPhoto: [staff('record').on('SessionPhoto', 'input.photoId')],
  },
  records: {
    SessionMinutes: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from session_minutes t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
    SessionPhoto: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from session_photo t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
  },
};
