import { staff, type FeaturePolicy } from '../../core/auth/rules.js';

// The research export is for those who evaluate the project: row-level answers under random research ids, of
// participants whose consent to research stands (research.service.ts says which variables, and why).
export const researchPolicy: FeaturePolicy = {
  operations: {
    researchExport: [staff('evaluate').on('Project', 'projectId')],
  },
};
