// `pnpm --filter @samenspraak/server account:create-admin --email … --name … --organisation "…" --kind MUNICIPALITY`:
// the first administrator of a real deployment, who then invites everyone else from the web app.
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../core/config.js';
import {
  databaseIsReachable,
  embeddedDataDir,
  embeddedUrl,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../core/database.js';
import { DomainError } from '../../core/errors.js';
import { createLogger } from '../../core/logger.js';
import { initOrm, migrate } from '../../core/orm.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import { createAdministrator } from './account.service.js';

const PASSWORD_VARIABLE = 'SAMENSPRAAK_ADMIN_PASSWORD';
const kinds = Object.values(OrganisationKind);

const usage = `Creates an administrator account and, unless one of that name exists, its organisation.

Usage:
  pnpm --filter @samenspraak/server account:create-admin \\
    --email <address> --name "<your name>" --organisation "<organisation name>" --kind <kind>

  --kind is one of ${kinds.join(', ')}.
  The password (at least 12 characters) is read from ${PASSWORD_VARIABLE}, or asked for.
  The database is DATABASE_URL, or else the embedded one that \`pnpm dev\` uses.`;

function fail(message: string, code = 1): never {
  if (code === 0) console.log(message);
  else console.error(message);
  process.exit(code);
}

function readArguments() {
  try {
    // pnpm may pass a `--` before the script's own arguments.
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) fail(usage, 0);
    const { email, name, organisation, kind } = values;
    if (!email || !name || !organisation || !kind)
      fail(`${usage}\n\nPlease give --email, --name, --organisation and --kind.`, 2);
    if (!kinds.includes(kind as OrganisationKind))
      fail(`--kind must be one of ${kinds.join(', ')}; "${kind}" is not.`, 2);
    return { email, name, organisation, kind: kind as OrganisationKind };
  } catch (error) {
    return fail(`${usage}\n\n${error instanceof Error ? error.message : String(error)}`, 2);
  }
}

// What was typed or pasted beyond the end of the last answer: the start of the next one.
let typedAhead = '';

// Asks without showing what is typed; from a pipe, reads one line.
function ask(question: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) {
    const lines = createInterface({ input: stdin });
    return new Promise((resolve) => {
      lines.once('line', (line) => {
        lines.close();
        resolve(line);
      });
      lines.once('close', () => resolve(''));
    });
  }
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const stop = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
    };
    const onData = (chunk: string) => {
      let offset = 0;
      for (const char of chunk) {
        offset += char.length;
        if (char === '\r' || char === '\n') {
          typedAhead = chunk.slice(offset).replace(/^\n/, '');
          stop();
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          stop();
          reject(new Error('Cancelled; nothing was created.'));
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
    if (typedAhead) {
      const ahead = typedAhead;
      typedAhead = '';
      onData(ahead);
    }
  });
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env[PASSWORD_VARIABLE];
  if (fromEnvironment) return fromEnvironment;
  const password = await ask('Password (at least 12 characters): ');
  if (process.stdin.isTTY && (await ask('The same password again: ')) !== password)
    fail('The two passwords differ; nothing was created.');
  return password;
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const args = readArguments();
const password = await readPassword().catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);

let embedded: EmbeddedDatabase | undefined;
let url = config.DATABASE_URL;
if (!url) {
  // While `pnpm dev` runs, its embedded PostgreSQL holds the data folder: use it rather than start a second one.
  const dataDir = embeddedDataDir('postgres', config.EMBEDDED_PG_DIR);
  const running = embeddedUrl(dataDir, config.EMBEDDED_PG_PORT, 'samenspraak');
  if (running && (await databaseIsReachable(running))) url = running;
  else {
    embedded = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, database: 'samenspraak', logger });
    url = embedded.url;
  }
}

const orm = await initOrm({ url, logger });
let exitCode = 0;
try {
  await migrate(orm);
  const { account, organisation, organisationCreated } = await createAdministrator(orm.em.fork(), {
    email: args.email,
    displayName: args.name,
    password,
    organisationName: args.organisation,
    organisationKind: args.kind,
  });
  console.log(
    `Created the administrator ${account.email} of ${organisation.name}` +
      `${organisationCreated ? ' (a new organisation)' : ' (an organisation that already existed)'}.\n` +
      'Sign in on the web app with this e-mail address and password, then invite your colleagues.',
  );
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`${error.message} Nothing was created.`);
  exitCode = 1;
} finally {
  await orm.close();
  await embedded?.stop();
}
// Explicitly: the embedded PostgreSQL library's exit hook would otherwise end the process with 0.
process.exit(exitCode);
