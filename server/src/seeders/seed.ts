import type { MikroORM } from '../core/orm.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { DemoSeeder } from './demo.seeder.js';

// Loads the demo data into an empty database; returns whether it did.
export async function seedDemoIfEmpty(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Organisation)) > 0) return false;
  await orm.seeder.seed(DemoSeeder);
  return true;
}
