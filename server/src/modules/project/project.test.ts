import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
        kind
      }
    }
  }
`;
const CREATE_PROJECT = /* GraphQL */ `
  mutation ($input: CreateProjectInput!) {
    createProject(input: $input) {
      clientMutationId
      project {
        id
        title
        grantEuros
        euFundEuros
        regionalCofinancingEuros
        promoter {
          name
        }
        partners {
          role
          organisation {
            name
          }
        }
      }
    }
  }
`;

describe('projects', () => {
  let app: TestApp;
  let municipalityId: string;
  let partnerId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const m = await app.ok(CREATE_ORGANISATION, { input: { name: 'Gemeente Mechelen', kind: 'MUNICIPALITY' } });
    municipalityId = m.createOrganisation.organisation.id;
    const p = await app.ok(CREATE_ORGANISATION, { input: { name: 'Samen Sterk vzw', kind: 'PARTNER_ACTOR' } });
    partnerId = p.createOrganisation.organisation.id;
  });
  afterAll(() => app.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    promoterId: municipalityId,
    title: 'Samen beslissen in Mechelen',
    grantEuros: 180_001,
    startsOn: '2026-01-01',
    endsOn: '2027-06-30',
    ...overrides,
  });

  it('should split the grant 75/25 between the EU fund and the region when a project is created', async () => {
    const data = await app.ok(CREATE_PROJECT, { input: input() });
    const project = data.createProject.project;
    expect(project.promoter.name).toBe('Gemeente Mechelen');
    expect(project.euFundEuros).toBe(135_000.75);
    expect(project.regionalCofinancingEuros).toBe(45_000.25);
    expect(project.euFundEuros + project.regionalCofinancingEuros).toBe(project.grantEuros);
  });

  it.each([99_999, 250_001, 0])(
    'should refuse a grant of %i euros with GRANT_OUT_OF_RANGE and create nothing',
    async (grantEuros) => {
      const before = await app.ok('{ projects { totalCount } }');
      const result = await app.graphql(CREATE_PROJECT, { input: input({ grantEuros }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_OUT_OF_RANGE');
      expect(result.errors?.[0]?.message).toMatch(/between €100,000 and €250,000/);
      const after = await app.ok('{ projects { totalCount } }');
      expect(after.projects.totalCount).toBe(before.projects.totalCount);
    },
  );

  it('should refuse a partner organisation as promoter when creating a project', async () => {
    const result = await app.graphql(CREATE_PROJECT, { input: input({ promoterId: partnerId }) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse invalid input with BAD_USER_INPUT and no stack trace', async () => {
    const result = await app.graphql(CREATE_PROJECT, { input: input({ title: 'x', startsOn: 'tomorrow' }) });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/title must be between 3 and 200 characters/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('should create one project only when the same clientMutationId is sent twice', async () => {
    const before = await app.ok('{ projects { totalCount } }');
    const variables = { input: input({ clientMutationId: 'retry-1', title: 'Retried project' }) };
    const first = await app.ok(CREATE_PROJECT, variables);
    const second = await app.ok(CREATE_PROJECT, variables);
    expect(second.createProject.project.id).toBe(first.createProject.project.id);
    expect(second.createProject.clientMutationId).toBe('retry-1');
    const after = await app.ok('{ projects { totalCount } }');
    expect(after.projects.totalCount).toBe(before.projects.totalCount + 1);
  });

  it('should list partners with their role when one is added', async () => {
    const created = await app.ok(CREATE_PROJECT, { input: input({ title: 'With a partner' }) });
    const projectId = created.createProject.project.id;
    await app.ok(`mutation ($input: AddProjectPartnerInput!) { addProjectPartner(input: $input) { partner { id } } }`, {
      input: { projectId, organisationId: partnerId, role: 'PARTNER_ACTOR' },
    });
    const again = await app.graphql(
      `mutation ($input: AddProjectPartnerInput!) { addProjectPartner(input: $input) { partner { id } } }`,
      { input: { projectId, organisationId: partnerId, role: 'PARTNER_ACTOR' } },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await app.ok(`query ($id: ID!) { project(id: $id) { partners { role organisation { name } } } }`, {
      id: projectId,
    });
    expect(read.project.partners).toEqual([{ role: 'PARTNER_ACTOR', organisation: { name: 'Samen Sterk vzw' } }]);
  });

  it.each(['8a1f3c1e-0000-4000-8000-000000000000', 'not-a-uuid'])(
    'should answer NOT_FOUND when the project id is %s',
    async (id) => {
      const result = await app.graphql(`query ($id: ID!) { project(id: $id) { id } }`, { id });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
  );
});
