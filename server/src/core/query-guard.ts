// What a GraphQL document may ask before anything runs, over HTTP and WebSocket alike: limits on its size and
// shape (from graphql-armor), no text that PostgreSQL cannot store, and introspection only for staff in production.
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type {
  ASTNode,
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';

// The copy of graphql that Apollo Server and type-graphql use (see pubsub.ts): errors made here must be its own,
// and graphql-query-complexity must read the schema with it.
const require = createRequire(import.meta.url);
const graphql = require('graphql') as typeof import('graphql');
const { getComplexity } = require('graphql-query-complexity') as typeof import('graphql-query-complexity');

export interface QueryLimits {
  // Nesting of fields: `{ a { b { c } } }` is 3.
  depth: number;
  // Aliased fields in one operation: each one asks for a field again.
  aliases: number;
  // How many fields the answer may hold, counting every page of a list at its full size (`first`).
  cost: number;
  // Tokens of the document (names, punctuation, values): bounds the work of parsing before anything else.
  tokens: number;
}

// Set to hold every query the web app sends and the tests' own, with room to spare; see the README to change them.
// The heaviest today: the web app's StrategiesPage (cost 2.7 million: 200 projects × 2 × 200 strategies), the
// board queries (about 210,000, nesting 9), and the authorization matrix's generated requests (nesting 12).
export const QUERY_LIMIT_DEFAULTS: QueryLimits = { depth: 15, aliases: 30, cost: 5_000_000, tokens: 5_000 };
const MAX_DIRECTIVES = 50;

type Rejection = (context: ValidationContext | null, error: GraphQLError) => void;

// graphql-armor's messages start with "Syntax Error" and name its own terms; people get a sentence that says
// what to change, with the numbers.
function reject(explain: (limit: number, found: number) => string, limit: number): Rejection {
  return (context, error) => {
    const found = Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? Number.NaN);
    context?.reportError(
      new graphql.GraphQLError(explain(limit, Math.ceil(found)), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
      }),
    );
  };
}

// Validation rules for both endpoints, from one set of limits.
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({
      ...common,
      // Fields count, fragments do not: the nesting of the answer.
      flattenFragments: true,
      n: limits.depth,
      onReject: [
        reject(
          (n, found) =>
            `This query nests its fields ${found} levels deep; at most ${n} levels are allowed. Ask for fewer nested fields.`,
          limits.depth,
        ),
      ],
    }),
    maxAliasesRule({
      ...common,
      n: limits.aliases,
      // Every alias counts, `__typename` too: each one is one more answer to write.
      allowList: [],
      onReject: [
        reject(
          (n, found) => `This query uses ${found} aliases; at most ${n} are allowed. Send several smaller queries.`,
          limits.aliases,
        ),
      ],
    }),
    maxDirectivesRule({
      ...common,
      n: MAX_DIRECTIVES,
      onReject: [
        reject((n, found) => `This query uses ${found} directives; at most ${n} are allowed.`, MAX_DIRECTIVES),
      ],
    }),
  ];
}

// A field costs 1, plus its selection times the page size it asks for (`first`, with the schema's default when
// left out); a list without `first` counts once. Variables count too, unlike graphql-armor's own cost rule.
const PAGE_SIZE = 'first';
const fieldCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = args[PAGE_SIZE];
  return 1 + (typeof size === 'number' && size > 0 ? size : 1) * childComplexity;
};

// The cost of an operation; throws when the variables do not fit their types.
export const queryCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number =>
  getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [fieldCost],
  });

// The variables an operation's cost can depend on: those in the page size `fieldCost` reads and in a directive
// (`@include`, `@skip`). The rest (a new idea's text, an id) leave it as it is.
const costVariables = perDocument((document: DocumentNode): string[] => {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    graphql.visit(node, { Variable: (variable) => void names.add(variable.name.value) });
  graphql.visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) if (argument.name.value === PAGE_SIZE) collect(argument.value);
    },
    Directive(directive) {
      collect(directive);
    },
  });
  return [...names].toSorted();
});

// The costs worked out for each parsed document, by operation and the values of its cost's variables: a phone sends
// the same board query, and the same createIdea with another text, again and again. A few per document, so that a
// client changing its page sizes on every request holds no memory.
const COSTS_PER_DOCUMENT = 16;
const knownCosts = perDocument((): Map<string, number> => new Map());

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): number {
  // A variable left out (its default applies) is not one sent as null.
  const values = costVariables(document).map((name) =>
    variables && Object.hasOwn(variables, name) ? [variables[name]] : [],
  );
  const key = JSON.stringify([operationName ?? null, ...values]);
  const known = knownCosts(document);
  let cost = known.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables, operationName);
    if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
  }
  return cost;
}

function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limit: number,
): GraphQLError | undefined {
  let cost: number;
  try {
    cost = costOf(schema, document, variables, operationName);
  } catch {
    // Variables that do not fit their types: execution refuses them with a clear BAD_USER_INPUT.
    return undefined;
  }
  if (cost <= limit) return undefined;
  return new graphql.GraphQLError(
    `This query could return ${cost.toLocaleString('en')} fields; at most ${limit.toLocaleString('en')} are allowed. ` +
      'Ask for fewer fields or smaller pages (first).',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } } },
  );
}

// graphql's own parser stops after this many tokens, with a syntax error that says so.
export const parseOptions = (limits: QueryLimits): ParseOptions => ({ maxTokens: limits.tokens });

// ---------------------------------------------------------------------------------------------------------------
// Text PostgreSQL cannot store: a NUL character, or half of a surrogate pair (not a character at all).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnsafeText = (text: string): boolean => text.includes('\0') || LONE_SURROGATE.test(text);

// The path of the first unsafe string in a JSON value (the variables), or undefined. Iterative: a request may nest
// its variables as deep as its body allows.
function unsafeInValue(value: unknown, root: string): string | undefined {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (isUnsafeText(item)) return path;
    } else if (Array.isArray(item)) {
      item.forEach((inner, index) => stack.push([inner, `${path}.${index}`]));
    } else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (isUnsafeText(key)) return path;
        stack.push([inner, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

const named = (node: ASTNode): string => ('name' in node && node.name ? node.name.value : '?');

// What a document says of itself alone, worked out once for each parsed document: the server keeps the documents it
// has parsed and hands the same one to every request that sends the same text (a phone's board query).
function perDocument<T>(read: (document: DocumentNode) => T): (document: DocumentNode) => T {
  const known = new WeakMap<DocumentNode, { value: T }>();
  return (document) => {
    let entry = known.get(document);
    if (!entry) known.set(document, (entry = { value: read(document) }));
    return entry.value;
  };
}

// The argument path of the first unsafe string literal in a document (`input.text`), or undefined.
const unsafeInDocument = perDocument((document: DocumentNode): string | undefined => {
  let found: string | undefined;
  const names: string[] = [];
  graphql.visit(document, {
    Argument: { enter: (node) => void names.push(named(node)), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(named(node)), leave: () => void names.pop() },
    VariableDefinition: {
      enter: (node) => void names.push(`$${node.variable.name.value}`),
      leave: () => void names.pop(),
    },
    StringValue(node) {
      if (found === undefined && isUnsafeText(node.value)) {
        found = names.join('.') || 'the query';
        return graphql.BREAK;
      }
      return undefined;
    },
  });
  return found;
});

// A BAD_USER_INPUT error when any string argument (a literal or a variable, however nested) holds unsafe text.
export function unsafeTextError(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const field = unsafeInDocument(document) ?? (variables ? unsafeInValue(variables, '$') : undefined);
  if (field === undefined) return undefined;
  const shown = field.replace(/^\$\.?/, '');
  return new graphql.GraphQLError(
    `The text in ${shown || 'the variables'} holds a character that cannot be stored (a NUL character or a broken ` +
      'Unicode character). Remove it and try again.',
    { extensions: { code: ErrorCode.BAD_USER_INPUT, field: shown, http: { status: 400 } } },
  );
}

// ---------------------------------------------------------------------------------------------------------------

const asksIntrospection = perDocument((document: DocumentNode): boolean => {
  let found = false;
  graphql.visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return graphql.BREAK;
      }
      return undefined;
    },
  });
  return found;
});

export interface OperationCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown> | null | undefined;
  operationName: string | null | undefined;
  limits: QueryLimits;
  production: boolean;
  staff: boolean;
}

// Checks a parsed and validated operation before any resolver runs, over HTTP and WebSocket: unsafe text, the cost
// limit, and in production introspection for anyone but signed-in staff (the schema is public in the repository;
// staff tools may read it from a running server, an anonymous scanner may not).
export function checkOperation(check: OperationCheck): GraphQLError | undefined {
  const unsafe = unsafeTextError(check.document, check.variables);
  if (unsafe) return unsafe;
  if (check.production && !check.staff && asksIntrospection(check.document)) {
    return new graphql.GraphQLError('Introspection is open only to signed-in staff on this server.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  }
  return costError(check.schema, check.document, check.variables, check.operationName, check.limits.cost);
}

export function queryGuardPlugin(options: {
  schema: GraphQLSchema;
  limits: QueryLimits;
  production: boolean;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const refused = checkOperation({
            ...options,
            document,
            variables: request.variables,
            operationName: request.operationName,
            staff: contextValue.viewer.kind === 'staff',
          });
          if (refused) throw refused;
        },
      };
    },
  };
}
