import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { hashPassword } from '../core/auth/password.js';
import { Account, StaffRole } from '../modules/account/account.entity.js';
import { daysAfter, demoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-ids.js';
import { createMissing } from './seed-support.js';

// One account per role, so that every screen of the demo can be tried: see DEMO_ACCOUNTS.
export class DemoAccountSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const existing = await em.count(Account, { id: { $in: DEMO_ACCOUNTS.map((a) => a.id) } });
    // Hashing is slow on purpose: skip it when every account is there already.
    if (existing === DEMO_ACCOUNTS.length) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const created = daysAfter(context.calendar.today, -100);
    await createMissing(
      em,
      Account,
      DEMO_ACCOUNTS.map((a) => ({
        id: a.id,
        email: a.email,
        displayName: a.displayName,
        role: StaffRole[a.role],
        passwordHash,
        organisations: [a.organisation],
        projects: [...a.projects],
        createdAt: created,
        updatedAt: created,
      })),
    );
  }
}
