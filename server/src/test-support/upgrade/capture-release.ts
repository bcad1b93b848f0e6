// `pnpm --filter @samenspraak/server upgrade:capture <release>`: run on the commit of a release, writes the
// database that release makes (its migrations and its demo data) to fixtures/<release>.json.gz, for the upgrade
// test of every later version. Capture each release once, when it is made; never regenerate an old fixture.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { createRateLimits } from '../../core/auth/rate-limit.js';
import { embeddedDataDir, startEmbeddedPostgres } from '../../core/database.js';
import { createLogger } from '../../core/logger.js';
import { initOrm, migrate } from '../../core/orm.js';
import { buildAppSchema } from '../../core/schema.js';
import { createApp } from '../../core/server.js';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_JOIN_CODE, DEMO_PASSWORD } from '../../seeders/demo-ids.js';
import { seedDemoIfEmpty } from '../../seeders/seed.js';
import { captureDatabase, writeFixture } from './fixture.js';

const release = process.argv[2];
if (!release || !/^[\w.-]+$/.test(release)) {
  console.error('Usage: upgrade:capture <release name, e.g. 2026-11>');
  process.exit(2);
}
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

const dataDir = embeddedDataDir(`upgrade-capture-${process.pid}`);
const db = await startEmbeddedPostgres({
  dataDir,
  port: 20000 + (process.pid % 20000),
  database: 'upgrade_capture',
  persistent: false,
});
try {
  const orm = await initOrm({ url: db.url });
  try {
    await migrate(orm);
    await seedDemoIfEmpty(orm);
    await useTheApp(orm, db.url);
  } finally {
    await orm.close();
  }
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const fixture = await captureDatabase(client, release, commit);
    const file = writeFixture(fixture);
    const counts = Object.entries(fixture.tables).map(([name, rows]) => `${name} ${rows.length}`);
    console.log(`wrote ${file}\n  migrations: ${fixture.migrations.join(', ')}\n  rows: ${counts.join(', ')}`);
  } finally {
    await client.end();
  }
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

// Declared as functions, not constants: the capture above runs at the module's top level, before a constant further
// down would exist.
function must(result: { errors?: unknown[] }): void {
  if (result.errors) throw new Error(`capture: ${JSON.stringify(result.errors)}`);
}
function byRole(role: string): string {
  return DEMO_ACCOUNTS.find((account) => account.role === role)!.email;
}

// A database that people have used holds more than the demo: sign-ins, a refused password, a participant who
// joined and wrote a challenge (with its event and idempotency record), reads of personal data in the audit log,
// an invitation. Done through the API, as people do it.
async function useTheApp(orm: Awaited<ReturnType<typeof initOrm>>, url: string): Promise<void> {
  const limits = createRateLimits(url);
  const app = await createApp({
    orm,
    schema: await buildAppSchema(),
    logger: createLogger('silent'),
    config: { NODE_ENV: 'development', WEB_DIST: '/nonexistent', TRUST_PROXY: false },
    limits,
  });
  const port = await app.listen(0, '127.0.0.1');
  const browser = () => {
    let cookie = '';
    return async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
        body: JSON.stringify({ query, variables }),
      });
      // Every cookie the answer sets (a joined phone gets more than one).
      const set = response.headers.getSetCookie();
      if (set.length) cookie = set.map((c) => c.split(';')[0]).join('; ');
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
  };
  const signIn = 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }';
  try {
    const stranger = browser();
    await stranger(signIn, { input: { email: byRole('FACILITATOR'), password: 'not the password' } });

    const facilitator = browser();
    must(await facilitator(signIn, { input: { email: byRole('FACILITATOR'), password: DEMO_PASSWORD } }));
    must(
      await facilitator('query ($id: ID!) { session(id: $id) { id title } }', {
        id: DEMO_IDS.sessions.live,
      }),
    );

    const phone = browser();
    const joined = await phone(
      `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } personalCode } }`,
      {
        input: {
          code: DEMO_JOIN_CODE,
          language: 'ar',
          background: 'THIRD_COUNTRY_NATIONAL',
          consent: { research: true, textVersion: '2026-01' },
          clientMutationId: '0c0ffee0-0000-4000-8000-000000000001',
        },
      },
    );
    must(joined);
    const { participant } = joined.data!.joinSession as { participant: { id: string } };
    const participantId = participant.id;
    must(
      await phone('mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }', {
        input: {
          sessionId: DEMO_IDS.sessions.live,
          authorId: participantId,
          language: 'ar',
          text: 'لا توجد مقاعد في محطة الحافلات',
          clientMutationId: '0c0ffee0-0000-4000-8000-000000000002',
        },
      }),
    );
    must(
      await facilitator('query ($id: ID!) { participant(id: $id) { id background languages } }', {
        id: participantId,
      }),
    );

    const administrator = browser();
    must(await administrator(signIn, { input: { email: byRole('ADMINISTRATOR'), password: DEMO_PASSWORD } }));
    must(
      await administrator(
        'mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { clientMutationId } }',
        {
          input: {
            email: 'nieuwe.facilitator@dijlekant.demo',
            organisationId: DEMO_IDS.organisations.buurtwerk,
            projectIds: [DEMO_IDS.project],
            role: 'FACILITATOR',
          },
        },
      ),
    );
  } finally {
    await app.stop();
    app.server.close();
    await limits.close();
  }
}
