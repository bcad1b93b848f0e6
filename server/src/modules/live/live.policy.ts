import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// Who may read a session may follow its changes.
const followers = [staff('read').on('Session', 'sessionId'), participant().on('Session', 'sessionId')];

export const livePolicy: FeaturePolicy = {
  operations: {
    sessionEvents: followers,
    sessionEventCursor: followers,
  },
};
