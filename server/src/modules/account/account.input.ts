import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateBy, isEmail } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { Participant } from '../participant/participant.entity.js';
import { Account, Invitation, StaffRole } from './account.entity.js';
import { PASSWORD_RULE, PASSWORD_RULE_TEXT } from './password-rule.js';

// Longer is refused before anything is checked; the full rule (length and strength) is checked by the service.
const PASSWORD_MAX_LENGTH = PASSWORD_RULE.maxLength;

// Addresses are pasted from mails and chats: surrounding spaces are forgiven, as the service trims them.
export const isEmailAddress = (value: unknown): boolean => typeof value === 'string' && isEmail(value.trim());

function IsEmailAddress(): PropertyDecorator {
  return ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: isEmailAddress,
      defaultMessage: () => 'email must be an e-mail address, such as name@example.org',
    },
  });
}

@InputType({ description: 'An e-mail address and password.' })
export class SignInInput extends MutationInput {
  @Field(() => String, { description: 'The e-mail address of the account; case and surrounding spaces do not matter.' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @Field(() => String, { description: 'The password of the account.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

@InputType({ description: 'Your current password and the one that replaces it.' })
export class ChangePasswordInput extends MutationInput {
  @Field(() => String, { description: 'The password you signed in with.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `currentPassword must be at most ${PASSWORD_MAX_LENGTH} characters` })
  currentPassword!: string;

  @Field(() => String, { description: `The new password: ${PASSWORD_RULE_TEXT}.` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `the new password must have at most ${PASSWORD_MAX_LENGTH} characters` })
  newPassword!: string;
}

@InputType({ description: 'Who to invite, in which role, organisation and projects.' })
export class CreateInvitationInput extends MutationInput {
  @Field(() => String, { description: 'The e-mail address of the person invited; the account will have it.' })
  @IsEmailAddress()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @Field(() => StaffRole, { description: 'The role the new account gets.' })
  role!: StaffRole;

  @Field(() => ID, {
    description:
      'The organisation the new account will belong to. Administrators and reviewers can only be invited into your own organisations.',
  })
  organisationId!: string;

  @Field(() => [ID], { nullable: true, description: 'Projects of yours the new account becomes a member of.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'an invitation can name at most 50 projects' })
  @IsUUID('all', { each: true, message: 'projectIds must be ids of projects' })
  projectIds?: string[] | null;
}

@InputType({ description: 'The account to create from an invitation link.' })
export class AcceptInvitationInput extends MutationInput {
  @Field(() => String, { description: 'The token from the invitation link (the part after /invitations/).' })
  @MaxLength(100, { message: 'token must be at most 100 characters' })
  token!: string;

  @Field(() => String, { description: 'Your name as colleagues will see it (2–200 characters).' })
  @Length(2, 200, { message: 'your name must be between 2 and 200 characters' })
  displayName!: string;

  @Field(() => String, { description: `The password you will sign in with: ${PASSWORD_RULE_TEXT}.` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `the password must have at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

@InputType({ description: 'Changes to an account of your organisations; what is left out stays as it is.' })
export class UpdateAccountInput extends MutationInput {
  @Field(() => ID, { description: 'The account to change.' })
  accountId!: string;

  @Field(() => StaffRole, { nullable: true, description: 'A new role.' })
  @IsOptional()
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the account and signs it out everywhere.' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The projects of yours the account is a member of (replaces that list; memberships in projects you do not manage stay).',
  })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'an account can be a member of at most 200 projects at once' })
  @IsUUID('all', { each: true, message: 'projectIds must be ids of projects' })
  projectIds?: string[] | null;
}

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  STAFF = 'STAFF',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'Who is asking.',
  valuesConfig: {
    ANONYMOUS: { description: 'Nobody has signed in or joined a session on this browser.' },
    STAFF: { description: 'A staff member signed in with an account.' },
    PARTICIPANT: { description: 'A participant who joined a session.' },
  },
});

@ObjectType({ description: 'Who is signed in on this browser, if anyone.' })
export class Viewer {
  @Field(() => ViewerKind, { description: 'Whether this is a staff member, a participant or nobody.' })
  kind!: ViewerKind;

  @Field(() => Account, { nullable: true, description: 'The staff account, when a staff member is signed in.' })
  account!: Account | null;

  @Field(() => Participant, {
    nullable: true,
    description: 'The participant, when a participant has joined a session.',
  })
  participant!: Participant | null;

  @Field(() => ID, { nullable: true, description: 'The session a participant has joined.' })
  sessionId!: string | null;
}

@ObjectType({ description: 'The outcome of signing in: the account, now signed in on this browser.' })
export class SignInPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Account, { description: 'The account that is signed in.' })
  account!: Account;
}

@ObjectType({ description: 'The outcome of signing out.' })
export class SignOutPayload {
  @Field(() => ID, { nullable: true, description: 'Always null: signing out takes no input.' })
  clientMutationId!: string | null;

  @Field(() => Boolean, { description: 'Whether someone was signed in on this browser.' })
  signedOut!: boolean;
}

@ObjectType({ description: 'The outcome of a change to an account.' })
export class AccountPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Account, { description: 'The account after the change.' })
  account!: Account;
}

@ObjectType({ description: 'A new invitation and its link.' })
export class CreateInvitationPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Invitation, { description: 'The invitation.' })
  invitation!: Invitation;

  @Field(() => String, {
    description:
      'The path of the invitation link (append it to the address of the web app). Shown once: copy it now. ' +
      'Sending the same clientMutationId again gives a fresh link and makes the earlier one stop working.',
  })
  link!: string;
}

@ObjectType({ description: 'What an invitation link offers, shown before it is accepted.' })
export class InvitationPreview {
  @Field(() => String, { description: 'The e-mail address the account will have.' })
  email!: string;

  @Field(() => StaffRole, { description: 'The role the account will have.' })
  role!: StaffRole;

  @Field(() => String, { description: 'The organisation the account will belong to.' })
  organisationName!: string;

  @Field(() => Boolean, { description: 'Whether the link no longer works because it is too old.' })
  expired!: boolean;

  @Field(() => Boolean, { description: 'Whether an account was already created with this link.' })
  accepted!: boolean;
}
