// The indicators an evaluator can point to when validating a method: what Samenspraak measures (see the indicator
// pages). They are stored as these English phrases, the same for every reader, and shown in the reader's language; a
// phrase the app does not know (typed by another client) is shown as it was written.
export const VALIDATION_INDICATORS = [
  'attendance by group',
  'returning participants',
  'contributions by group',
  'votes by group',
  'strategies adopted',
  'civic competence change',
] as const;

export type ValidationIndicator = (typeof VALIDATION_INDICATORS)[number];

export const isKnownIndicator = (value: string): value is ValidationIndicator =>
  (VALIDATION_INDICATORS as readonly string[]).includes(value);

// The key of an indicator's label in the `method` namespace.
const KEYS = {
  'attendance by group': 'indicator.attendance_by_group',
  'returning participants': 'indicator.returning_participants',
  'contributions by group': 'indicator.contributions_by_group',
  'votes by group': 'indicator.votes_by_group',
  'strategies adopted': 'indicator.strategies_adopted',
  'civic competence change': 'indicator.civic_competence_change',
} as const satisfies Record<ValidationIndicator, string>;

export const indicatorKey = (indicator: ValidationIndicator) => KEYS[indicator];
