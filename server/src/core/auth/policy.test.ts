import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test-support/matrix/graphql.js';
import { argumentPaths, operationsOf } from '../../test-support/matrix/operations.js';
import { recordTypeNames } from '../../test-support/matrix/records.js';
import { ROLE_TABLE } from '../../modules/account/account.policy.js';
import { SessionStatus } from '../../modules/session/session.entity.js';
import { STATUS_CHANGES } from '../../modules/session/session.policy.js';
import { STATUS_TRANSITIONS } from '../../modules/session/session.service.js';
import { appPolicy } from '../policies.js';
import { buildAppSchema } from '../schema.js';
import { CAPABILITIES, type Access, type FeaturePolicy } from './rules.js';
import { StaffRole } from './viewer.js';

const { isObjectType } = graphql;

// The features' declarations are tables; these tests keep them in step with the schema, so that an operation,
// record type or field added to the API cannot go without a rule, and a rule cannot point at something that is
// not there. What the rules SAY is tested against the rule text in authorization-matrix.test.ts.

const MODULES = fileURLToPath(new URL('../../modules/', import.meta.url));

// Operations anyone may call without signing in. Each one is reviewed: it must not need a target.
const OPEN_OPERATIONS = [
  'acceptInvitation',
  // A call between sessions by its code: the project's title and the call's prompt; wrong codes count against the
  // device, as joinPreview's do.
  'callPreview',
  'invitation',
  'joinPreview',
  'joinSession',
  // Only ever about the participant asking: the resolver reads the viewer, and refuses anyone not signed in to a call.
  'myCall',
  'myParticipation',
  // The outcome pages: anyone reads a project whose municipality made them public (the condition of the way in).
  'publicProject',
  'publicProjects',
  // The server's clock, that every screen counts phases down by: nothing about anyone.
  'serverTime',
  'signIn',
  // A participant of the project signs in to its call with the call's code and the code on their card; wrong codes
  // count against the device, and a personal code of another project finds nobody.
  'signInToCall',
  // A participant coming back with the code on their card; wrong codes count against the device.
  'signInWithPersonalCode',
  'signOut',
  'viewer',
];

// Id arguments the guard does not check, and why that is safe. `*` stands for any operation.
const UNCHECKED_IDS: Record<string, string> = {
  '*.input.clientMutationId':
    "the client's own key for retries, not a record (see the replay probes in authorization-matrix.test.ts)",
  '*.input.id':
    'the client-chosen id of the record being created (see the one-id-at-B probes in authorization-matrix.test.ts)',
  'createSession.input.agenda.id': 'a client-chosen id for a new phase of the new session',
  'setSessionAgenda.input.phases.id': 'the service refuses a phase of another session',
  'auditLog.filter.actorAccountId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLog.filter.participantId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLogCsv.filter.actorAccountId': "a filter within the administrator's own entries: another's id matches nothing",
  'auditLogCsv.filter.participantId': "a filter within the administrator's own entries: another's id matches nothing",
};

// What each role may do, by how it stands to a project, as a person reads it.
const ROLE_TEXT = `
ADMINISTRATOR  promoter: read plan record personal review administer evaluate
ADMINISTRATOR  partner: read plan record personal administer evaluate
REVIEWER  promoter: read review
FACILITATOR  member: read plan record personal
EVALUATOR  member: evaluate
TRANSLATOR  member: read translate
`;

const roleText = () =>
  [
    '',
    ...Object.entries(ROLE_TABLE).flatMap(([role, standings]) =>
      Object.entries(standings).map(([standing, can]) => `${role}  ${standing}: ${can.join(' ')}`),
    ),
    '',
  ].join('\n');

const waysOf = (policy: typeof appPolicy): [string, Access][] =>
  Object.entries(policy.operations).flatMap(([name, ways]) => ways.map((way) => [name, way] as [string, Access]));

// Every `<feature>.policy.ts` beside its resolver, with what it exports.
async function featurePolicies(): Promise<{ feature: string; policy: FeaturePolicy; resolver: string }[]> {
  const found = [];
  for (const feature of await readdir(MODULES)) {
    const files = await readdir(join(MODULES, feature));
    const file = files.find((f) => f.endsWith('.policy.ts'));
    if (!file) continue;
    const exported = (await import(join(MODULES, feature, file))) as Record<string, unknown>;
    const policy = Object.values(exported).find(
      (value): value is FeaturePolicy =>
        !!value && typeof value === 'object' && ('operations' in value || 'records' in value),
    );
    const resolverFile = files.find((f) => f.endsWith('.resolver.ts'));
    if (!policy) continue;
    found.push({
      feature,
      policy,
      resolver: resolverFile ? await readFile(join(MODULES, feature, resolverFile), 'utf8') : '',
    });
  }
  return found;
}

describe('authorization policy', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const rootFields = () => operationsOf(schema).map((o) => o.name);

  it('should have a rule for every Query, Mutation and Subscription field, and no rule for an operation that is gone', () => {
    const operations = rootFields();
    expect(
      operations.filter((name) => !(name in appPolicy.operations)),
      'operations without a rule',
    ).toEqual([]);
    expect(
      Object.keys(appPolicy.operations).filter((name) => !operations.includes(name)),
      'rules without an operation',
    ).toEqual([]);
    expect(
      Object.entries(appPolicy.operations)
        .filter(([, ways]) => ways.length === 0)
        .map(([name]) => name),
      'operations nobody may call',
    ).toEqual([]);
  });

  it("should declare each operation's rule in the policy beside the resolver that answers it", async () => {
    const misplaced: string[] = [];
    const features = await featurePolicies();
    expect(features.length).toBeGreaterThan(10);
    for (const { feature, policy, resolver } of features) {
      for (const name of Object.keys(policy.operations ?? {}))
        if (!new RegExp(`\\b${name}\\(`).test(resolver)) misplaced.push(`${feature}: ${name}`);
    }
    expect(misplaced, 'move these rules to the policy of the feature whose resolver has the operation').toEqual([]);
  });

  it('should have a record rule for every database record the schema shows, and only for those and views of them', () => {
    const records = [...recordTypeNames(schema)].toSorted();
    expect(records.length).toBeGreaterThan(10);
    expect(
      records.filter((type) => !(type in appPolicy.records)),
      'records without a rule',
    ).toEqual([]);
    // A view of records (the public outcome pages' PublicChallenge, say) is read under a rule of its own, and finds
    // its place in the table of the records it shows.
    const isView = (type: string) => isObjectType(schema.getType(type)) && !!appPolicy.records[type]?.place;
    expect(
      Object.keys(appPolicy.records).filter((type) => !records.includes(type) && !isView(type)),
      'record rules without a record',
    ).toEqual([]);
  });

  it('should know where every record lives: a place in a project, or its own reach, never both', () => {
    const problems = Object.entries(appPolicy.records)
      .filter(([, rule]) => !rule.place === !rule.reach)
      .map(([type]) => type);
    expect(problems).toEqual([]);
    const parents = Object.entries(appPolicy.records)
      .filter(([, rule]) => rule.place?.parent && !appPolicy.records[rule.place.parent.type]?.place)
      .map(([type]) => type);
    expect(parents, 'a parent must have a place of its own').toEqual([]);
    for (const [type, rule] of Object.entries(appPolicy.records))
      if (rule.place) expect(rule.place.sql, type).toMatch(/select .+ where .*in \(%\)/s);
  });

  it('should name an existing field in every field rule', () => {
    const missing = Object.entries(appPolicy.records).flatMap(([typeName, rule]) =>
      Object.keys(rule.fields ?? {}).filter((fieldName) => {
        const type = schema.getType(typeName);
        return !isObjectType(type) || !type.getFields()[fieldName];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('should point every target at an ID argument of its operation, of a type whose place or reach is known', () => {
    const fields = new Map(operationsOf(schema).map((o) => [o.name, o.field] as const));
    const problems: string[] = [];
    for (const [name, way] of waysOf(appPolicy)) {
      const field = fields.get(name);
      if (!field) continue;
      const paths = argumentPaths(field);
      const check = (what: string, path: string) => {
        const found = paths.get(path);
        if (!found) problems.push(`${name}: ${what} ${path} is not an argument`);
        else if (found.type !== 'ID') problems.push(`${name}: ${what} ${path} is a ${found.type}, not an ID`);
      };
      for (const target of way.targets) {
        check('target', target.arg);
        if (!appPolicy.records[target.type] && !appPolicy.targets[target.type])
          problems.push(`${name}: target type ${target.type} is neither a record nor a declared target`);
      }
      if (way.selfArg) check('self', way.selfArg);
    }
    expect(problems).toEqual([]);
  });

  it('should check every id argument of every operation that is not open to anyone, or say why not', () => {
    const unchecked: string[] = [];
    for (const operation of operationsOf(schema)) {
      const ways = appPolicy.operations[operation.name] ?? [];
      if (ways.some((way) => way.who.kind === 'anyone')) continue;
      for (const way of ways) {
        const checked = new Set([...way.targets.map((t) => t.arg), ...(way.selfArg ? [way.selfArg] : [])]);
        for (const [path, { type }] of argumentPaths(operation.field)) {
          if (type !== 'ID' || checked.has(path)) continue;
          const generic = `*.${path.split('.').slice(-2).join('.')}`;
          if (!UNCHECKED_IDS[`${operation.name}.${path}`] && !UNCHECKED_IDS[generic])
            unchecked.push(`${operation.name} (${way.who.kind}): ${path}`);
        }
      }
    }
    expect([...new Set(unchecked)], 'add a target to the way in, or a reason in UNCHECKED_IDS').toEqual([]);
  });

  it('should give every way in for participants a record in their session or the participant themselves', () => {
    // The guard refuses a participant who names neither: such a way in would never let one in.
    const unusable = waysOf(appPolicy)
      .filter(([, way]) => way.who.kind === 'participant' && !way.selfArg && way.targets.length === 0)
      .map(([name]) => name);
    expect(unusable).toEqual([]);
  });

  it('should keep the operations open to anyone to the reviewed list', () => {
    const open = waysOf(appPolicy)
      .filter(([, way]) => way.who.kind === 'anyone')
      .map(([name]) => name)
      .toSorted();
    expect(open).toEqual(OPEN_OPERATIONS);
  });

  it('should give each role the capabilities of the table, and only capabilities that exist', () => {
    expect(roleText()).toBe(ROLE_TEXT);
    expect(Object.keys(ROLE_TABLE).toSorted()).toEqual(Object.values(StaffRole).toSorted());
    for (const standings of Object.values(ROLE_TABLE))
      for (const can of Object.values(standings)) for (const c of can) expect(CAPABILITIES).toContain(c);
  });

  it('should keep personal data to roles with the personal capability', () => {
    const personal = Object.entries(appPolicy.records).flatMap(([type, rule]) =>
      Object.entries(rule.fields ?? {})
        .filter(([, field]) => field.audit)
        .map(([name, field]) => [`${type}.${name}`, field] as const),
    );
    expect(personal.length).toBeGreaterThan(0);
    for (const [name, field] of personal) {
      for (const way of field.read.filter((w) => w.who.kind === 'staff'))
        expect(way.who.kind === 'staff' && way.who.can, name).toEqual(['personal']);
      expect(
        field.read.some((w) => w.who.kind === 'anyone'),
        name,
      ).toBe(false);
    }
    expect(appPolicy.records.Attendance?.read.map((w) => w.who)).toEqual([{ kind: 'staff', can: ['personal'] }]);
    // Consents are also read by the participant they are about (each way for a participant has a condition).
    expect(appPolicy.records.Consent?.read.map((w) => w.who)).toEqual([
      { kind: 'staff', can: ['personal'] },
      { kind: 'participant', within: 'project' },
    ]);
    expect(appPolicy.records.Consent?.read.filter((w) => w.who.kind === 'participant').every((w) => w.condition)).toBe(
      true,
    );
    // Questionnaire answers are research data that no staff role reads, only the participant who gave them.
    expect(appPolicy.records.QuestionnaireAnswer?.read.map((w) => w.who)).toEqual([
      { kind: 'participant', within: 'project' },
    ]);
    for (const role of [StaffRole.REVIEWER, StaffRole.EVALUATOR])
      expect(Object.values(ROLE_TABLE[role]).flat()).not.toContain('personal');
  });

  it('should say who makes every status change a session can make, and only those', () => {
    const domain = Object.entries(STATUS_TRANSITIONS)
      .flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`))
      .toSorted();
    expect(STATUS_CHANGES.map(({ from, to }) => `${from}→${to}`).toSorted()).toEqual(domain);
    // Each status is reached from one status only, so the rule the guard applies for the status it read is the
    // rule for the change the service makes under its lock, even when two requests race.
    for (const status of Object.values(SessionStatus))
      expect(STATUS_CHANGES.filter((c) => c.to === status).length, status).toBeLessThanOrEqual(1);
  });
});
