import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Account, StaffRole } from './account.entity.js';
import { createAdministrator, type NewAdministrator } from './account.service.js';

const PASSWORD = 'the first administrator';

// The core of `account:create-admin`; the command only adds reading arguments and the password.
describe('creating the first administrator', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const administrator = (values: Partial<NewAdministrator> = {}) =>
    createAdministrator(app.orm.em.fork(), {
      email: 'beheer@kortrijk.example',
      displayName: 'Beheer Kortrijk',
      password: PASSWORD,
      organisationName: 'Stad Kortrijk',
      organisationKind: OrganisationKind.MUNICIPALITY,
      ...values,
    });

  const refusal = async (values: Partial<NewAdministrator>) => {
    const error = await administrator(values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it('should create the organisation and its administrator, who can then sign in and invite colleagues', async () => {
    const created = await administrator({ email: '  Beheer@Kortrijk.example ', displayName: ' Beheer Kortrijk ' });
    expect(created.organisationCreated).toBe(true);
    expect(created.account).toMatchObject({
      email: 'beheer@kortrijk.example',
      displayName: 'Beheer Kortrijk',
      role: StaffRole.ADMINISTRATOR,
    });
    expect(created.organisation).toMatchObject({ name: 'Stad Kortrijk', kind: OrganisationKind.MUNICIPALITY });

    const browser = app.client();
    await browser.signIn('beheer@kortrijk.example', PASSWORD);
    const { viewer } = await browser.ok(`{ viewer { kind account { role organisations { id name } } } }`);
    expect(viewer).toEqual({
      kind: 'STAFF',
      account: { role: 'ADMINISTRATOR', organisations: [{ id: created.organisation.id, name: 'Stad Kortrijk' }] },
    });
    const invited = await browser.ok(
      `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { invitation { email } } }`,
      { input: { email: 'collega@kortrijk.example', role: 'REVIEWER', organisationId: created.organisation.id } },
    );
    expect(invited.createInvitation.invitation.email).toBe('collega@kortrijk.example');
  });

  it('should add a second administrator to the organisation of that name when it exists', async () => {
    const created = await administrator({ email: 'tweede@kortrijk.example', organisationName: 'stad kortrijk' });
    expect(created.organisationCreated).toBe(false);
    expect(await app.orm.em.fork().count(Organisation, { name: 'Stad Kortrijk' })).toBe(1);
    const account = await app.orm.em
      .fork()
      .findOneOrFail(Account, { email: 'tweede@kortrijk.example' }, { populate: ['organisations'] });
    expect(account.organisations.getIdentifiers()).toEqual([created.organisation.id]);
  });

  it.each([
    {
      when: 'the password is too short',
      values: { password: 'too short' },
      code: 'BAD_USER_INPUT',
      message: /at least 12 characters/,
    },
    {
      when: 'the password is a common one',
      values: { password: '123456789012' },
      code: 'BAD_USER_INPUT',
      message: /too easy to guess/,
    },
    {
      when: 'the e-mail address is not one',
      values: { email: 'not an address' },
      code: 'BAD_USER_INPUT',
      message: /e-mail address is not valid/,
    },
    {
      when: 'the name is blank',
      values: { displayName: ' ' },
      code: 'BAD_USER_INPUT',
      message: /name must be between 2 and 200/,
    },
    {
      when: 'the organisation name is one letter',
      values: { organisationName: 'X' },
      code: 'BAD_USER_INPUT',
      message: /organisation name must be between 2 and 200/,
    },
    {
      when: 'the kind is unknown',
      values: { organisationKind: 'CITY' as OrganisationKind },
      code: 'BAD_USER_INPUT',
      message: /kind must be one of MUNICIPALITY/,
    },
    {
      when: 'the organisation exists as another kind',
      values: { organisationName: 'Stad Kortrijk', organisationKind: OrganisationKind.PARTNER_ACTOR },
      code: 'BAD_USER_INPUT',
      message: /already exists as MUNICIPALITY/,
    },
    {
      when: 'the e-mail address has an account',
      values: { email: 'BEHEER@kortrijk.example' },
      code: 'CONFLICT',
      message: /already an account for beheer@kortrijk\.example/,
    },
  ])('should refuse with $code and create nothing when $when', async ({ values, code, message }) => {
    const em = app.orm.em.fork();
    const before = { accounts: await em.count(Account), organisations: await em.count(Organisation) };
    const error = await refusal({ email: 'derde@kortrijk.example', organisationName: 'Stad Menen', ...values });
    expect(error.extensions.code).toBe(code);
    expect(error.message).toMatch(message);
    expect({ accounts: await em.count(Account), organisations: await em.count(Organisation) }).toEqual(before);
  });
});
