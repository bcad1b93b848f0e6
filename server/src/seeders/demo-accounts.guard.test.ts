import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../core/auth/password.js';
import { Account } from '../modules/account/account.entity.js';
import { LoginSession } from '../modules/account/login-session.entity.js';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.js';
import { retireDemoAccounts } from './demo-accounts.guard.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-ids.js';
import { DemoSeeder } from './demo.seeder.js';

describe('demo accounts on a production server', () => {
  let app: TestApp;
  let facilitator: TestClient;
  const warnings: { msg: string; found: string[]; deactivated: string[] }[] = [];
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        warnings.push(JSON.parse(chunk.toString('utf8')) as (typeof warnings)[number]);
        done();
      },
    }),
  );
  const [beheerder, reviewer, facilitatorAccount, evaluator] = DEMO_ACCOUNTS;

  beforeAll(async () => {
    app = await createTestApp();
    await app.orm.seeder.seed(DemoSeeder);
    // The evaluator's owner gave it a password of its own; the facilitator is signed in on some laptop.
    const em = app.orm.em.fork();
    const own = await em.findOneOrFail(Account, { id: evaluator.id });
    own.passwordHash = await hashPassword('a password of our own, not the demo one');
    await em.flush();
    facilitator = app.client();
    await facilitator.signIn(facilitatorAccount.email, DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  it('should deactivate every demo account that still takes the published password, and warn with their addresses', async () => {
    const check = await retireDemoAccounts(app.orm, logger);
    // Every demo account but the evaluator, whose owner changed its password.
    const published = DEMO_ACCOUNTS.filter((a) => a.id !== evaluator.id).map((a) => a.email);
    expect(published).toEqual(expect.arrayContaining([beheerder.email, reviewer.email, facilitatorAccount.email]));
    expect(check.found.toSorted()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).toSorted());
    expect(check.deactivated.toSorted()).toEqual(published.toSorted());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/^WARNING: this production database holds the demo accounts/);
    expect(warnings[0]!.msg).toContain('Deactivated and signed out: ');
  });

  it('should refuse a sign-in with the published password, and sign out the demo account that was signed in', async () => {
    const attempt = await app
      .client()
      .graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
        input: { email: beheerder.email, password: DEMO_PASSWORD },
      });
    expect(attempt.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await facilitator.ok('{ viewer { kind } }')).toEqual({ viewer: { kind: 'ANONYMOUS' } });
    expect(await app.orm.em.fork().count(LoginSession, { account: facilitatorAccount.id })).toBe(0);
  });

  it('should leave alone a demo account whose owner changed its password', async () => {
    const browser = app.client();
    await browser.signIn(evaluator.email, 'a password of our own, not the demo one');
    expect(await browser.ok('{ viewer { kind } }')).toEqual({ viewer: { kind: 'STAFF' } });
  });

  it('should change nothing and warn again when the server starts once more', async () => {
    const check = await retireDemoAccounts(app.orm, logger);
    expect(check.deactivated).toEqual([]);
    expect(warnings).toHaveLength(2);
  });
});
