import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../../modules/account/account.entity.js';
import { Organisation, OrganisationKind } from '../../modules/organisation/organisation.entity.js';
import { PartnerRole, Project, ProjectPartner } from '../../modules/project/project.entity.js';
import { Session, SessionStatus } from '../../modules/session/session.entity.js';
import {
  changedTables,
  createSnapshotter,
  type Snapshot,
  type Snapshotter,
} from '../../test-support/matrix/database.js';
import {
  SHALLOW,
  generateRequest,
  operationsOf,
  type GeneratedRequest,
  type IdChooser,
  type IdSlot,
  type Operation,
} from '../../test-support/matrix/operations.js';
import { isRefusal, leaksIn, outcomeCode, shortCode } from '../../test-support/matrix/outcome.js';
import { graphql } from '../../test-support/matrix/graphql.js';
import { payloadRecordType } from '../../test-support/matrix/records.js';
import { ROLES, type Role } from '../../test-support/matrix/roles.js';
import {
  ANSWER_TABLE,
  RULE_TABLE,
  STATUS_TABLE,
  parseTable,
  type Expectation,
} from '../../test-support/matrix/rule-table.js';
import { subscribeOnce } from '../../test-support/matrix/subscription.js';
import {
  addSession,
  createTenant,
  recordAppliedMutations,
  signedInBrowser,
  type Tenant,
} from '../../test-support/matrix/tenant.js';
import { createTestApp, type GraphQLResult, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { isUuid } from '../uuid.js';
import { buildAppSchema } from '../schema.js';

// Every Query, Mutation and Subscription of the schema, generated from the schema itself, run as each role of
// tenant A: against tenant B's records (refused, or answered without anything of B, and with nothing changed), and
// against A's own records, where the outcome each role gets must be the one the rule table states
// (test-support/matrix/rule-table.ts, written from the rule text, not from the policy code).

const { getNamedType, isObjectType } = graphql;

// Holes this matrix found, reported to the owners of the feature policies and the services. A finding key reads
// `phase | operation | role [| variant] | kind`. Remove an entry when its hole is fixed: the matrix fails on a
// finding that no entry explains, and on an entry that explains no finding any more.
// Holes the matrix found and that were since closed are gone from here; a new finding fails the test.
const KNOWN_HOLES: readonly { finding: RegExp; hole: string }[] = [];

const RULES = parseTable(RULE_TABLE);
const STATUS_RULES = parseTable(STATUS_TABLE);
const ANSWER_RULES = parseTable(ANSWER_TABLE);

const expected = (operation: Operation | string, role: Role): Expectation => {
  const name = typeof operation === 'string' ? operation : operation.name;
  const row = RULES.get(name);
  if (!row) throw new Error(`The rule table has no row for ${name}: add one in test-support/matrix/rule-table.ts.`);
  return row[role];
};
const isOpen = (operation: Operation): boolean => RULES.get(operation.name)?.anonymous === 'o';
const letsIn = (mark: Expectation): boolean => mark === 'y' || mark === 'e';

type Phase = 'other tenant' | 'own tenant' | 'one id at other tenant' | 'replayed clientMutationId';

interface Finding {
  key: string;
  detail: string;
}

interface Probe {
  phase: Phase;
  operation: Operation;
  role: Role;
  // Which record each id argument names.
  choose: IdChooser;
  // The guard must refuse (UNAUTHENTICATED for anonymous, FORBIDDEN for the others).
  refuse: boolean;
  // The guard must let it through (any other answer, even an error, is fine).
  admit: boolean;
  variant?: string;
}

const STAFF_ORDER: readonly Role[] = [
  'facilitator',
  'reviewer',
  'administrator',
  'evaluator',
  'partnerAdministrator',
  'partnerReviewer',
  'translator',
];
// Erasing and removing run last among the own-tenant mutations (erasing a participant last of all): they take
// away what the others use.
const DESTRUCTIVE = /^(erase|delete|remove|undo|withdraw)/;
const runsLast = (operation: Operation) =>
  operation.name === 'eraseParticipantData' ? 2 : DESTRUCTIVE.test(operation.name) ? 1 : 0;

// The argument paths of a request that name a record.
const idPaths = (request: GeneratedRequest): string[] => [
  ...new Set(request.slots.filter((s) => !s.nested && 'record' in s.kind).map((s) => s.path)),
];
// `input.id`, `input.agenda.id`: the id a client chooses for a record it creates, not one it acts on.
const isClientChosen = (path: string): boolean => path.endsWith('.id');
// An id in a filter narrows a list to what the viewer may see anyway (the audit log's person and participant): B's id
// there matches nothing, so the answer must hold none of B's data rather than be refused.
const isFilter = (path: string): boolean => path.startsWith('filter.');

// One participant and one staff role that the table lets in, for the probes that vary one argument at a time.
const representatives = (operation: Operation): Role[] => {
  if (isOpen(operation)) return ['anonymous'];
  const staff = STAFF_ORDER.find((role) => letsIn(expected(operation, role)));
  return [
    ...(letsIn(expected(operation, 'participant')) ? (['participant'] as Role[]) : []),
    ...(staff ? [staff] : []),
  ];
};

// What the live feed is asked to replay, so that a subscriber who is let in gets an event at once.
const FROM_THE_START = { after: '0' };

describe('authorization matrix: tenant A against tenant B', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let operations: Operation[];
  let A: Tenant;
  let B: Tenant;
  let snapshots: Snapshotter;
  // The last snapshot, while nothing else has written since: the next mutation's "before".
  let latest: Snapshot | undefined;
  const browsers = {} as Record<Role, TestClient>;
  const accountOf = {} as Record<Role, string>;
  const findings: Finding[] = [];
  const cells = new Map<string, Map<Role, string[]>>();
  const variants: string[] = [];
  const missingFixtures = new Set<string>();

  const cell = (operation: string, role: Role, index: number, value: string) => {
    const row = cells.get(operation) ?? new Map<Role, string[]>();
    const values = row.get(role) ?? ['·', '·'];
    values[index] = value;
    row.set(role, values);
    cells.set(operation, row);
  };

  // Points every id at `base`, except one path at `other`; a replayed clientMutationId when given.
  const pointAt =
    (
      base: Tenant,
      options: { other?: { path: string; tenant: Tenant }; replayKey?: string; newRecords?: boolean } = {},
    ): IdChooser =>
    (slot: IdSlot) => {
      if ('clientMutationId' in slot.kind) return options.replayKey;
      // For the own tenant, a create gets no client id: it should make something new, not return what exists.
      if (options.newRecords && !slot.nested && slot.path.endsWith('.id') && options.other?.path !== slot.path)
        return undefined;
      const tenant = options.other?.path === slot.path ? options.other.tenant : base;
      const ids = tenant.ids[slot.kind.record];
      if (!ids?.length) {
        missingFixtures.add(`${tenant.label} has no ${slot.kind.record} (for ${slot.path})`);
        return undefined;
      }
      return slot.list ? [ids[1] ?? ids[0]!] : ids[0];
    };

  const labelOf = (secret: string): string => {
    if (!isUuid(secret)) return JSON.stringify(secret);
    const type = Object.entries(B.ids).find(([, ids]) => ids.includes(secret))?.[0] ?? 'record';
    return `id of B's ${type}`;
  };

  // A browser for one request: mutations open to anyone (signing in or out, joining) get a fresh login of the same
  // person, so that they cannot sign the matrix's own browsers out.
  const browserFor = async (role: Role, operation: Operation): Promise<TestClient> => {
    if (!(isOpen(operation) && operation.kind === 'mutation')) return browsers[role];
    if (role === 'anonymous') return app.client();
    if (role === 'participant')
      return signedInBrowser(app, { participantId: A.participantId, sessionId: A.liveSessionId });
    return signedInBrowser(app, { accountId: accountOf[role] });
  };

  // Sends a request as a browser does: queries and mutations over HTTP, subscriptions over WebSocket.
  const send = async (
    browser: TestClient,
    operation: Operation,
    request: GeneratedRequest,
  ): Promise<GraphQLResult & { events?: unknown[] }> =>
    operation.kind === 'subscription'
      ? subscribeOnce(app.url, browser.cookies, request.query, request.variables)
      : browser.graphql(request.query, request.variables);

  // Runs one probe: the request with a deep selection and, when nested fields failed, again with only the scalars
  // of the operation's own record, because a refused nested field nulls everything above it and could hide a
  // leak. A mutation's second request carries the same client mutation id, so it replays instead of acting twice.
  async function run(probe: Probe): Promise<string> {
    const { operation, role, phase } = probe;
    const mutation = operation.kind === 'mutation';
    const subscription = operation.kind === 'subscription';
    const optional = subscription ? FROM_THE_START : {};
    const key = `matrix-${randomUUID()}`;
    const choose: IdChooser = (slot) =>
      probe.choose(slot) ?? ('clientMutationId' in slot.kind && mutation ? key : undefined);
    const deep = generateRequest(schema, operation, choose, undefined, optional);
    const browser = await browserFor(role, operation);
    if (browser !== browsers[role]) latest = undefined;
    const before = mutation ? (latest ?? (await snapshots.take())) : undefined;
    const result = await send(browser, operation, deep);
    const code = outcomeCode(result, operation.name);
    const answers: [GeneratedRequest, GraphQLResult][] = [[deep, result]];
    const replayable = operation.kind === 'query' || deep.slots.some((s) => 'clientMutationId' in s.kind);
    if (code === 'ok*' && replayable) {
      const shallow = generateRequest(schema, operation, choose, SHALLOW, optional);
      answers.push([shallow, await send(browser, operation, shallow)]);
    }
    const after = mutation ? await snapshots.take() : undefined;
    // A query leaves no snapshot: it may write too (the audit log of personal data read).
    latest = after;
    const where = `${phase} | ${operation.name} | ${role}${probe.variant ? ` | ${probe.variant}` : ''}`;
    const count = findings.length;
    const report = (kind: string, detail: string) =>
      findings.push({ key: `${where} | ${kind}`, detail: `${where}: ${detail}` });

    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'INTERNAL_SERVER_ERROR') {
      report('broken request', `${code}: ${result.errors?.[0]?.message}`);
    }
    const wanted = role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    if (probe.refuse && code !== wanted)
      report('not refused', `expected ${wanted}, got ${code}: ${JSON.stringify(result).slice(0, 300)}`);
    if (probe.admit && isRefusal(code))
      report('refused', `the rule table lets it in, but it answered ${code}: ${result.errors?.[0]?.message}`);
    if (probe.admit && subscription && !result.events?.length && !result.errors?.length)
      report('silent', 'the rule table lets it in, but no event of the session arrived');
    const scalars = answers[1]?.[1];
    if (probe.admit && operation.kind === 'query' && scalars && scalars.data?.[operation.name] == null) {
      report(
        'unreadable',
        `the rule table lets it in, but even its scalars answered ${JSON.stringify(scalars.errors?.[0] ?? null)}`,
      );
    }
    const leaks = [...new Set(answers.flatMap(([request, answer]) => leaksIn(answer, request, B.secrets)))];
    if (leaks.length) report('leak', `answered with ${leaks.map(labelOf).join(', ')}`);
    if (before && after) {
      const changed = changedTables(before.tables, after.tables);
      if (probe.refuse && changed.length) report('changed', `refused, yet changed ${changed.join(', ')}`);
      const changedB = changedTables(before.tenant, after.tenant);
      if (changedB.length) {
        report(
          `changed B (${changedB.join(', ')})`,
          `changed B's rows in ${changedB.join(', ')}; answered ${JSON.stringify(result).slice(0, 400)}`,
        );
        // Links between the tenants that a hole made would let later probes through for the wrong reason.
        await snapshots.unlink(Object.values(A.ids).flat());
        latest = undefined;
      }
    }
    return `${shortCode(code)}${findings.length > count ? '!' : ''}`;
  }

  // The findings since `from` that are not known holes, for the assertion of one test.
  const newFindings = (from: number): string[] =>
    findings
      .slice(from)
      .filter((f) => !KNOWN_HOLES.some((known) => known.finding.test(f.key)))
      .map((f) => `${f.key}\n    ${f.detail}`);

  beforeAll(async () => {
    // Without the indicators' background releaser: it writes disclosure_release rows of its own at any moment, which
    // a probe would take for a change its refused request made.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    schema = await buildAppSchema();
    operations = operationsOf(schema);
    // A's outcome pages are public, B's are not: anyone may read A's, nobody B's.
    A = await createTenant(app.orm, 'Alfa', { outcomesPublic: true });
    B = await createTenant(app.orm, 'Bravo');
    // The starter library belongs to no tenant: "B's" starter method or template would be A's too. Where A's probes
    // name one (a method or template everyone may use), B's name B's own unshared method and template instead.
    B.ids.StarterMethod = B.ids.Method!;
    B.ids.StarterTemplate = B.ids.AgendaTemplate!;

    const staff = async (role: Role, staffRole: StaffRole, organisationIds: string[], projectIds: string[] = []) => {
      const browser = await app.staff({ role: staffRole, organisationIds, projectIds });
      browsers[role] = browser;
      accountOf[role] = browser.accountId;
    };
    await staff('facilitator', StaffRole.FACILITATOR, [A.partnerId], [A.projectId]);
    await staff('evaluator', StaffRole.EVALUATOR, [A.evaluationTeamId], [A.projectId]);
    await staff('reviewer', StaffRole.REVIEWER, [A.municipalityId]);
    await staff('administrator', StaffRole.ADMINISTRATOR, [A.municipalityId]);
    await staff('partnerAdministrator', StaffRole.ADMINISTRATOR, [A.partnerId]);
    await staff('partnerReviewer', StaffRole.REVIEWER, [A.partnerId]);
    await staff('translator', StaffRole.TRANSLATOR, [A.partnerId], [A.projectId]);
    browsers.anonymous = app.client();
    browsers.participant = await joinAsParticipant();

    // B's clients sent each mutation once before, with a client mutation id.
    const outcomes: Record<string, string> = {};
    for (const operation of operations.filter((o) => o.kind === 'mutation')) {
      const request = generateRequest(schema, operation, () => undefined);
      const returned = getNamedType(operation.field.type);
      const type = isObjectType(returned) ? payloadRecordType(schema, returned) : undefined;
      const resultId = type ? B.ids[type]?.[0] : undefined;
      if (resultId && request.slots.some((s) => 'clientMutationId' in s.kind)) outcomes[operation.name] = resultId;
    }
    await recordAppliedMutations(app.orm, B, outcomes);
    snapshots = await createSnapshotter(app.orm, B.secrets.filter(isUuid));
    // Two tenants with everything a trajectory leaves behind take a while on a busy two-core machine.
  }, 180_000);

  afterAll(async () => {
    printSummary();
    await app?.close();
  });

  // A participant of A's live session, on their own phone: through joinSession when the API has it.
  async function joinAsParticipant(): Promise<TestClient> {
    if (!schema.getMutationType()?.getFields().joinSession) {
      return signedInBrowser(app, { participantId: A.participantId, sessionId: A.liveSessionId });
    }
    const browser = app.client();
    const data = await browser.ok<{ joinSession: { participant: { id: string } } }>(
      `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`,
      {
        input: {
          code: A.joinCode,
          language: 'nl',
          pseudonym: 'Nadia Alfa',
          consent: { textVersion: 'v-Alfa', research: true },
        },
      },
    );
    A.participantId = data.joinSession.participant.id;
    A.ids.Participant!.unshift(A.participantId);
    return browser;
  }

  // Erasing a participant signs them out: the participant browser signs in again as another participant of A.
  async function ensureParticipant(): Promise<void> {
    latest = undefined;
    const who = await browsers.participant.graphql<{ viewer: { kind: string } }>('{ viewer { kind } }');
    if (who.data?.viewer.kind === 'PARTICIPANT') return;
    const other = A.ids.Participant!.find((id) => id !== A.participantId)!;
    A.ids.Participant = [other, ...A.ids.Participant!.filter((id) => id !== other)];
    A.participantId = other;
    browsers.participant = await signedInBrowser(app, { participantId: other, sessionId: A.liveSessionId });
  }

  function printSummary(): void {
    if (!cells.size) return;
    const width = Math.max(...[...cells.keys()].map((k) => k.length)) + 2;
    const lines = [
      'Authorization matrix: each cell is <pointed at B> / <pointed at A>; ! marks a finding, · not run.',
      'operation'.padEnd(width) + ROLES.map((r) => r.slice(0, 14).padEnd(16)).join(''),
      ...[...cells.keys()]
        .toSorted()
        .map(
          (operation) =>
            operation.padEnd(width) +
            ROLES.map((role) => (cells.get(operation)?.get(role) ?? ['·', '·']).join(' / ').padEnd(16)).join(''),
        ),
      '',
      'One id at B, the rest at A (and replayed client mutation ids of B):',
      ...variants,
    ];
    if (findings.length) lines.push('', 'Findings:', ...findings.map((f) => `  ${f.detail.slice(0, 240)}`));
    lines.push('', 'Known holes:', ...KNOWN_HOLES.map((known) => `  - ${known.hole}`));
    console.log(lines.join('\n'));
  }

  it('should state in the rule table what every role gets from every operation of the schema, and nothing else', () => {
    const names = operations.map((o) => o.name).toSorted();
    expect([...RULES.keys()].toSorted()).toEqual(names);
    expect(operations.filter((o) => o.kind === 'subscription').map((o) => o.name)).toEqual(['sessionEvents']);
    // An operation open to anyone is open to every role; `e` is only for lists.
    for (const [name, row] of RULES) {
      const marks = new Set(Object.values(row));
      if (marks.has('o')) expect([...marks], name).toEqual(['o']);
      if (marks.has('e'))
        expect(getNamedType(operations.find((o) => o.name === name)!.field.type).name).toMatch(/Connection$/);
    }
  });

  it('should generate a request for every operation, knowing which record every id argument names', () => {
    const unknown = operations.flatMap((operation) => generateRequest(schema, operation, pointAt(B)).unknownIds);
    expect(unknown, 'Extend the id map in test-support/matrix/records.ts for these arguments').toEqual([]);
    for (const tenant of [A, B])
      for (const operation of operations) generateRequest(schema, operation, pointAt(tenant));
    expect([...missingFixtures], 'Add these records to test-support/matrix/tenant.ts').toEqual([]);
    expect(operations.length).toBeGreaterThan(50);
  });

  // Every role, every operation of one kind, every id at B: refused when the role may not do it at all, or when it
  // names one of B's records; otherwise (lists, creating) answered without B's data.
  async function pointEverythingAtB(kind: Operation['kind']): Promise<void> {
    for (const operation of operations.filter((o) => o.kind === kind)) {
      const paths = idPaths(generateRequest(schema, operation, pointAt(B)));
      for (const role of ROLES) {
        const mark = expected(operation, role);
        const refuse = mark === 'n' || (mark !== 'o' && paths.some((p) => !isClientChosen(p) && !isFilter(p)));
        cell(
          operation.name,
          role,
          0,
          await run({ phase: 'other tenant', operation, role, choose: pointAt(B), refuse, admit: false }),
        );
      }
    }
  }

  // Every role, every operation of one kind, every id at A: the outcome the rule table states.
  async function pointEverythingAtA(kind: Operation['kind']): Promise<void> {
    const ordered = operations.filter((o) => o.kind === kind).toSorted((a, b) => runsLast(a) - runsLast(b));
    for (const operation of ordered) {
      // A removal refused to one role must meet the record still there: the refused roles go first, so that an
      // admitted role's removal does not turn a later refusal into NOT_FOUND.
      const roles = DESTRUCTIVE.test(operation.name)
        ? ROLES.toSorted((a, b) => Number(expected(operation, a) !== 'n') - Number(expected(operation, b) !== 'n'))
        : ROLES;
      for (const role of roles) {
        const mark = expected(operation, role);
        const probe = {
          phase: 'own tenant' as const,
          operation,
          role,
          choose: pointAt(A, { newRecords: kind === 'mutation' }),
          refuse: mark === 'n',
          admit: letsIn(mark),
        };
        cell(operation.name, role, 1, await run(probe));
      }
    }
  }

  it(
    "should refuse every query about B's records, or answer it without any of B's data",
    { timeout: 120_000 },
    async () => {
      const from = findings.length;
      await pointEverythingAtB('query');
      expect(newFindings(from)).toEqual([]);
    },
  );

  it(
    "should answer the queries on A's own records to exactly the roles the rule table lets in",
    { timeout: 120_000 },
    async () => {
      const from = findings.length;
      await pointEverythingAtA('query');
      expect(newFindings(from)).toEqual([]);
    },
  );

  it(
    "should show a participant's questionnaire answers to that participant and nobody else, as the answer table says",
    { timeout: 60_000 },
    async () => {
      const respondent = A.respondentId;
      const answerIds = A.ids.QuestionnaireAnswer ?? [];
      expect(answerIds.length).toBeGreaterThan(0);
      // The respondent answered SE1 with 4 (tenant.ts); an export shows it as its item and value.
      const shows = (answer: GraphQLResult): boolean => {
        const json = JSON.stringify(answer);
        return answerIds.some((id) => json.includes(id)) || /"itemCode":"SE1"[^}]*"value":4/.test(json);
      };
      const participantRecord = generateRequest(
        schema,
        operations.find((o) => o.name === 'participant')!,
        (slot) => ('record' in slot.kind && slot.kind.record === 'Participant' ? respondent : pointAt(A)(slot)),
      );
      const probes: Record<string, GeneratedRequest | { query: string; variables: Record<string, unknown> }> = {
        myAnswers: {
          query: 'query ($s: ID!) { questionnaire(sessionId: $s, wave: PRE) { myAnswers { id itemCode value } } }',
          variables: { s: A.liveSessionId },
        },
        exportWithAnswers: {
          query: 'query ($p: ID!) { exportParticipantData(participantId: $p, includeQuestionnaireAnswers: true) }',
          variables: { p: respondent },
        },
        exportWithoutAnswers: {
          query: 'query ($p: ID!) { exportParticipantData(participantId: $p) }',
          variables: { p: respondent },
        },
        participantRecord,
        projectIndicators: generateRequest(
          schema,
          operations.find((o) => o.name === 'projectIndicators')!,
          pointAt(A),
        ),
      };
      const asRespondent = await signedInBrowser(app, { participantId: respondent, sessionId: A.liveSessionId });
      const wrong: string[] = [];
      for (const [name, row] of ANSWER_RULES) {
        const probe = probes[name];
        if (!probe) throw new Error(`No probe for the answer table's row ${name}.`);
        for (const role of ROLES) {
          const browser = role === 'participant' ? asRespondent : browsers[role];
          const answer = await browser.graphql(probe.query, probe.variables);
          const shown = shows(answer);
          cell(`answers: ${name}`, role, 1, shown ? 'shown' : shortCode(outcomeCode(answer, name)));
          if (shown !== (row[role] === 'y'))
            wrong.push(
              `${name} as ${role}: ${shown ? 'shows' : 'does not show'} the answer (${JSON.stringify(answer).slice(0, 200)})`,
            );
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it(
    "should list A's records in lists without a target, for every role the rule table lets read them",
    { timeout: 60_000 },
    async () => {
      const lists = operations.filter(
        (o) =>
          o.kind === 'query' &&
          !o.field.args.some((a) => getNamedType(a.type).name === 'ID') &&
          getNamedType(o.field.type).name.endsWith('Connection'),
      );
      expect(lists.map((o) => o.name)).toEqual(
        expect.arrayContaining(['accounts', 'auditLog', 'organisations', 'projects']),
      );
      const ownIds = Object.values(A.ids).flat();
      const wrong: string[] = [];
      for (const operation of lists) {
        // Only the scalars: a nested field the role may not read would null the whole list.
        // A filter (the audit log's) narrows a list: here the whole list is wanted, so its ids are left out.
        const choose = pointAt(A);
        const request = generateRequest(
          schema,
          operation,
          (slot) => (slot.path.startsWith('filter.') ? undefined : choose(slot)),
          SHALLOW,
        );
        for (const role of ROLES.filter((r) => letsIn(expected(operation, r)))) {
          const answer = JSON.stringify(await browsers[role].graphql(request.query, request.variables));
          const listsOwn = ownIds.some((id) => answer.includes(id));
          if (listsOwn !== (expected(operation, role) === 'y'))
            wrong.push(`${operation.name} as ${role} ${listsOwn ? 'shows' : 'shows none of'} A's records`);
        }
      }
      // (That they list nothing of B is checked with the other queries above.)
      expect(wrong, 'These lists disagree with the rule table (y: shows some of A, e: none)').toEqual([]);
    },
  );

  it("should refuse every subscription to B's session, and send nothing of B", { timeout: 120_000 }, async () => {
    const from = findings.length;
    // Something happens in B's live session, so that a subscriber let in by mistake would see it.
    await app.ok(`mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`, {
      input: { sessionId: B.liveSessionId, location: 'Buurthuis Bravo, zaal 2' },
    });
    latest = undefined;
    await pointEverythingAtB('subscription');
    expect(newFindings(from)).toEqual([]);
  });

  it(
    "should let exactly the roles of the rule table follow A's live session over WebSocket",
    { timeout: 120_000 },
    async () => {
      const from = findings.length;
      await app.ok(`mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`, {
        input: { sessionId: A.liveSessionId, location: 'Buurthuis Alfa, zaal 2' },
      });
      await pointEverythingAtA('subscription');
      expect(newFindings(from)).toEqual([]);
    },
  );

  it("should refuse every mutation on B's records and change nothing", { timeout: 240_000 }, async () => {
    const from = findings.length;
    await pointEverythingAtB('mutation');
    expect(newFindings(from)).toEqual([]);
  });

  it(
    "should let every role do on A's own records exactly what the rule table says, and refuse the rest changing nothing",
    { timeout: 480_000 },
    async () => {
      const from = findings.length;
      await ensureParticipant();
      await pointEverythingAtA('mutation');
      expect(newFindings(from)).toEqual([]);
    },
  );

  it(
    'should move a session from one status to another for exactly the roles of the status table',
    { timeout: 120_000 },
    async () => {
      await ensureParticipant();
      const wrong: string[] = [];
      for (const [change, row] of STATUS_RULES) {
        const [from, to] = change.split(' → ') as [SessionStatus, SessionStatus];
        for (const role of ROLES) {
          const sessionId = await addSession(app.orm, A, from);
          const result = await browsers[role].graphql(
            `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { status } } }`,
            { input: { sessionId, status: to } },
          );
          const code = outcomeCode(result, 'changeSessionStatus');
          const status = (await app.orm.em.fork().findOneOrFail(Session, sessionId)).status;
          const wanted = role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const ok = row[role] === 'y' ? code === 'ok' && status === to : code === wanted && status === from;
          cell(change, role, 1, shortCode(code) + (ok ? '' : '!'));
          if (!ok) wrong.push(`${change} as ${role}: expected ${row[role]}, answered ${code}, status ${status}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it(
    "should neither leak nor change B's records when one id of a mutation points at B and the rest at A",
    { timeout: 180_000 },
    async () => {
      const from = findings.length;
      await ensureParticipant();
      for (const operation of operations.filter((o) => o.kind === 'mutation')) {
        const paths = idPaths(generateRequest(schema, operation, pointAt(A)));
        if (paths.length < 2 && !paths.some(isClientChosen)) continue;
        for (const role of representatives(operation).filter((r) => r !== 'anonymous')) {
          const results: string[] = [];
          for (const path of paths) {
            const outcome = await run({
              phase: 'one id at other tenant',
              operation,
              role,
              choose: pointAt(A, { other: { path, tenant: B }, newRecords: true }),
              refuse: !isClientChosen(path),
              admit: false,
              variant: `${path}→B`,
            });
            results.push(`${path}→B ${outcome}`);
          }
          variants.push(`  ${operation.name} as ${role}: ${results.join(', ')}`);
        }
      }
      expect(newFindings(from)).toEqual([]);
    },
  );

  it(
    "should not answer a mutation with B's outcome when it reuses a client mutation id of B",
    { timeout: 120_000 },
    async () => {
      const from = findings.length;
      await ensureParticipant();
      for (const operation of operations.filter((o) => o.kind === 'mutation')) {
        const replayKey = B.appliedMutationKeys[operation.name];
        const roles = representatives(operation).filter((r) => r !== 'anonymous');
        if (!replayKey || !roles.length) continue;
        const results: string[] = [];
        for (const role of roles) {
          const choose = pointAt(A, { replayKey, newRecords: true });
          const outcome = await run({
            phase: 'replayed clientMutationId',
            operation,
            role,
            choose,
            refuse: false,
            admit: false,
            variant: 'key of B',
          });
          results.push(`${role} ${outcome}`);
        }
        variants.push(`  ${operation.name} with B's clientMutationId: ${results.join(', ')}`);
      }
      expect(newFindings(from)).toEqual([]);
    },
  );

  it('should still show every known hole (remove the ones that are fixed from KNOWN_HOLES)', () => {
    const gone = KNOWN_HOLES.filter((known) => !findings.some((f) => known.finding.test(f.key)));
    expect(gone.map((known) => known.hole)).toEqual([]);
  });
});

// The matrix keeps the tenants apart; in practice one organisation can work for both (the evaluation team
// that monitors every local project). Sharing it must not open one tenant's projects to the other.
describe('authorization matrix: an evaluation team that works for both tenants', () => {
  let app: TestApp;
  let C: Tenant;
  let D: Tenant;
  let sharedId: string;

  beforeAll(async () => {
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    C = await createTenant(app.orm, 'Charlie');
    D = await createTenant(app.orm, 'Delta');
    const em = app.orm.em.fork();
    const shared = em.create(Organisation, {
      name: 'Onderzoeksbureau voor iedereen',
      kind: OrganisationKind.EVALUATION_TEAM,
    });
    for (const tenant of [C, D]) {
      em.create(ProjectPartner, {
        project: em.getReference(Project, tenant.projectId),
        organisation: shared,
        role: PartnerRole.EVALUATION_TEAM,
      });
    }
    await em.flush();
    sharedId = shared.id;
  });

  afterAll(() => app?.close());

  it("should not let A's administrator make an administrator who reaches B's project through the shared team", async () => {
    const administrator = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [C.municipalityId] });
    const invited = await administrator.graphql<{ createInvitation: { link: string } }>(
      `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { link } }`,
      { input: { organisationId: sharedId, role: 'ADMINISTRATOR', email: 'stroman@charlie.example.org' } },
    );
    if (invited.errors?.length) {
      expect(invited.errors[0]?.extensions?.code).toBe('FORBIDDEN');
      return;
    }
    const token = invited.data!.createInvitation.link.split('/').pop()!;
    const newcomer = app.client();
    await newcomer.ok(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { account { id } } }`,
      {
        input: { token, displayName: 'Stroman', password: 'Stroman-Password-2026!' },
      },
    );
    const project = await newcomer.graphql(`query ($id: ID!) { project(id: $id) { id title } }`, { id: D.projectId });
    expect(project.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(project)).not.toContain(D.secrets.find((s) => s.startsWith('Samen beslissen'))!);
  });

  it("should not let A's administrator make a colleague who is also in the shared team an administrator there", async () => {
    const administrator = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [C.municipalityId] });
    const colleague = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [C.municipalityId, sharedId] });
    const promoted = await administrator.graphql(
      `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id role } } }`,
      { input: { accountId: colleague.accountId, role: 'ADMINISTRATOR' } },
    );
    expect(promoted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const project = await colleague.graphql(`query ($id: ID!) { project(id: $id) { id } }`, { id: D.projectId });
    expect(project.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
