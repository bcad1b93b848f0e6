import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

// The counters of rate-limiter-flexible, kept in PostgreSQL so that every API process shares them.
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  @Property({ type: 'bigint', nullable: true })
  expire: string | null = null;
}
