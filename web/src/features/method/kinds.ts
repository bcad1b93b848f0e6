import type { PhaseKind } from '../../gql/graphql';

// Every kind of agenda phase, in the order a workshop usually runs them; the break, the questionnaire and the free
// format last.
export const METHOD_KINDS: readonly PhaseKind[] = [
  'WELCOME',
  'INPUT',
  'CHALLENGES',
  'CLUSTERING',
  'IDEAS',
  'SMALL_GROUPS',
  'VOTING',
  'STRATEGIES',
  'EVALUATION',
  'QUESTIONNAIRE',
  'BREAK',
  'FREE',
];
