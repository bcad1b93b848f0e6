import { anyone, type FeaturePolicy } from '../../core/auth/rules.js';

// Joining a live session needs no account; a wrong code counts against the device (core/auth/rate-limit.ts).
export const joinPolicy: FeaturePolicy = {
  operations: {
    joinPreview: [anyone()],
    joinSession: [anyone()],
    // Coming back with the personal code on one's card; a wrong code counts against the device, as when joining.
    signInWithPersonalCode: [anyone()],
  },
};
