import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { entities } from '../../core/entities.js';
import { graphql } from './graphql.js';

const { getNamedType, isObjectType } = graphql;

// The GraphQL object types that are database records: the entities of core/entities.ts, by the
// name type-graphql gives them, as far as the schema exposes them.
const recordTypesOf = new WeakMap<GraphQLSchema, Set<string>>();

export function recordTypeNames(schema: GraphQLSchema): Set<string> {
  const cached = recordTypesOf.get(schema);
  if (cached) return cached;
  const objectTypes = getMetadataStorage().objectTypes;
  const names = new Set<string>();
  for (const entity of entities) {
    const meta = objectTypes.find((type) => type.target === entity);
    if (meta && isObjectType(schema.getType(meta.name))) names.add(meta.name);
  }
  recordTypesOf.set(schema, names);
  return names;
}

// Types that only wrap records (payloads, pages of a list); they do not count as a level of nesting.
export const isWrapperType = (name: string): boolean => name === 'PageInfo' || /(Connection|Edge|Payload)$/.test(name);

export type IdKind = { record: string } | { clientMutationId: true };

// Names of id arguments whose record type does not follow from the name itself.
const ID_ALIASES: Record<string, string> = {
  authorId: 'Participant',
  sourceIds: 'Challenge',
  roundId: 'VotingRound',
  actionId: 'StrategyAction',
  actionIds: 'StrategyAction',
  responseId: 'MunicipalityResponse',
  updateId: 'StrategyUpdate',
  phaseId: 'AgendaPhase',
  promoterId: 'Organisation',
  // The record a translatable text belongs to: the probes translate a challenge (TranslatableField CHALLENGE_TEXT).
  recordId: 'Challenge',
  actorAccountId: 'Account',
  callId: 'ProjectCall',
  carriedItemId: 'CarriedItem',
  photoId: 'SessionPhoto',
  templateId: 'AgendaTemplate',
};

// The same, where only the operation tells (`operation.path`).
const OPERATION_ID_ALIASES: Record<string, string> = {
  'mergeChallenges.input.targetId': 'Challenge',
  // Acting for one's own organisation: the partner organisation whose facilitator the matrix plays, and the
  // evaluation team (tenant.ts keeps their ids under these names).
  'createMethod.input.organisationId': 'PartnerOrganisation',
  'saveAgendaTemplate.input.organisationId': 'PartnerOrganisation',
  'validateMethod.input.organisationId': 'EvaluationTeam',
  // Evaluators validate methods they can see: one of the starter library, which belongs to no tenant.
  'validateMethod.input.methodId': 'StarterMethod',
  // A new session starts from a template everyone may use: the starter one; its agenda follows a starter method.
  'createSession.input.templateId': 'StarterTemplate',
  'createSession.input.agenda.methodId': 'StarterMethod',
  'setSessionAgenda.input.phases.methodId': 'StarterMethod',
  // The public view of a project is read by the project's id.
  'publicProject.id': 'Project',
};

// The first record-typed field of a payload: what a create operation makes under a client-chosen id.
export function payloadRecordType(schema: GraphQLSchema, type: GraphQLObjectType): string | undefined {
  const records = recordTypeNames(schema);
  if (records.has(type.name)) return type.name;
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type).name;
    if (records.has(named)) return named;
  }
  return undefined;
}

export interface IdPlace {
  operation: GraphQLField<unknown, unknown>;
  // Dotted path from the operation's arguments (`input.phases.id`), or from a field (`dotsUsedBy.participantId`).
  path: string;
  // The input type that holds the field, when it is not a direct argument.
  parentInput?: string;
  // The field the argument belongs to, for arguments of nested fields (`VotingRound.dotsUsedBy`).
  parentField?: GraphQLField<unknown, unknown>;
}

// Which record an ID argument names, from its name and place; undefined when it cannot be told.
export function idKind(schema: GraphQLSchema, place: IdPlace): IdKind | undefined {
  const records = recordTypeNames(schema);
  const name = place.path.split('.').pop() ?? '';
  if (name === 'clientMutationId') return { clientMutationId: true };
  const override = OPERATION_ID_ALIASES[`${place.operation.name}.${place.path}`] ?? ID_ALIASES[name];
  if (override) return { record: override };
  if (name === 'id') {
    const owner = place.parentField ?? place.operation;
    const ownType = getNamedType(owner.type);
    // `project(id)`: the record the query returns.
    if (!place.parentInput && records.has(ownType.name)) return { record: ownType.name };
    // `AgendaPhaseInput.id`: the record the input describes.
    const described = place.parentInput?.replace(/Input$/, '');
    if (described && records.has(described)) return { record: described };
    // `CreateThemeInput.id`: the client-chosen id of the record the mutation creates.
    const created = isObjectType(ownType) ? payloadRecordType(schema, ownType) : undefined;
    return created ? { record: created } : undefined;
  }
  const stem = /^(.+?)Ids?$/.exec(name)?.[1];
  const guess = stem ? stem[0]!.toUpperCase() + stem.slice(1) : '';
  return records.has(guess) ? { record: guess } : undefined;
}
