import { anyone, type FeaturePolicy } from '../../core/auth/rules.js';

// Joining a live session needs no account; a wrong code counts against the device (core/auth/rate-limit.ts).
export const joinPolicy: FeaturePolicy = {
  operations: {
    joinPreview: [anyone()],
    joinSession: [anyone()],
  },
};
