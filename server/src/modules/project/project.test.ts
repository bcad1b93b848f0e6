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

  const thresholdOf = async (id: string) =>
    (await app.ok('query ($id: ID!) { project(id: $id) { smallGroupThreshold } }', { id })).project
      .smallGroupThreshold as number;

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

  describe('smallGroupThreshold', () => {
    const UPDATE = /* GraphQL */ `
      mutation ($input: UpdateProjectInput!) {
        updateProject(input: $input) {
          project {
            smallGroupThreshold
          }
        }
      }
    `;

    it('should start at 5 when a project is created without one', async () => {
      const data = await app.ok(CREATE_PROJECT, { input: input({ title: 'Zonder drempel' }) });
      expect(await thresholdOf(data.createProject.project.id)).toBe(5);
    });

    it('should refuse a threshold below 5 with BAD_USER_INPUT and create nothing', async () => {
      const before = await app.ok('{ projects { totalCount } }');
      const result = await app.graphql(CREATE_PROJECT, { input: input({ smallGroupThreshold: 3 }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(
        'The small-group threshold is at least 5: figures about fewer people are never shown.',
      );
      expect((await app.ok('{ projects { totalCount } }')).projects.totalCount).toBe(before.projects.totalCount);
    });

    it('should raise the threshold and refuse to lower it again when a project is updated', async () => {
      const data = await app.ok(CREATE_PROJECT, { input: input({ title: 'Met drempel', smallGroupThreshold: 8 }) });
      const projectId = data.createProject.project.id as string;
      expect(await thresholdOf(projectId)).toBe(8);

      const raised = await app.ok(UPDATE, { input: { projectId, smallGroupThreshold: 10 } });
      expect(raised.updateProject.project.smallGroupThreshold).toBe(10);

      const lowered = await app.graphql(UPDATE, {
        input: { projectId, smallGroupThreshold: 9, title: 'Nieuwe titel' },
      });
      expect(lowered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(lowered.errors?.[0]?.message).toBe(
        'The small-group threshold of this project is 10 and can be raised but never lowered: figures already shown were protected at 10.',
      );
      // Refused as a whole: the title did not change either.
      const after = await app.ok('query ($id: ID!) { project(id: $id) { title smallGroupThreshold } }', {
        id: projectId,
      });
      expect(after.project).toEqual({ title: 'Met drempel', smallGroupThreshold: 10 });
    });

    it.each([101, 2.5])('should refuse a threshold of %s with BAD_USER_INPUT', async (smallGroupThreshold) => {
      const result = await app.graphql(CREATE_PROJECT, { input: input({ smallGroupThreshold }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

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
