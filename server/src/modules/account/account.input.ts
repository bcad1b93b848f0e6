import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { Participant } from '../participant/participant.entity.js';
import { Account, Invitation, StaffRole } from './account.entity.js';

export const PASSWORD_MIN_LENGTH = 12;

@InputType()
export class SignInInput extends MutationInput {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(500)
  password!: string;
}

@InputType()
export class ChangePasswordInput extends MutationInput {
  @Field(() => String)
  @MaxLength(500)
  currentPassword!: string;

  @Field(() => String)
  @Length(PASSWORD_MIN_LENGTH, 500, { message: `the new password must have at least ${PASSWORD_MIN_LENGTH} characters` })
  newPassword!: string;
}

@InputType()
export class CreateInvitationInput extends MutationInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => ID, { description: 'The organisation the new account will belong to.' })
  organisationId!: string;

  @Field(() => [ID], { nullable: true, description: 'Projects the new account becomes a member of.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'projectIds must be ids of projects' })
  projectIds?: string[] | null;
}

@InputType()
export class AcceptInvitationInput extends MutationInput {
  @Field(() => String, { description: 'The token from the invitation link.' })
  @MaxLength(100)
  token!: string;

  @Field(() => String)
  @Length(2, 200, { message: 'your name must be between 2 and 200 characters' })
  displayName!: string;

  @Field(() => String)
  @Length(PASSWORD_MIN_LENGTH, 500, { message: `the password must have at least ${PASSWORD_MIN_LENGTH} characters` })
  password!: string;
}

@InputType()
export class UpdateAccountInput extends MutationInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => StaffRole, { nullable: true })
  @IsOptional()
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the account and signs it out everywhere.' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'The projects the account is a member of (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'projectIds must be ids of projects' })
  projectIds?: string[] | null;
}

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  STAFF = 'STAFF',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(ViewerKind, { name: 'ViewerKind', description: 'Who is asking.' });

@ObjectType({ description: 'Who is signed in on this browser, if anyone.' })
export class Viewer {
  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => Account, { nullable: true, description: 'The staff account, when a staff member is signed in.' })
  account!: Account | null;

  @Field(() => Participant, { nullable: true, description: 'The participant, when a participant has joined a session.' })
  participant!: Participant | null;

  @Field(() => ID, { nullable: true, description: 'The session a participant has joined.' })
  sessionId!: string | null;
}

@ObjectType()
export class SignInPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Account)
  account!: Account;
}

@ObjectType()
export class SignOutPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Boolean)
  signedOut!: boolean;
}

@ObjectType()
export class AccountPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Account)
  account!: Account;
}

@ObjectType()
export class CreateInvitationPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Invitation)
  invitation!: Invitation;

  @Field(() => String, {
    description: 'The path of the invitation link (append it to the address of the web app). Shown once: copy it now.',
  })
  link!: string;
}

@ObjectType({ description: 'What an invitation link offers, shown before it is accepted.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => String)
  organisationName!: string;

  @Field(() => Boolean)
  expired!: boolean;

  @Field(() => Boolean)
  accepted!: boolean;
}
