import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLResult, type TestApp } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { Organisation } from './organisation.entity.js';

const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      clientMutationId
      organisation {
        id
        name
        kind
        locality
      }
    }
  }
`;
const UPDATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        name
        locality
      }
    }
  }
`;
const READ_ORGANISATION = /* GraphQL */ `
  query ($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      locality
    }
  }
`;
const ORGANISATIONS = /* GraphQL */ `
  {
    organisations(first: 200) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

const code = (result: GraphQLResult): string | undefined => result.errors?.[0]?.extensions?.code;
type OrganisationList = { organisations: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
const names = (data: OrganisationList): string[] => data.organisations.edges.map((e) => e.node.name);

describe('organisations', () => {
  let app: TestApp;
  let mechelen: string;
  let dijlekant: string;
  let leuven: string;
  let projectA: string;

  const create = async (name: string, kind: string) =>
    (await app.ok(CREATE_ORGANISATION, { input: { name, kind } })).createOrganisation.organisation.id as string;

  beforeAll(async () => {
    app = await createTestApp();
    mechelen = await create('Gemeente Mechelen', 'MUNICIPALITY');
    dijlekant = await create('Buurtwerk Dijlekant vzw', 'PARTNER_ACTOR');
    leuven = await create('Stad Leuven', 'MUNICIPALITY');
    const project = await app.ok(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
      {
        input: {
          promoterId: mechelen,
          title: 'Samen aan tafel',
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2027-12-31',
        },
      },
    );
    projectA = project.createProject.project.id;
    await app.ok(`mutation ($input: AddProjectPartnerInput!) { addProjectPartner(input: $input) { partner { id } } }`, {
      input: { projectId: projectA, organisationId: dijlekant, role: 'PARTNER_ACTOR' },
    });
    await app.ok(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`, {
      input: {
        promoterId: leuven,
        title: 'Leuven praat mee',
        grantEuros: 150_000,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
      },
    });
  });
  afterAll(() => app.close());

  it('should make the administrator who registers an organisation one of its members', async () => {
    const admin = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [leuven] });
    const data = await admin.ok(CREATE_ORGANISATION, {
      input: { name: '  Vrouwen van de Wereld vzw ', kind: 'SELF_ORGANISATION', locality: ' Leuven ' },
    });
    const created = data.createOrganisation.organisation;
    expect(created).toMatchObject({ name: 'Vrouwen van de Wereld vzw', kind: 'SELF_ORGANISATION', locality: 'Leuven' });
    const viewer = await admin.ok<{ viewer: { account: { organisations: { id: string }[] } } }>(
      `{ viewer { account { organisations { id } } } }`,
    );
    expect(viewer.viewer.account.organisations.map((o) => o.id).toSorted()).toEqual(
      [leuven, String(created.id)].toSorted(),
    );
    expect(names(await admin.ok<OrganisationList>(ORGANISATIONS))).toContain('Vrouwen van de Wereld vzw');
    expect((await admin.ok(READ_ORGANISATION, { id: created.id })).organisation.name).toBe('Vrouwen van de Wereld vzw');
  });

  it('should list a facilitator their own organisation and those working on their projects, by name', async () => {
    const facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [dijlekant],
      projectIds: [projectA],
    });
    const data = await facilitator.ok<OrganisationList>(ORGANISATIONS);
    expect(names(data)).toEqual(['Buurtwerk Dijlekant vzw', 'Gemeente Mechelen']);
    expect(data.organisations.totalCount).toBe(2);
    expect(code(await facilitator.graphql(READ_ORGANISATION, { id: leuven }))).toBe('FORBIDDEN');
    expect((await facilitator.ok(READ_ORGANISATION, { id: mechelen })).organisation.kind).toBe('MUNICIPALITY');
  });

  it("should list a reviewer their municipality and its projects' partners, not other municipalities", async () => {
    const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
    expect(names(await reviewer.ok<OrganisationList>(ORGANISATIONS))).toEqual([
      'Buurtwerk Dijlekant vzw',
      'Gemeente Mechelen',
    ]);
  });

  it('should refuse to register an organisation for anyone but an administrator and create nothing', async () => {
    const before = await app.orm.em.fork().count(Organisation);
    const facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [dijlekant],
      projectIds: [projectA],
    });
    const input = { name: 'Nieuwe vzw', kind: 'PARTNER_ACTOR' };
    expect(code(await facilitator.graphql(CREATE_ORGANISATION, { input }))).toBe('FORBIDDEN');
    expect(code(await app.client().graphql(CREATE_ORGANISATION, { input }))).toBe('UNAUTHENTICATED');
    expect(await app.orm.em.fork().count(Organisation)).toBe(before);
  });

  it('should refuse a name that is too short with BAD_USER_INPUT', async () => {
    const result = await app.graphql(CREATE_ORGANISATION, { input: { name: 'X', kind: 'PARTNER_ACTOR' } });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/name must be between 2 and 200 characters/);
  });

  it('should create one organisation only when the same clientMutationId is sent twice', async () => {
    const before = await app.orm.em.fork().count(Organisation);
    const input = { name: 'Samen Sterk vzw', kind: 'PARTNER_ACTOR', clientMutationId: 'organisation-retry-1' };
    const first = await app.ok(CREATE_ORGANISATION, { input });
    const second = await app.ok(CREATE_ORGANISATION, { input });
    expect(second.createOrganisation.organisation.id).toBe(first.createOrganisation.organisation.id);
    expect(second.createOrganisation.clientMutationId).toBe('organisation-retry-1');
    expect(await app.orm.em.fork().count(Organisation)).toBe(before + 1);
  });

  it("should change an organisation's name and locality for its administrator, and not for another municipality's", async () => {
    const admin = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [mechelen] });
    const data = await admin.ok(UPDATE_ORGANISATION, { input: { organisationId: mechelen, locality: 'Mechelen' } });
    expect(data.updateOrganisation.organisation).toEqual({
      id: mechelen,
      name: 'Gemeente Mechelen',
      locality: 'Mechelen',
    });
    const foreign = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [leuven] });
    const refused = await foreign.graphql(UPDATE_ORGANISATION, {
      input: { organisationId: mechelen, name: 'Stad Mechelen' },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await app.orm.em.fork().findOneOrFail(Organisation, { id: mechelen })).name).toBe('Gemeente Mechelen');
  });

  it.each(['8a1f3c1e-0000-4000-8000-000000000000', 'not-a-uuid'])(
    'should answer NOT_FOUND when the organisation id is %s',
    async (id) => {
      expect(code(await app.graphql(READ_ORGANISATION, { id }))).toBe('NOT_FOUND');
    },
  );
});
