import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

// Remembers the outcome of each mutation that carried a client mutation id, so that a
// retried request (a flaky hall Wi-Fi) returns the first outcome instead of acting twice. Records created
// under a client-chosen id are remembered here too (key `create:<id>`), with who created them.
@Entity({ tableName: 'applied_mutation' })
export class AppliedMutation {
  @PrimaryKey({ type: 'string', length: 100 })
  clientMutationId!: string;

  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  // Who sent it: a key replays only for the one who first used it, never across accounts or tenants.
  @Property({ type: 'string', length: 100 })
  actor!: string;

  @Property({ type: 'datetime' })
  appliedAt: Date & Opt = new Date();
}
