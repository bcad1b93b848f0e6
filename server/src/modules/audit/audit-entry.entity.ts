import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../core/uuid.js';

export enum AuditAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What was done with personal data.',
  valuesConfig: {
    READ: { description: 'Someone read it.' },
    CREATE: { description: 'Someone recorded it.' },
    UPDATE: { description: 'Someone changed it.' },
    EXPORT: { description: 'Someone exported it, for the person it is about.' },
    ERASE: { description: 'Someone erased it, at the request of the person it is about.' },
  },
});

// Who read or changed personal data, and when. Written, never updated.
@ObjectType({ description: 'One read or change of personal data.' })
@Entity()
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['subjectId', 'at'] })
@Index({ properties: ['actorAccountId', 'at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  @Field(() => String, {
    description: 'Who: an account e-mail, or "participant" for a participant acting on their own data.',
  })
  @Property({ type: 'string', length: 254 })
  actor!: string;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId: string | null = null;

  @Field(() => AuditAction, { description: 'What was done: read, created, changed, exported or erased.' })
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => String, { description: 'The kind of record, such as Participant.' })
  @Property({ type: 'string', length: 60 })
  subjectType!: string;

  @Field(() => ID, { description: 'The id of the record whose personal data it was.' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { description: 'Which personal data, such as "background".' })
  @Property({ type: 'string', length: 200 })
  detail!: string;

  @Property({ type: 'uuid', nullable: true })
  projectId: string | null = null;
}
