import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ErrorCode } from './errors.js';
import { currentRequest } from './http/request-scope.js';
import { validationMessage } from './i18n/validation-messages.js';
import type { Logger } from './logger.js';

const knownCodes = new Set<string>(Object.values(ErrorCode));
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';
const apolloCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

interface ValidationProblem {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

// class-validator nests the problems of nested inputs (an agenda's phases, say); people need them all. Each keeps
// the catalog key of its message (`i18n`), said in the reader's language as the answer leaves (i18n/error-language.ts).
function flattenValidation(errors: ValidationProblem[] = [], prefix = '') {
  return errors.flatMap((error): { field: string; message: string; i18n?: object }[] => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
        const i18n = validationMessage(error.target, error.property, constraint);
        return i18n ? { field, message, i18n } : { field, message };
      }),
      ...flattenValidation(error.children, field),
    ];
  });
}

const codeOf = (value: unknown): string | undefined => {
  if (!value || typeof value !== 'object' || !('extensions' in value)) return undefined;
  const extensions = value.extensions as { code?: unknown; http?: { status?: unknown } } | undefined;
  if (typeof extensions?.code === 'string') return extensions.code;
  // Apollo marks some refusals of a request only with their HTTP status ("provided sha does not match query").
  const status = extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : undefined;
};

const expected = (code: string | undefined): string | undefined =>
  code && code !== ErrorCode.INTERNAL_SERVER_ERROR && (knownCodes.has(code) || apolloCodes.has(code))
    ? code
    : undefined;

// The code of an error we meant to raise, or undefined for an unexpected one. It is read from the thrown error
// itself (a DomainError, Apollo's and graphql's own request errors), never from the formatted one: Apollo labels
// every other error INTERNAL_SERVER_ERROR there, and that label once let a database error's text through as if
// it were ours.
function expectedCode(formatted: GraphQLFormattedError, error: unknown, original: unknown): string | undefined {
  // graphql stops coercing variables after 50 bad values and says so in an error of its own, which Apollo does not
  // mark as the client's (it marks the 50 before it): it is the client's all the same. (By name: Apollo's copy of
  // graphql is not the one this module imports, so `instanceof GraphQLError` is false for it.)
  if (
    original instanceof Error &&
    original.name === 'GraphQLError' &&
    !(original as { originalError?: unknown }).originalError &&
    original.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
  )
    return ErrorCode.BAD_USER_INPUT;
  const own = codeOf(original);
  if (own) return expected(own);
  // graphql's own errors about the request (syntax, validation) have nothing thrown behind them; the endpoint that
  // found them named their code (see pubsub.ts). A failed resolver or a broken answer has none.
  const thrown = error && typeof error === 'object' && 'originalError' in error ? error.originalError : undefined;
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  return thrown || original !== error ? undefined : expected(code);
}

export interface FormatErrorOptions {
  // In production, graphql's "Did you mean …?" hints are left out: they spell out the schema to a scanner.
  production: boolean;
}

// Every error leaves with a stable code and a message a person understands. Anything unexpected is logged with its
// stack under the request's id, and answered with that id and without internals.
export function formatError(logger: Logger, options: FormatErrorOptions = { production: false }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidation(original.extensions.validationErrors);
      return {
        message: `Some input is not valid: ${problems.map((p) => p.message).join('; ') || 'check the fields'}.`,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems, i18n: { key: 'common:invalidInput' } },
      };
    }
    const code = expectedCode(formatted, error, original);
    if (code) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      const message = options.production ? formatted.message.replace(/ ?Did you mean .+\?$/, '') : formatted.message;
      const i18n = original instanceof DomainError ? original.i18n : undefined;
      return { ...formatted, message, extensions: i18n ? { ...extensions, code, i18n } : { ...extensions, code } };
    }
    const scope = currentRequest();
    const requestId = scope?.requestId ?? randomUUID();
    (scope?.logger ?? logger).error(
      { err: original, requestId, path: formatted.path },
      'unexpected error in a GraphQL request',
    );
    return {
      message:
        'Something went wrong on our side. Please try again; if it keeps happening, tell the organisers and ' +
        `give them this reference: ${requestId}.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        requestId,
        i18n: { key: 'common:internal', values: { requestId } },
      },
    };
  };
}
