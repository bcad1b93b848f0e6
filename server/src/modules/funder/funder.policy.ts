import { staff, type FeaturePolicy } from '../../core/auth/rules.js';

// The funder's report holds released figures only: the promoter (who answers for the project) and those who
// evaluate it read it.
export const funderPolicy: FeaturePolicy = {
  operations: {
    funderReport: [staff('review', 'evaluate').on('Project', 'projectId')],
  },
};
