import { GraphQLError } from 'graphql';

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
  STRATEGY_NOT_EDITABLE: 'STRATEGY_NOT_EDITABLE',
  RESEARCH_CONSENT_REQUIRED: 'RESEARCH_CONSENT_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  // The HTTP request itself is wrong: too large, not JSON, a bad header.
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, field?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `No ${what} was found with id ${id}.`, { id });

export const conflict = (message: string): DomainError => new DomainError(ErrorCode.CONFLICT, message);
