import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

export const strategyPolicy: FeaturePolicy = {
  operations: {
    strategy: [staff('read').on('Strategy', 'id'), participant().on('Strategy', 'id')],
    createStrategy: [staff('record').on('Session', 'input.sessionId').on('Idea', 'input.ideaIds')],
    updateStrategy: [staff('record').on('Strategy', 'input.strategyId').on('Idea', 'input.ideaIds')],
    addStrategyAction: [staff('record').on('Strategy', 'input.strategyId')],
    updateStrategyAction: [staff('record').on('StrategyAction', 'input.actionId')],
    removeStrategyAction: [staff('record').on('StrategyAction', 'input.actionId')],
    reorderStrategyActions: [
      staff('record').on('Strategy', 'input.strategyId').on('StrategyAction', 'input.actionIds'),
    ],
    submitStrategy: [staff('record').on('Strategy', 'input.strategyId')],
  },
  records: {
    Strategy: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from strategy t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
    StrategyAction: {
      place: {
        sql: `select a.id, s.project_id, s.id as session_id from strategy_action a join strategy g on g.id = a.strategy_id
              join session s on s.id = g.session_id where a.id in (%)`,
        parent: { field: 'strategy', type: 'Strategy' },
      },
      read: [staff('read'), participant()],
    },
  },
};
