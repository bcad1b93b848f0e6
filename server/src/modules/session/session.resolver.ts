import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Project } from '../project/project.entity.js';
import { AgendaPhase, Session } from './session.entity.js';
import {
  ChangeSessionStatusInput,
  CreateSessionInput,
  SessionPayload,
  SetCurrentPhaseInput,
  SetSessionAgendaInput,
  UpdateSessionInput,
} from './session.input.js';
import {
  changeSessionStatus,
  createSession,
  getSession,
  setCurrentPhase,
  setSessionAgenda,
  updateSession,
} from './session.service.js';

export const SessionConnection = ConnectionType(Session, 'Session');

const payload = (input: { clientMutationId?: string | null }, session: Session): SessionPayload => ({
  clientMutationId: input.clientMutationId ?? null,
  session,
});

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => Session, { description: 'One session.' })
  session(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Session> {
    return getSession(em, id);
  }

  @FieldResolver(() => Project, { description: 'The project the session belongs to.' })
  async project(@Root() session: Session, @Ctx() { loaders }: Context): Promise<Project> {
    const project = await loaders.byId(Project).load(session.project.id);
    if (!project) throw notFound('project', session.project.id);
    return project;
  }

  @FieldResolver(() => [AgendaPhase], { description: 'The phases of the session, in order.' })
  agenda(@Root() session: Session, @Ctx() { loaders }: Context): Promise<AgendaPhase[]> {
    return loaders.childrenOf(AgendaPhase, 'session', { position: 'asc', id: 'asc' }).load(session.id);
  }

  @FieldResolver(() => AgendaPhase, {
    nullable: true,
    description: 'The phase running now; only while the session is live.',
  })
  async currentPhase(@Root() session: Session, @Ctx() { loaders }: Context): Promise<AgendaPhase | null> {
    if (!session.currentPhaseId) return null;
    return (await loaders.byId(AgendaPhase).load(session.currentPhaseId)) ?? null;
  }

  @Mutation(() => SessionPayload, {
    description:
      "Plan a session of a project; without an agenda it gets the standard two-hour agenda, with its titles and instructions in the session's main language (the first of its languages).",
  })
  async createSession(
    @Arg('input', () => CreateSessionInput) input: CreateSessionInput,
    @Ctx() { em, language }: Context,
  ): Promise<SessionPayload> {
    return payload(input, await createSession(em, input, language));
  }

  @Mutation(() => SessionPayload, {
    description: "Change a session's title, time, place, languages or capacity (not once it is closed).",
  })
  async updateSession(
    @Arg('input', () => UpdateSessionInput) input: UpdateSessionInput,
    @Ctx() { em }: Context,
  ): Promise<SessionPayload> {
    return payload(input, await updateSession(em, input));
  }

  @Mutation(() => SessionPayload, {
    description: 'Replace the agenda of a session with a new ordered list of phases (not once it is closed).',
  })
  async setSessionAgenda(
    @Arg('input', () => SetSessionAgendaInput) input: SetSessionAgendaInput,
    @Ctx() { em }: Context,
  ): Promise<SessionPayload> {
    return payload(input, await setSessionAgenda(em, input));
  }

  @Mutation(() => SessionPayload, {
    description:
      'Move a session to another status: draft ⇄ scheduled, scheduled → live, live → closed, by those who run its workshops. ' +
      'Going live makes a join code and starts the first phase; leaving live removes the join code. ' +
      'A closed session becomes reviewed by itself once every strategy has an answer; it cannot be set by hand.',
  })
  async changeSessionStatus(
    @Arg('input', () => ChangeSessionStatusInput) input: ChangeSessionStatusInput,
    @Ctx() { em }: Context,
  ): Promise<SessionPayload> {
    return payload(input, await changeSessionStatus(em, input));
  }

  @Mutation(() => SessionPayload, { description: 'Move a live session to one of its phases.' })
  async setCurrentPhase(
    @Arg('input', () => SetCurrentPhaseInput) input: SetCurrentPhaseInput,
    @Ctx() { em }: Context,
  ): Promise<SessionPayload> {
    return payload(input, await setCurrentPhase(em, input));
  }
}

@Resolver(() => AgendaPhase)
export class AgendaPhaseResolver {
  @FieldResolver(() => Session, { description: 'The session this phase belongs to.' })
  async session(@Root() phase: AgendaPhase, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(phase.session.id);
    if (!session) throw notFound('session', phase.session.id);
    return session;
  }
}

@Resolver(() => Project)
export class ProjectSessionsResolver {
  @FieldResolver(() => SessionConnection, { description: 'The sessions of the project, by start time.' })
  async sessions(
    @Root() project: Project,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Session>> {
    const sessions = await loaders.childrenOf(Session, 'project', { startsAt: 'asc', id: 'asc' }).load(project.id);
    return connectionFromList(sessions, args);
  }
}
