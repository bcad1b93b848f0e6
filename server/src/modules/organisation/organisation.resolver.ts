import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import { refreshViewer, type Context } from '../../core/context.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Organisation } from './organisation.entity.js';
import { CreateOrganisationInput, OrganisationPayload, UpdateOrganisationInput } from './organisation.input.js';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisation.service.js';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations, by name.' })
  async organisations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<Organisation>> {
    return connectionFromList(await listOrganisations(em, staffViewer(viewer)), args);
  }

  @Query(() => Organisation, { description: 'One organisation.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Organisation> {
    return getOrganisation(em, id);
  }

  @Mutation(() => OrganisationPayload, { description: 'Register an organisation.' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    const organisation = await createOrganisation(ctx.em, staffViewer(ctx.viewer), input);
    await refreshViewer(ctx);
    return { clientMutationId: input.clientMutationId ?? null, organisation };
  }

  @Mutation(() => OrganisationPayload, { description: "Change an organisation's name or locality." })
  async updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() { em }: Context,
  ): Promise<OrganisationPayload> {
    return { clientMutationId: input.clientMutationId ?? null, organisation: await updateOrganisation(em, input) };
  }
}
