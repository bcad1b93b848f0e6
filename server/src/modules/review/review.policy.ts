import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// Only the municipality answers and follows up: `review` is held by the staff of the organisation that promotes the
// project (the role table, account.policy.ts), never by a partner's.
export const reviewPolicy: FeaturePolicy = {
  operations: {
    respondToStrategy: [staff('review').on('Strategy', 'input.strategyId')],
    updateStrategyResponse: [staff('review').on('MunicipalityResponse', 'input.responseId')],
    addStrategyUpdate: [staff('review').on('Strategy', 'input.strategyId').on('StrategyAction', 'input.actionId')],
    correctStrategyUpdate: [staff('review').on('StrategyUpdate', 'input.updateId')],
    removeStrategyUpdate: [staff('review').on('StrategyUpdate', 'input.updateId')],
    // Lists only what the viewer answers for; a project or session named in the filter must be one of those.
    strategyInbox: [staff('review').on('Project', 'filter.projectId').on('Session', 'filter.sessionId')],
    outcomeOverview: [staff('review')],
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
    StrategyUpdate: {
      place: {
        sql: `select u.id, s.project_id, s.id as session_id from strategy_update u
              join strategy g on g.id = u.strategy_id join session s on s.id = g.session_id where u.id in (%)`,
        parent: { field: 'strategy', type: 'Strategy' },
      },
      read: [staff('read'), participant()],
    },
  },
};
