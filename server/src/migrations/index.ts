import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261125000000_initial } from './Migration20261125000000_initial.js';
import { Migration20261205163534 } from './Migration20261205163534.js';
import { Migration20261205164541 } from './Migration20261205164541.js';
import { Migration20261205172608 } from './Migration20261205172608.js';
import { Migration20261205182505 } from './Migration20261205182505.js';
import { Migration20261205183933 } from './Migration20261205183933.js';
import { Migration20261205185027 } from './Migration20261205185027.js';
import { Migration20261205185116 } from './Migration20261205185116.js';
import { Migration20261205191441 } from './Migration20261205191441.js';
import { Migration20261205200400 } from './Migration20261205200400.js';
import { Migration20261205212810 } from './Migration20261205212810.js';
import { Migration20261205213248 } from './Migration20261205213248.js';
import { Migration20261205230305 } from './Migration20261205230305.js';
import { Migration20261206020000 } from './Migration20261206020000.js';
import { Migration20261206020100 } from './Migration20261206020100.js';

// Every migration, in order. Written by `pnpm migration:create`; never edit a merged migration.
export const migrations: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261125000000_initial', class: Migration20261125000000_initial },
  { name: 'Migration20261205163534', class: Migration20261205163534 },
  { name: 'Migration20261205164541', class: Migration20261205164541 },
  { name: 'Migration20261205172608', class: Migration20261205172608 },
  { name: 'Migration20261205182505', class: Migration20261205182505 },
  { name: 'Migration20261205183933', class: Migration20261205183933 },
  { name: 'Migration20261205185027', class: Migration20261205185027 },
  { name: 'Migration20261205185116', class: Migration20261205185116 },
  { name: 'Migration20261205191441', class: Migration20261205191441 },
  { name: 'Migration20261205200400', class: Migration20261205200400 },
  { name: 'Migration20261205212810', class: Migration20261205212810 },
  { name: 'Migration20261205213248', class: Migration20261205213248 },
  { name: 'Migration20261205230305', class: Migration20261205230305 },
  { name: 'Migration20261206020000', class: Migration20261206020000 },
  { name: 'Migration20261206020100', class: Migration20261206020100 },
];
