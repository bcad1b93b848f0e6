import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// The report holds counts and the board's texts, never who wrote or voted what: whoever may read the session may
// read it.
export const reportPolicy: FeaturePolicy = {
  operations: {
    sessionReport: [staff('read').on('Session', 'sessionId'), participant().on('Session', 'sessionId')],
    submitSessionStrategies: [staff('record').on('Session', 'input.sessionId')],
  },
};
