import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ErrorCode } from './errors.js';
import { validationMessage } from './i18n/validation-messages.js';
import type { Logger } from './logger.js';

const knownCodes = new Set<string>(Object.values(ErrorCode));
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

// Every error leaves with a stable code and a message a person understands; anything
// unexpected is logged in full and answered without internals or a stack trace.
export function formatError(logger: Logger) {
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
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (knownCodes.has(code) || apolloCodes.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      const i18n = original instanceof DomainError ? original.i18n : undefined;
      return { ...formatted, extensions: i18n ? { ...extensions, i18n } : extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again; if it keeps happening, tell the organisers.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, i18n: { key: 'common:internal' } },
    };
  };
}
