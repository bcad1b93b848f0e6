import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// Only the municipality answers: `review` is held by the staff of the organisation that promotes the project
// (the role table, account.policy.ts), never by a partner's.
export const reviewPolicy: FeaturePolicy = {
  operations: {
    respondToStrategy: [staff('review').on('Strategy', 'input.strategyId')],
    updateStrategyResponse: [staff('review').on('MunicipalityResponse', 'input.responseId')],
  },
  records: {
    MunicipalityResponse: {
      place: {
        sql: `select m.id, s.project_id, s.id as session_id from municipality_response m
              join strategy g on g.id = m.strategy_id join session s on s.id = g.session_id where m.id in (%)`,
        parent: { field: 'strategy', type: 'Strategy' },
      },
      read: [staff('read'), participant()],
    },
  },
};
