export type { Refusal } from '../../app/offline/queue';
export { refusalOf } from '../../app/offline/refusal';

// The codes a participant can meet, each with its own plain sentence in the locale files.
export const knownRefusals = [
  'DOT_BUDGET_EXCEEDED',
  'SESSION_NOT_OPEN',
  'VOTING_ROUND_CLOSED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;

export type KnownRefusal = (typeof knownRefusals)[number];

export const isKnownRefusal = (code: string): code is KnownRefusal =>
  (knownRefusals as readonly string[]).includes(code);
