import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { placeholders } from '../../core/sql.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Account, Invitation } from './account.entity.js';
import { accountOrganisations } from './account.policy.js';
import {
  AcceptInvitationInput,
  AccountPayload,
  ChangePasswordInput,
  CreateInvitationInput,
  CreateInvitationPayload,
  InvitationPreview,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  UpdateAccountInput,
  Viewer,
  ViewerKind,
} from './account.input.js';
import {
  acceptInvitation,
  changePassword,
  createInvitation,
  listAccounts,
  previewInvitation,
  signIn,
  signOut,
  updateAccount,
} from './account.service.js';

export const AccountConnection = ConnectionType(Account, 'Account');

// The projects an account is a member of, for every account of a list in one statement.
async function memberProjectIds(ctx: Context, accountIds: readonly string[]): Promise<string[][]> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ account_id: string; project_id: string }[]>(
      `select account_id, project_id from account_projects where account_id in (${placeholders(accountIds)})`,
      [...accountIds],
    );
  return accountIds.map((id) => rows.filter((row) => row.account_id === id).map((row) => row.project_id));
}

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Viewer, { description: 'Who is signed in on this browser.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const { viewer, loaders } = ctx;
    return {
      kind: { anonymous: ViewerKind.ANONYMOUS, staff: ViewerKind.STAFF, participant: ViewerKind.PARTICIPANT }[
        viewer.kind
      ],
      account: viewer.kind === 'staff' ? ((await loaders.byId(Account).load(viewer.accountId)) ?? null) : null,
      participant:
        viewer.kind === 'participant' ? ((await loaders.byId(Participant).load(viewer.participantId)) ?? null) : null,
      sessionId: viewer.kind === 'participant' ? viewer.sessionId : null,
    };
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link offers, before it is accepted.' })
  invitation(@Arg('token', () => String) token: string, @Ctx() { em }: Context): Promise<InvitationPreview> {
    return previewInvitation(em, token);
  }

  @Query(() => AccountConnection, { description: "The accounts of the administrator's organisations." })
  async accounts(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Connection<Account>> {
    return connectionFromList(await listAccounts(ctx.em, staffViewer(ctx.viewer)), args);
  }

  @FieldResolver(() => [Organisation], { description: 'The organisations this account belongs to.' })
  async organisations(@Root() account: Account, @Ctx() ctx: Context): Promise<Organisation[]> {
    const ids = await accountOrganisations(ctx, account.id);
    return (await ctx.loaders.byId(Organisation).loadMany(ids)).filter(
      (o): o is Organisation => o instanceof Organisation,
    );
  }

  @FieldResolver(() => [Project], {
    description: 'The projects this account is a member of, among those you can see (like the `projects` list).',
  })
  async projects(@Root() account: Account, @Ctx() ctx: Context): Promise<Project[]> {
    const { projectIds } = staffViewer(ctx.viewer);
    // A member of another organisation's project as well: that project is not the reader's to see.
    const ids = (
      await ctx.loaders.custom('account-projects', (keys) => memberProjectIds(ctx, keys)).load(account.id)
    ).filter((id) => projectIds.has(id));
    return (await ctx.loaders.byId(Project).loadMany(ids)).filter((p): p is Project => p instanceof Project);
  }

  @Mutation(() => SignInPayload, { description: 'Sign in with e-mail and password; sets an httpOnly session cookie.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return { clientMutationId: input.clientMutationId ?? null, account: await signIn(ctx, input) };
  }

  @Mutation(() => SignOutPayload, { description: 'End the session of this browser.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    return { clientMutationId: null, signedOut: await signOut(ctx) };
  }

  @Mutation(() => AccountPayload, { description: 'Change your password; signs out your other browsers.' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<AccountPayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      account: await changePassword(ctx, staffViewer(ctx.viewer), input),
    };
  }

  @Mutation(() => CreateInvitationPayload, {
    description: 'Invite someone to create a staff account; the link expires in a week.',
  })
  async createInvitation(
    @Arg('input', () => CreateInvitationInput) input: CreateInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<CreateInvitationPayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      ...(await createInvitation(ctx, staffViewer(ctx.viewer), input)),
    };
  }

  @Mutation(() => SignInPayload, { description: 'Create an account from an invitation link and sign in.' })
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<SignInPayload> {
    return { clientMutationId: input.clientMutationId ?? null, account: await acceptInvitation(ctx, input) };
  }

  @Mutation(() => AccountPayload, { description: "Change an account's role, projects, or deactivate it." })
  async updateAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AccountPayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      account: await updateAccount(ctx, staffViewer(ctx.viewer), input),
    };
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation the new account will belong to.' })
  async organisation(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<Organisation | undefined> {
    return loaders.byId(Organisation).load(invitation.organisation.id);
  }
}
