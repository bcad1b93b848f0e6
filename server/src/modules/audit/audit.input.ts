import { IsOptional, IsUUID } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, registerEnumType } from 'type-graphql';
import { AuditAction } from './audit-entry.entity.js';

export enum AuditActorKind {
  STAFF = 'STAFF',
  PARTICIPANT = 'PARTICIPANT',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who did it.',
  valuesConfig: {
    STAFF: { description: 'A staff member, signed in with their account.' },
    PARTICIPANT: { description: 'The participant, about their own data.' },
    ANONYMOUS: { description: 'Nobody signed in.' },
  },
});

@InputType({ description: 'Which audit entries to show; what is left out does not narrow the list.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this staff account did.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorAccountId must be the id of an account' })
  actorAccountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what was done with the data of this participant.' })
  @IsOptional()
  @IsUUID('all', { message: 'participantId must be the id of a participant' })
  participantId?: string | null;

  @Field(() => AuditAction, { nullable: true, description: 'Only this kind of action.' })
  @IsOptional()
  action?: AuditAction | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only entries at or after this moment.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only entries before this moment.' })
  @IsOptional()
  to?: Date | null;
}
