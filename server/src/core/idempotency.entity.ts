import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

// Remembers the outcome of each mutation that carried a client mutation id, so that a
// retried request (a flaky hall Wi-Fi) returns the first outcome instead of acting twice.
@Entity({ tableName: 'applied_mutation' })
export class AppliedMutation {
  @PrimaryKey({ type: 'string', length: 100 })
  clientMutationId!: string;

  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'datetime' })
  appliedAt: Date & Opt = new Date();
}
