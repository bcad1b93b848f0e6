import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from './errors.js';
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
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

// class-validator nests the problems of nested inputs (an agenda's phases, say); people need them all.
function flattenValidation(errors: ValidationProblem[] = [], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => ({ field, message })),
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
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (knownCodes.has(code) || apolloCodes.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again; if it keeps happening, tell the organisers.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
