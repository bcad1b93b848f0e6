import { GraphQLError } from 'graphql';
import { isMessage, translate, type Message } from './i18n/messages.js';

// Stable codes that clients switch on. Messages are for people; codes are for programs.
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
  GRANT_OUT_OF_RANGE: 'GRANT_OUT_OF_RANGE',
  DOT_BUDGET_EXCEEDED: 'DOT_BUDGET_EXCEEDED',
  VOTING_ROUND_CLOSED: 'VOTING_ROUND_CLOSED',
  SESSION_NOT_OPEN: 'SESSION_NOT_OPEN',
  SESSION_FULL: 'SESSION_FULL',
  CALL_CLOSED: 'CALL_CLOSED',
  IMAGE_REFUSED: 'IMAGE_REFUSED',
  STRATEGY_NOT_EDITABLE: 'STRATEGY_NOT_EDITABLE',
  RESEARCH_CONSENT_REQUIRED: 'RESEARCH_CONSENT_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  MACHINE_TRANSLATION_OFF: 'MACHINE_TRANSLATION_OFF',
  MACHINE_TRANSLATION_FAILED: 'MACHINE_TRANSLATION_FAILED',
  // The HTTP request itself is wrong: too large, not JSON, a bad header.
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// A message is a catalog key (server/locales) so that each reader gets it in their language (the request's
// Accept-Language, see core/i18n/error-language.ts); `message` itself is the English text, for logs and tests.
// A plain string is said as it is, in every language: use it only for what no person reads.
export class DomainError extends GraphQLError {
  readonly i18n: Message | undefined;

  constructor(code: ErrorCode, message: string | Message, details: Record<string, unknown> = {}) {
    super(isMessage(message) ? translate(message, 'en') : message, { extensions: { code, ...details } });
    this.name = 'DomainError';
    this.i18n = isMessage(message) ? message : undefined;
  }
}

export const badInput = (message: string | Message, field?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

// What can be looked for and not found, each with its own sentence in the catalogs (`errors:notFound.<thing>`).
export type Thing =
  | 'account'
  | 'agendaPhase'
  | 'agendaTemplate'
  | 'attendance'
  | 'call'
  | 'carriedItem'
  | 'challenge'
  | 'consent'
  | 'idea'
  | 'invitation'
  | 'method'
  | 'methodText'
  | 'methodValidation'
  | 'organisation'
  | 'participant'
  | 'photo'
  | 'project'
  | 'projectPartner'
  | 'registration'
  | 'questionnaireItem'
  | 'response'
  | 'session'
  | 'strategy'
  | 'strategyAction'
  | 'strategyUpdate'
  | 'theme'
  | 'vote'
  | 'votingRound';

export const notFound = (what: Thing, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, { key: `common:notFound.${what}`, values: { id } }, { id });

export const conflict = (message: string | Message): DomainError => new DomainError(ErrorCode.CONFLICT, message);
