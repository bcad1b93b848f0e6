import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import { refreshViewer, type Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project, ProjectPartner } from './project.entity.js';
import {
  AddProjectPartnerInput,
  CreateProjectInput,
  ProjectPartnerPayload,
  ProjectPayload,
  RemoveProjectPartnerInput,
  RemoveProjectPartnerPayload,
  UpdateProjectInput,
} from './project.input.js';
import {
  addProjectPartner,
  createProject,
  getProject,
  listProjects,
  removeProjectPartner,
  updateProject,
} from './project.service.js';

export const ProjectConnection = ConnectionType(Project, 'Project');

async function loadOrganisation({ loaders }: Context, id: string): Promise<Organisation> {
  const organisation = await loaders.byId(Organisation).load(id);
  if (!organisation) throw notFound('organisation', id);
  return organisation;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects, the most recent first.' })
  async projects(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<Project>> {
    return connectionFromList(await listProjects(em, staffViewer(viewer).projectIds), args);
  }

  @Query(() => Project, { description: 'One project.' })
  project(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Project> {
    return getProject(em, id);
  }

  @FieldResolver(() => Organisation, { description: 'The municipality or partnership that promotes the project.' })
  promoter(@Root() project: Project, @Ctx() ctx: Context): Promise<Organisation> {
    return loadOrganisation(ctx, project.promoter.id);
  }

  @FieldResolver(() => [ProjectPartner], {
    description: 'The organisations working on the project besides the promoter.',
  })
  partners(@Root() project: Project, @Ctx() { loaders }: Context): Promise<ProjectPartner[]> {
    return loaders.childrenOf(ProjectPartner, 'project').load(project.id);
  }

  @Mutation(() => ProjectPayload, { description: 'Start a project for a promoter.' })
  async createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() ctx: Context,
  ): Promise<ProjectPayload> {
    const project = await createProject(ctx.em, input);
    await refreshViewer(ctx);
    return { clientMutationId: input.clientMutationId ?? null, project };
  }

  @Mutation(() => ProjectPayload, {
    description: "Change a project's title, goals, grant, period or small-group threshold (which can only go up).",
  })
  async updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() { em }: Context,
  ): Promise<ProjectPayload> {
    return { clientMutationId: input.clientMutationId ?? null, project: await updateProject(em, input) };
  }

  @Mutation(() => ProjectPartnerPayload, { description: 'Add an organisation to a project in a role.' })
  async addProjectPartner(
    @Arg('input', () => AddProjectPartnerInput) input: AddProjectPartnerInput,
    @Ctx() { em }: Context,
  ): Promise<ProjectPartnerPayload> {
    return { clientMutationId: input.clientMutationId ?? null, partner: await addProjectPartner(em, input) };
  }

  @Mutation(() => RemoveProjectPartnerPayload, { description: 'Take an organisation off a project.' })
  async removeProjectPartner(
    @Arg('input', () => RemoveProjectPartnerInput) input: RemoveProjectPartnerInput,
    @Ctx() { em }: Context,
  ): Promise<RemoveProjectPartnerPayload> {
    return { clientMutationId: input.clientMutationId ?? null, project: await removeProjectPartner(em, input) };
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() partner: ProjectPartner, @Ctx() ctx: Context): Promise<Organisation> {
    return loadOrganisation(ctx, partner.organisation.id);
  }

  @FieldResolver(() => Project)
  async project(@Root() partner: ProjectPartner, @Ctx() { loaders }: Context): Promise<Project> {
    const project = await loaders.byId(Project).load(partner.project.id);
    if (!project) throw notFound('project', partner.project.id);
    return project;
  }
}
