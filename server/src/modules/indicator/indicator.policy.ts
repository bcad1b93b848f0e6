import { staff, type FeaturePolicy } from '../../core/auth/rules.js';

// Indicators are for those who evaluate a project (the evaluation team's evaluators, and administrators of the
// project's promoter and partners, whose role includes it). They hold released figures only: no record, no person.
export const indicatorPolicy: FeaturePolicy = {
  operations: {
    projectIndicators: [staff('evaluate').on('Project', 'projectId')],
    // Lists only the projects the viewer evaluates.
    indicatorsOverview: [staff('evaluate')],
  },
};
