import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSession, createTenant, signedInBrowser, type Tenant } from '../../test-support/matrix/tenant.js';
import { createTestApp, type GraphQLResult, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { SessionStatus } from '../session/session.entity.js';

// The method library and agenda templates live outside projects: a staff member uses the starter library, what any
// organisation shared with every organisation, and their own organisations' methods and templates. Two tenants (A
// and B, test-support/matrix/tenant.ts): each has a private method and template of its partner organisation.
// Everything here is done by A's staff with B's records, and must be refused with nothing written.

const CREATE_SESSION = /* GraphQL */ `
  mutation ($input: CreateSessionInput!) {
    createSession(input: $input) {
      session {
        id
        agenda {
          title
          method {
            id
          }
        }
      }
    }
  }
`;
const SET_AGENDA = /* GraphQL */ `
  mutation ($input: SetSessionAgendaInput!) {
    setSessionAgenda(input: $input) {
      session {
        id
        agenda {
          title
          method {
            id
          }
        }
      }
    }
  }
`;
const VALIDATE = /* GraphQL */ `
  mutation ($input: ValidateMethodInput!) {
    validateMethod(input: $input) {
      validation {
        id
        note
        evidence {
          sessionTitle
        }
      }
    }
  }
`;
const SHARE = /* GraphQL */ `
  mutation ($input: ShareMethodInput!) {
    shareMethod(input: $input) {
      method {
        id
        shared
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateMethodInput!) {
    updateMethod(input: $input) {
      method {
        id
      }
    }
  }
`;
const SAVE_TEMPLATE = /* GraphQL */ `
  mutation ($input: SaveAgendaTemplateInput!) {
    saveAgendaTemplate(input: $input) {
      template {
        id
      }
    }
  }
`;
const DELETE_TEMPLATE = /* GraphQL */ `
  mutation ($input: DeleteAgendaTemplateInput!) {
    deleteAgendaTemplate(input: $input) {
      deletedTemplateId
    }
  }
`;
const LIBRARY = /* GraphQL */ `
  query {
    methods {
      id
    }
    agendaTemplates {
      id
    }
  }
`;
const METHOD = /* GraphQL */ `
  query ($id: ID!) {
    method(id: $id) {
      id
      text {
        name
      }
    }
  }
`;

const TABLES = [
  'session',
  'agenda_phase',
  'method',
  'method_text',
  'method_validation',
  'method_validation_sessions',
  'agenda_template',
] as const;

const codeOf = (result: GraphQLResult): string | undefined => result.errors?.[0]?.extensions?.code;

// A phase of an agenda that follows a method.
const phase = (methodId: string | null) => ({
  kind: 'SMALL_GROUPS',
  title: 'In groepjes',
  durationMinutes: 30,
  methodId,
});
// The tenant's own method, made by its partner organisation and not shared.
const privateMethodOf = (tenant: Tenant) => tenant.ids.Method![0]!;

describe('the method library across organisations', () => {
  let app: TestApp;
  let A: Tenant;
  let B: Tenant;
  // A's facilitator (a member of A's partner organisation, which made A's method and template) and A's evaluator.
  let facilitator: TestClient;
  let evaluator: TestClient;
  // A session of A's project that is being planned.
  let plannedId: string;

  beforeAll(async () => {
    app = await createTestApp();
    A = await createTenant(app.orm, 'A');
    B = await createTenant(app.orm, 'B');
    // The tenant's accounts, in the order it makes them: reviewer, facilitator, administrator, evaluator.
    facilitator = await signedInBrowser(app, { accountId: A.ids.Account![1]! });
    evaluator = await signedInBrowser(app, { accountId: A.ids.Account![3]! });
    plannedId = await addSession(app.orm, A, SessionStatus.SCHEDULED);
  });
  afterAll(() => app.close());

  const counts = async (): Promise<Record<string, number>> => {
    const connection = app.orm.em.fork().getConnection();
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await connection.execute<{ n: string }[]>(`select count(*) as n from ${table}`);
      result[table] = Number(row!.n);
    }
    return result;
  };

  // Sends the request and expects it refused as FORBIDDEN with no row added or removed in the library's and the
  // sessions' tables.
  const expectRefused = async (client: TestClient, query: string, input: Record<string, unknown>) => {
    const before = await counts();
    const result = await client.graphql(query, { input });
    expect(codeOf(result), JSON.stringify(result.errors)).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
    expect(await counts()).toEqual(before);
  };

  const newSession = (extra: Record<string, unknown>) => ({
    projectId: A.projectId,
    title: 'Derde sessie',
    startsAt: '2026-12-10T18:00:00Z',
    durationMinutes: 120,
    location: 'Buurthuis',
    languages: ['nl'],
    capacity: 20,
    ...extra,
  });

  it("should refuse a new session started from another organisation's template when it is not theirs to use", async () => {
    await expectRefused(facilitator, CREATE_SESSION, newSession({ templateId: B.ids.AgendaTemplate![0] }));
  });

  it("should refuse a new session whose agenda follows another organisation's method when it is not shared", async () => {
    await expectRefused(
      facilitator,
      CREATE_SESSION,
      newSession({ agenda: [phase(B.ids.StarterMethod![0]!), phase(privateMethodOf(B))] }),
    );
  });

  it('should plan the session when its agenda follows a starter method and one of the own organisation', async () => {
    const result = await facilitator.ok(CREATE_SESSION, {
      input: newSession({ agenda: [phase(A.ids.StarterMethod![0]!), phase(privateMethodOf(A))] }),
    });
    expect(result.createSession.session.agenda).toEqual([
      { title: 'In groepjes', method: { id: A.ids.StarterMethod![0] } },
      { title: 'In groepjes', method: { id: privateMethodOf(A) } },
    ]);
  });

  it("should refuse an agenda that follows another organisation's unshared method when the agenda is replaced", async () => {
    await expectRefused(facilitator, SET_AGENDA, { sessionId: plannedId, phases: [phase(privateMethodOf(B))] });
  });

  it('should answer NOT_FOUND and write nothing when an agenda names a method that does not exist', async () => {
    const before = await counts();
    const nowhere = '00000000-0000-4000-8000-000000000000';
    const created = await facilitator.graphql(CREATE_SESSION, { input: newSession({ agenda: [phase(nowhere)] }) });
    expect(codeOf(created)).toBe('NOT_FOUND');
    const replaced = await facilitator.graphql(SET_AGENDA, {
      input: { sessionId: plannedId, phases: [phase(nowhere)] },
    });
    expect(codeOf(replaced)).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it("should refuse a validation of another organisation's unshared method when an evaluator sends one", async () => {
    await expectRefused(evaluator, VALIDATE, {
      methodId: privateMethodOf(B),
      organisationId: A.evaluationTeamId,
      sessionIds: [A.ids.Session![1]],
      indicators: ['terugkerende deelnemers'],
      note: 'Werkt',
    });
  });

  it("should refuse a validation whose evidence is another tenant's session when an evaluator sends one", async () => {
    await expectRefused(evaluator, VALIDATE, {
      methodId: A.ids.StarterMethod![0],
      organisationId: A.evaluationTeamId,
      sessionIds: [A.ids.Session![1], B.ids.Session![1]],
      indicators: ['terugkerende deelnemers'],
      note: 'Werkt',
    });
  });

  it('should record the validation with its evidence when the method and the sessions are within reach', async () => {
    const result = await evaluator.ok(VALIDATE, {
      input: {
        methodId: A.ids.StarterMethod![0],
        organisationId: A.evaluationTeamId,
        sessionIds: [A.ids.Session![1]],
        indicators: ['terugkerende deelnemers'],
        note: 'Werkt in kleine groepen',
      },
    });
    expect(result.validateMethod.validation).toMatchObject({
      note: 'Werkt in kleine groepen',
      evidence: [{ sessionTitle: 'Slotsessie A' }],
    });
  });

  it("should refuse to share, change or remove another organisation's method or template when asked to", async () => {
    await expectRefused(facilitator, SHARE, { methodId: privateMethodOf(B), shared: true });
    await expectRefused(facilitator, UPDATE, { methodId: privateMethodOf(B), durationMinutes: 5 });
    await expectRefused(facilitator, DELETE_TEMPLATE, { templateId: B.ids.AgendaTemplate![0] });
    // B's method as B made it: private, 30 minutes.
    const [method] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ shared_at: Date | null; duration_minutes: number }[]>(
        'select shared_at, duration_minutes from method where id = ?',
        [privateMethodOf(B)],
      );
    expect(method).toEqual({ shared_at: null, duration_minutes: 30 });
  });

  it("should refuse a template saved from another tenant's session when asked to", async () => {
    await expectRefused(facilitator, SAVE_TEMPLATE, {
      sessionId: B.liveSessionId,
      organisationId: A.partnerId,
      name: 'Overgenomen agenda',
    });
  });

  it("should offer the starter templates in the library's order, the standard agenda first, when a facilitator lists those in Dutch", async () => {
    // The starter templates are written in one transaction: only the library's order can put the standard one first,
    // which a new session then starts from.
    const { agendaTemplates } = await facilitator.ok<{ agendaTemplates: { name: string }[] }>(
      '{ agendaTemplates(language: "nl") { name } }',
    );
    expect(agendaTemplates.slice(0, 2).map((t) => t.name)).toEqual([
      'Standaard werksessie (twee uur)',
      'Vervolgsessie (twee en een half uur)',
    ]);
  });

  it('should answer BAD_USER_INPUT when the library is listed in a language that is no language tag', async () => {
    // Found by the fuzz test: the name sort took any string as a locale and threw a RangeError.
    const answer = await facilitator.graphql('query ($language: String) { methods(language: $language) { id } }', {
      language: '\u202egnp.exe\u202c',
    });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    const { methods } = await facilitator.ok<{ methods: { id: string }[] }>('{ methods(language: "nl-be") { id } }');
    expect(methods.length).toBeGreaterThanOrEqual(12);
  });

  it("should keep another organisation's unshared method and templates out of the library when it is listed or read", async () => {
    const { methods, agendaTemplates } = await facilitator.ok<{
      methods: { id: string }[];
      agendaTemplates: { id: string }[];
    }>(LIBRARY);
    const methodIds = methods.map((m) => m.id);
    expect(methodIds).toContain(privateMethodOf(A));
    expect(methodIds).toContain(A.ids.StarterMethod![0]);
    expect(methodIds).not.toContain(privateMethodOf(B));
    const templateIds = agendaTemplates.map((t) => t.id);
    expect(templateIds).toContain(A.ids.AgendaTemplate![0]);
    expect(templateIds).not.toContain(B.ids.AgendaTemplate![0]);
    expect(codeOf(await facilitator.graphql(METHOD, { id: privateMethodOf(B) }))).toBe('FORBIDDEN');
  });

  it("should let another organisation's method into the library and an agenda once its makers share it with everyone", async () => {
    const theirs = await signedInBrowser(app, { accountId: B.ids.Account![1]! });
    await theirs.ok(SHARE, { input: { methodId: privateMethodOf(B), shared: true } });
    const { methods } = await facilitator.ok<{ methods: { id: string }[] }>(LIBRARY);
    expect(methods.map((m) => m.id)).toContain(privateMethodOf(B));
    const result = await facilitator.ok(SET_AGENDA, {
      input: { sessionId: plannedId, phases: [phase(privateMethodOf(B))] },
    });
    expect(result.setSessionAgenda.session.agenda).toEqual([
      { title: 'In groepjes', method: { id: privateMethodOf(B) } },
    ]);
    // Its maker is an organisation A does not work with: not named, and nothing fails.
    const maker = await facilitator.graphql(
      /* GraphQL */ `
        query ($id: ID!) {
          method(id: $id) {
            organisation {
              name
            }
          }
        }
      `,
      { id: privateMethodOf(B) },
    );
    expect(maker).toEqual({ data: { method: { organisation: null } } });
    // Sharing is not owning: A may still not change it.
    await expectRefused(facilitator, UPDATE, { methodId: privateMethodOf(B), durationMinutes: 5 });
  });

  it("should show another tenant's validation of a starter method without its projects, sessions or team when A reads the library", async () => {
    // B's evaluator validates the starter method with B's closed session as evidence.
    const theirs = await signedInBrowser(app, { accountId: B.ids.Account![3]! });
    await theirs.ok(VALIDATE, {
      input: {
        methodId: A.ids.StarterMethod![0],
        organisationId: B.evaluationTeamId,
        sessionIds: [B.ids.Session![1]],
        indicators: ['Terugkerende deelnemers B'],
        note: 'Werkt goed in Bstad',
      },
    });
    const result = await facilitator.graphql<{ method: { validations: unknown[] } }>(
      /* GraphQL */ `
        query ($id: ID!) {
          method(id: $id) {
            validations {
              note
              organisation {
                name
              }
              evidence {
                sessionTitle
                projectTitle
              }
            }
          }
        }
      `,
      { id: A.ids.StarterMethod![0] },
    );
    // Without the team, nothing fails on the way that could hide the evidence.
    const evidenceOnly = await facilitator.graphql(
      /* GraphQL */ `
        query ($id: ID!) {
          method(id: $id) {
            validations {
              evidence {
                sessionTitle
                projectTitle
              }
            }
          }
        }
      `,
      { id: A.ids.StarterMethod![0] },
    );
    const answer = JSON.stringify([result, evidenceOnly]);
    for (const secret of ['Slotsessie B', 'Samen beslissen in B', 'Onderzoeksteam B'])
      expect(answer).not.toContain(secret);
    expect(result.errors).toBeUndefined();
  });
});
