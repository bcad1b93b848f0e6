import { verifyPassword } from '../core/auth/password.js';
import type { Logger } from '../core/logger.js';
import type { MikroORM } from '../core/orm.js';
import { Account } from '../modules/account/account.entity.js';
import { LoginSession } from '../modules/account/login-session.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-ids.js';

export interface DemoAccountCheck {
  // E-mail addresses of the demo accounts found in the database.
  found: string[];
  // Those that still took the published password: deactivated now, and signed out.
  deactivated: string[];
}

// The demo accounts' password is published in the README. A production server does not let them in: each one that
// still takes that password is deactivated and signed out as the server starts, and the log says so loudly. An
// administrator may give one a password of its own and activate it again.
export async function retireDemoAccounts(orm: MikroORM, logger: Logger): Promise<DemoAccountCheck> {
  const em = orm.em.fork();
  const accounts = await em.find(Account, { id: { $in: DEMO_ACCOUNTS.map((account) => account.id) } });
  const deactivated: Account[] = [];
  for (const account of accounts) {
    if (account.active && (await verifyPassword(account.passwordHash, DEMO_PASSWORD))) {
      account.active = false;
      deactivated.push(account);
    }
  }
  if (deactivated.length) {
    await em.flush();
    await em.nativeDelete(LoginSession, { account: { $in: deactivated.map((account) => account.id) } });
  }
  const check = { found: accounts.map((a) => a.email), deactivated: deactivated.map((a) => a.email) };
  if (accounts.length) {
    logger.warn(
      check,
      `WARNING: this production database holds the demo accounts (${check.found.join(', ')}), whose password is ` +
        `published. ${check.deactivated.length ? `Deactivated and signed out: ${check.deactivated.join(', ')}. ` : ''}` +
        'Demo data does not belong in a real deployment: start from an empty database with SEED_DEMO=false.',
    );
  }
  return check;
}
