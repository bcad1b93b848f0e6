import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
} from 'graphql';
import { graphql } from './graphql.js';
import { idKind, isWrapperType, type IdKind } from './records.js';

const { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType } = graphql;

// Generates a GraphQL request for any Query, Mutation or Subscription field from the schema alone: every ID argument
// (required or not) is asked of a chooser, other required arguments get plausible values by type and name,
// and the selection reads every scalar, with nested objects and connections two levels deep.

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface Operation {
  name: string;
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

// One place where a request names a record by id.
export interface IdSlot {
  path: string;
  kind: IdKind;
  list: boolean;
  // A field argument inside the selection (`dotsUsedBy.participantId`), not an argument of the operation.
  nested: boolean;
}

// What to put in an id slot; undefined leaves an optional one out.
export type IdChooser = (slot: IdSlot) => string | string[] | undefined;

export interface GeneratedRequest {
  query: string;
  variables: Record<string, unknown>;
  slots: IdSlot[];
  // ID arguments whose record type cannot be told from their name: extend the map in records.ts.
  unknownIds: string[];
}

// Nested objects (not counting payloads and pages) two levels below the operation's own record.
export const DEEP = 2;
// Only the scalars of the operation's own record: a refused nested field cannot null a leak away.
export const SHALLOW = 0;

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const list = (kind: OperationKind) => {
    const type = {
      query: schema.getQueryType(),
      mutation: schema.getMutationType(),
      subscription: schema.getSubscriptionType(),
    }[kind];
    return Object.values(type?.getFields() ?? {}).map((field) => ({ name: field.name, kind, field }));
  };
  return [...list('query'), ...list('mutation'), ...list('subscription')].toSorted((a, b) =>
    a.name.localeCompare(b.name),
  );
}

function stringFor(name: string): string {
  if (/email/i.test(name)) return 'matrix.visitor@example.org';
  if (/password/i.test(name)) return 'Matrix-Password-2026!';
  if (/^languages?$/.test(name)) return 'nl';
  if (name === 'startsOn') return '2026-03-01';
  if (name === 'endsOn') return '2026-12-31';
  if (name === 'textVersion') return '2026-01';
  if (name === 'token') return 'matrix-unknown-token';
  return 'A plausible text from the matrix';
}

function intFor(name: string): number {
  return { grantEuros: 150_000, capacity: 20, durationMinutes: 60, dotsPerParticipant: 3, dots: 1 }[name] ?? 1;
}

function scalarFor(type: GraphQLNamedType, name: string): unknown {
  if (isEnumType(type)) return type.getValues()[0]?.name;
  switch (type.name) {
    case 'String':
      return stringFor(name);
    case 'Int':
      return intFor(name);
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return name === 'givenAt' ? '2026-01-10T10:00:00.000Z' : '2026-11-20T18:00:00.000Z';
    default:
      throw new Error(`The matrix has no value for scalar ${type.name} (${name}); add one in operations.ts.`);
  }
}

const isRequired = (input: GraphQLArgument | GraphQLInputField): boolean =>
  isNonNullType(input.type) && input.defaultValue === undefined;

function containsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => containsId(field.type, seen));
}

const isList = (type: GraphQLInputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

// `optional` gives values to optional arguments of the operation that would otherwise be left out
// (`sessionEvents(after: "0")`).
export function generateRequest(
  schema: GraphQLSchema,
  operation: Operation,
  choose: IdChooser,
  levels = DEEP,
  optional: Record<string, unknown> = {},
): GeneratedRequest {
  const slots: IdSlot[] = [];
  const unknownIds: string[] = [];

  type Place = { parentInput?: string; parentField?: GraphQLField<unknown, unknown> };
  const idValue = (path: string, type: GraphQLInputType, nested: boolean, place: Place) => {
    const kind = idKind(schema, { operation: operation.field, path, ...place });
    if (!kind) {
      unknownIds.push(`${operation.name}: ${path}`);
      return undefined;
    }
    const slot: IdSlot = { path, kind, list: isList(type), nested };
    slots.push(slot);
    const chosen = choose(slot);
    if (chosen === undefined) return undefined;
    return slot.list ? ([] as string[]).concat(chosen) : Array.isArray(chosen) ? chosen[0] : chosen;
  };

  const inputValue = (type: GraphQLInputType, path: string, name: string, parentInput: string | undefined): unknown => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (getNamedType(inner).name === 'ID') return idValue(path, type, false, parentInput ? { parentInput } : {});
    if (isListType(inner)) {
      const item = inputValue(inner.ofType, path, name, parentInput);
      return item === undefined ? undefined : [item];
    }
    if (isInputObjectType(inner)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (!isRequired(field) && !containsId(field.type)) continue;
        const v = inputValue(field.type, `${path}.${field.name}`, field.name, inner.name);
        if (v !== undefined) value[field.name] = v;
      }
      return value;
    }
    return scalarFor(getNamedType(inner), name);
  };

  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of operation.field.args) {
    if (!isRequired(arg) && !containsId(arg.type) && !(arg.name in optional)) continue;
    const value = arg.name in optional ? optional[arg.name] : inputValue(arg.type, arg.name, arg.name, undefined);
    if (value === undefined) continue;
    variables[arg.name] = value;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }

  // Arguments of nested fields: ids are filled in as literals, other required ones make the field be left out.
  const fieldArguments = (field: GraphQLField<unknown, unknown>, path: string): string | undefined => {
    const parts: string[] = [];
    for (const arg of field.args) {
      if (!isRequired(arg)) continue;
      if (getNamedType(arg.type).name !== 'ID') return undefined;
      const value = idValue(`${path}.${arg.name}`, arg.type, true, { parentField: field });
      if (value === undefined) return undefined;
      parts.push(`${arg.name}: ${JSON.stringify(value)}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };

  const selection = (type: GraphQLNamedType, level: number): string => {
    if (!isObjectType(type)) return '';
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const fieldPath = `${type.name}.${field.name}`;
      const fieldArgs = fieldArguments(field, fieldPath);
      if (fieldArgs === undefined) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        parts.push(`${field.name}${fieldArgs}`);
        continue;
      }
      const next = isWrapperType(named.name) ? level : level + 1;
      if (next > levels) continue;
      const sub = selection(named, next);
      if (sub) parts.push(`${field.name}${fieldArgs} ${sub}`);
    }
    return parts.length ? `{ ${parts.join(' ')} }` : '';
  };

  const returned = getNamedType(operation.field.type);
  const body = selection(returned, isWrapperType(returned.name) ? -1 : 0);
  const query =
    `${operation.kind} Matrix${definitions.length ? `(${definitions.join(', ')})` : ''} ` +
    `{ ${operation.name}${args.length ? `(${args.join(', ')})` : ''} ${body} }`;
  return { query, variables, slots, unknownIds };
}

export interface ArgumentPath {
  // The named type at the end of the path (`ID`, `String`, an enum, an input type).
  type: string;
  list: boolean;
}

// Every dotted path into an operation's arguments, through input types (`input.phases.id`).
export function argumentPaths(field: GraphQLField<unknown, unknown>): Map<string, ArgumentPath> {
  const paths = new Map<string, ArgumentPath>();
  const walk = (type: GraphQLInputType, path: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    paths.set(path, { type: named.name, list: isList(type) });
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const inner of Object.values(named.getFields()))
      walk(inner.type, `${path}.${inner.name}`, new Set([...seen, named.name]));
  };
  for (const arg of field.args) walk(arg.type, arg.name, new Set());
  return paths;
}
