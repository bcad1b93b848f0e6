import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261125124125 } from './Migration20261125124125.js';

// Every migration, in order. `pnpm migration:create` writes a new file; add it here.
export const migrations: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261125124125', class: Migration20261125124125 },
];
