import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test-support/matrix/graphql.js';
import { argumentPaths, operationsOf } from '../../test-support/matrix/operations.js';
import { recordTypeNames } from '../../test-support/matrix/records.js';
import { buildAppSchema } from '../schema.js';
import { fieldRules, operationRules, roleCapabilities, typeRules, type Capability, type Target } from './policy.js';
import { scopedTypes } from './scope.js';
import { StaffRole } from './viewer.js';

const { isObjectType } = graphql;

// The policy is a table; these tests keep it in step with the schema, so that an operation, record type or
// field added to the API cannot go without a rule, and a rule cannot point at something that is not there.

// Operations anyone may call without signing in. Each one is reviewed: it must not need a target.
const OPEN_OPERATIONS = [
  'acceptInvitation',
  'invitation',
  'joinPreview',
  'joinSession',
  'myParticipation',
  'signIn',
  'signOut',
  'viewer',
];

// Id arguments the guard does not check, and why that is safe. `*` stands for any operation.
const UNCHECKED_IDS: Record<string, string> = {
  '*.input.clientMutationId':
    "the client's own key for retries, not a record (see the replay hole in authorization-matrix.test.ts)",
  '*.input.id':
    'the client-chosen id of the record being created (see the createOnce hole in authorization-matrix.test.ts)',
  'createSession.input.agenda.id': 'a client-chosen id for a new phase of the new session',
  'setSessionAgenda.input.phases.id': 'the service refuses a phase of another session',
  'createInvitation.input.projectIds': "the service refuses projects outside the administrator's own",
  'updateAccount.input.projectIds': "the service refuses projects outside the administrator's own",
  'auditLog.filter.actorAccountId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLog.filter.participantId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLogCsv.filter.actorAccountId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLogCsv.filter.participantId': "a filter within the administrator's own entries: another's id matches nothing",
  'addProjectPartner.input.organisationId':
    "HOLE, not safe: any organisation can be added to one's project (see authorization-matrix.test.ts)",
};

// What each role may do, as a table a person can read.
const CAPABILITY_TABLE = `
                read  plan  record  personal  review  administer  evaluate
ADMINISTRATOR   x     x     x       x         x       x           x
FACILITATOR     x     x     x       x         .       .           .
REVIEWER        x     .     .       .         x       .           .
EVALUATOR       .     .     .       .         .       .           x
`;

const CAPABILITIES: Capability[] = ['read', 'plan', 'record', 'personal', 'review', 'administer', 'evaluate'];

function capabilityTable(): string {
  const widths = [16, ...CAPABILITIES.map((c) => Math.max(c.length + 2, 6))];
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('')
      .trimEnd();
  const roles = [StaffRole.ADMINISTRATOR, StaffRole.FACILITATOR, StaffRole.REVIEWER, StaffRole.EVALUATOR];
  return [
    '',
    row(['', ...CAPABILITIES]),
    ...roles.map((role) => row([role, ...CAPABILITIES.map((c) => (roleCapabilities[role].has(c) ? 'x' : '.'))])),
    '',
  ].join('\n');
}

describe('authorization policy', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const rootFields = () => [
    ...operationsOf(schema).map((o) => o.name),
    ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
  ];

  it('should have a rule for every Query, Mutation and Subscription field, and no rule for an operation that is gone', () => {
    const operations = rootFields();
    expect(
      operations.filter((name) => !(name in operationRules)),
      'operations without a rule',
    ).toEqual([]);
    expect(
      Object.keys(operationRules).filter((name) => !operations.includes(name)),
      'rules without an operation',
    ).toEqual([]);
  });

  it('should have a type rule for every database record the schema shows, and only for those', () => {
    const records = [...recordTypeNames(schema)].toSorted();
    expect(records.length).toBeGreaterThan(10);
    expect(
      records.filter((type) => !(type in typeRules)),
      'records without a type rule',
    ).toEqual([]);
    expect(
      Object.keys(typeRules).filter((type) => !records.includes(type)),
      'type rules without a record',
    ).toEqual([]);
  });

  it('should be able to find the project of every record that staff or participants read by project', () => {
    const unscoped = Object.entries(typeRules)
      .filter(([, rule]) => !rule.special && (rule.staff || rule.participant))
      .map(([type]) => type)
      .filter((type) => !scopedTypes.has(type));
    expect(unscoped, 'add a query to core/auth/scope.ts for these types').toEqual([]);
  });

  it('should name an existing field in every field rule', () => {
    const missing = Object.keys(fieldRules).filter((key) => {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName ?? '');
      return !isObjectType(type) || !type.getFields()[fieldName ?? ''];
    });
    expect(missing).toEqual([]);
  });

  it('should point every target at an ID argument of its operation, of a type the guard can scope', () => {
    const fields = new Map(
      operationsOf(schema)
        .map((o) => [o.name, o.field] as const)
        .concat(Object.values(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => [f.name, f] as const)),
    );
    const scopable = new Set([...scopedTypes, 'Organisation', 'OwnOrganisation', 'Account']);
    const problems: string[] = [];
    for (const [name, rule] of Object.entries(operationRules)) {
      const field = fields.get(name);
      if (!field) continue;
      const paths = argumentPaths(field);
      const check = (what: string, path: string) => {
        const found = paths.get(path);
        if (!found) problems.push(`${name}: ${what} ${path} is not an argument`);
        else if (found.type !== 'ID') problems.push(`${name}: ${what} ${path} is a ${found.type}, not an ID`);
      };
      const targets: Target[] = [...(rule.staff?.targets ?? []), ...(rule.participant?.targets ?? [])];
      for (const target of targets) {
        check('target', target.arg);
        if (!scopable.has(target.type))
          problems.push(`${name}: target type ${target.type} cannot be scoped (scope.ts)`);
        if (!recordTypeNames(schema).has(target.type === 'OwnOrganisation' ? 'Organisation' : target.type))
          problems.push(`${name}: target type ${target.type} is not a record`);
      }
      if (rule.participant?.self) check('self', rule.participant.self);
    }
    expect(problems).toEqual([]);
  });

  it('should check every id argument of every operation that is not open to anyone, or say why not', () => {
    const unchecked: string[] = [];
    for (const operation of operationsOf(schema)) {
      const rule = operationRules[operation.name];
      if (!rule || rule.anyone) continue;
      const targets = new Set([...(rule.staff?.targets ?? []), ...(rule.participant?.targets ?? [])].map((t) => t.arg));
      if (rule.participant?.self) targets.add(rule.participant.self);
      for (const [path, { type }] of argumentPaths(operation.field)) {
        if (type !== 'ID' || targets.has(path)) continue;
        const generic = `*.${path.split('.').slice(-2).join('.')}`;
        if (!UNCHECKED_IDS[`${operation.name}.${path}`] && !UNCHECKED_IDS[generic])
          unchecked.push(`${operation.name}.${path}`);
      }
    }
    expect(unchecked, 'add a target in policy.ts, or a reason in UNCHECKED_IDS').toEqual([]);
  });

  it('should give every participant rule a target in the session or the participant themselves', () => {
    // The guard refuses a participant who names neither: such a rule would never let one in.
    const unusable = Object.entries(operationRules)
      .filter(([, rule]) => rule.participant && !rule.participant.self && rule.participant.targets.length === 0)
      .map(([name]) => name);
    expect(unusable).toEqual([]);
  });

  it('should keep the operations open to anyone to the reviewed list', () => {
    const open = Object.entries(operationRules)
      .filter(([, rule]) => rule.anyone)
      .map(([name]) => name)
      .toSorted();
    expect(open).toEqual(OPEN_OPERATIONS);
  });

  it('should give each role the capabilities of the table', () => {
    expect(capabilityTable()).toBe(CAPABILITY_TABLE);
  });

  it('should keep personal data to roles with the personal capability', () => {
    const personalFields = Object.entries(fieldRules).filter(([, rule]) => rule.audit);
    expect(personalFields.length).toBeGreaterThan(0);
    for (const [field, rule] of personalFields) expect(rule.staff, field).toEqual(['personal']);
    for (const type of ['Consent', 'Attendance']) expect(typeRules[type]?.staff, type).toEqual(['personal']);
    expect(roleCapabilities[StaffRole.REVIEWER].has('personal')).toBe(false);
    expect(roleCapabilities[StaffRole.EVALUATOR].has('personal')).toBe(false);
  });
});
