import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { participantViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode, notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';
import { AgeBand, Attendance, Background, Consent, Participant, Registration } from './participant.entity.js';
import {
  CancelRegistrationInput,
  CancelRegistrationPayload,
  CheckInParticipantInput,
  CheckInPayload,
  ConsentPayload,
  EraseParticipantDataInput,
  EraseParticipantDataPayload,
  ParticipantPayload,
  Participation,
  RecordConsentInput,
  RegisterForSessionInput,
  RegisterForSessionPayload,
  RegisterParticipantInput,
  SetResearchConsentInput,
  UndoCheckInInput,
  UndoCheckInPayload,
  UpdateParticipantInput,
  WithdrawConsentInput,
} from './participant.input.js';
import {
  cancelRegistration,
  checkInParticipant,
  countAttendance,
  countRegistrations,
  countSessionsAttended,
  eraseParticipantData,
  exportParticipantData,
  getParticipant,
  type ParticipantDataExport,
  recordConsent,
  registerForSession,
  registerParticipant,
  setResearchConsent,
  undoCheckIn,
  updateParticipant,
  withdrawConsent,
} from './participant.service.js';

export const ParticipantConnection = ConnectionType(Participant, 'Participant');
export const AttendanceConnection = ConnectionType(Attendance, 'Attendance');
export const RegistrationConnection = ConnectionType(Registration, 'Registration');

async function loadParticipant({ loaders }: Context, id: string): Promise<Participant> {
  const participant = await loaders.byId(Participant).load(id);
  if (!participant) throw notFound('participant', id);
  return participant;
}

async function loadSession({ loaders }: Context, id: string): Promise<Session> {
  const session = await loaders.byId(Session).load(id);
  if (!session) throw notFound('session', id);
  return session;
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, { description: 'One participant.' })
  participant(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Participant> {
    return getParticipant(em, id);
  }

  // Personal data. `background` and `ageBand` are the only special-category data we keep, so they
  // are not plain fields of the entity: they are read here, and only here. Who may read them is in
  // participant.policy.ts: staff who handle personal data, and the participant themself.
  @FieldResolver(() => Background, {
    description: 'Self-declared background. Personal data: read only by those who need it.',
  })
  background(@Root() participant: Participant): Background {
    return participant.background;
  }

  // Personal data: see `background`.
  @FieldResolver(() => AgeBand, { nullable: true, description: 'Self-declared age band, if given. Personal data.' })
  ageBand(@Root() participant: Participant): AgeBand | null {
    return participant.ageBand;
  }

  @FieldResolver(() => Project, { description: 'The project the participant takes part in.' })
  async project(@Root() participant: Participant, @Ctx() { loaders }: Context): Promise<Project> {
    const project = await loaders.byId(Project).load(participant.project.id);
    if (!project) throw notFound('project', participant.project.id);
    return project;
  }

  @FieldResolver(() => [Consent], { description: 'Every consent the participant gave or withdrew, oldest first.' })
  consents(@Root() participant: Participant, @Ctx() { loaders }: Context): Promise<Consent[]> {
    return loaders.childrenOf(Consent, 'participant', { givenAt: 'asc', id: 'asc' }).load(participant.id);
  }

  @FieldResolver(() => Int, { description: 'How many sessions the participant attended.' })
  sessionsAttended(@Root() participant: Participant, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.custom('participant:sessionsAttended', (ids) => countSessionsAttended(em, ids)).load(participant.id);
  }

  @Query(() => Participation, {
    description: 'The participant who joined a session on this browser, and that session. Only for participants.',
  })
  async myParticipation(@Ctx() ctx: Context): Promise<Participation> {
    const viewer = participantViewer(ctx.viewer);
    if (!viewer.sessionId) {
      throw new DomainError(
        ErrorCode.UNAUTHENTICATED,
        'You signed in to a call between sessions, not to a session: join the session with the code shown in the room.',
      );
    }
    return {
      participant: await loadParticipant(ctx, viewer.participantId),
      session: await loadSession(ctx, viewer.sessionId),
    };
  }

  @Query(() => GraphQLJSON, {
    description:
      'Everything stored about a participant (pseudonym, background, languages, age band, personal code, consents, attendance, challenges, ideas, votes and, for the participant themself, questionnaire answers), as JSON. Recorded in the audit log.',
  })
  exportParticipantData(
    @Arg('participantId', () => ID) participantId: string,
    @Arg('includeQuestionnaireAnswers', () => Boolean, {
      defaultValue: false,
      description:
        'Also the answers to the questionnaires, with the item texts. Research data: only the participant may ask for them.',
    })
    includeQuestionnaireAnswers: boolean,
    @Ctx() ctx: Context,
  ): Promise<ParticipantDataExport> {
    return exportParticipantData(ctx, participantId, includeQuestionnaireAnswers);
  }

  @Mutation(() => ParticipantPayload, {
    description:
      'A participant agrees to research, or withdraws that consent (their questionnaire answers are then discarded). Participants give their own id.',
  })
  async setResearchConsent(
    @Arg('input', () => SetResearchConsentInput) input: SetResearchConsentInput,
    @Ctx() { em }: Context,
  ): Promise<ParticipantPayload> {
    return { clientMutationId: input.clientMutationId ?? null, participant: await setResearchConsent(em, input) };
  }

  @Mutation(() => EraseParticipantDataPayload, {
    description:
      'Erase the personal data of a participant: contributions, votes and attendance stay, without anything that tells who they were. Signs them out. Recorded in the audit log.',
  })
  async eraseParticipantData(
    @Arg('input', () => EraseParticipantDataInput) input: EraseParticipantDataInput,
    @Ctx() ctx: Context,
  ): Promise<EraseParticipantDataPayload> {
    return { clientMutationId: input.clientMutationId ?? null, participant: await eraseParticipantData(ctx, input) };
  }

  @Mutation(() => ParticipantPayload, {
    description: 'Register a participant in a project under a pseudonym, with their consent.',
  })
  async registerParticipant(
    @Arg('input', () => RegisterParticipantInput) input: RegisterParticipantInput,
    @Ctx() { em }: Context,
  ): Promise<ParticipantPayload> {
    return { clientMutationId: input.clientMutationId ?? null, participant: await registerParticipant(em, input) };
  }

  @Mutation(() => ParticipantPayload, {
    description: "Change a participant's pseudonym, background, languages or age band.",
  })
  async updateParticipant(
    @Arg('input', () => UpdateParticipantInput) input: UpdateParticipantInput,
    @Ctx() { em }: Context,
  ): Promise<ParticipantPayload> {
    return { clientMutationId: input.clientMutationId ?? null, participant: await updateParticipant(em, input) };
  }

  @Mutation(() => ConsentPayload, {
    description: 'Record a consent a participant gave: what for, which text, how and when.',
  })
  async recordConsent(
    @Arg('input', () => RecordConsentInput) input: RecordConsentInput,
    @Ctx() { em }: Context,
  ): Promise<ConsentPayload> {
    return { clientMutationId: input.clientMutationId ?? null, consent: await recordConsent(em, input) };
  }

  @Mutation(() => ConsentPayload, {
    description: 'Record that a participant withdrew a consent; the record stays, with the time of withdrawal.',
  })
  async withdrawConsent(
    @Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput,
    @Ctx() { em }: Context,
  ): Promise<ConsentPayload> {
    return { clientMutationId: input.clientMutationId ?? null, consent: await withdrawConsent(em, input) };
  }

  @Mutation(() => CheckInPayload, {
    description:
      'Record that a participant is present at a scheduled or live session. Checking in twice returns the first check-in.',
  })
  async checkInParticipant(
    @Arg('input', () => CheckInParticipantInput) input: CheckInParticipantInput,
    @Ctx() { em }: Context,
  ): Promise<CheckInPayload> {
    return { clientMutationId: input.clientMutationId ?? null, attendance: await checkInParticipant(em, input) };
  }

  @Mutation(() => UndoCheckInPayload, {
    description: 'Remove a check-in made by mistake, while the session is scheduled or live.',
  })
  async undoCheckIn(
    @Arg('input', () => UndoCheckInInput) input: UndoCheckInInput,
    @Ctx() { em }: Context,
  ): Promise<UndoCheckInPayload> {
    const session = await undoCheckIn(em, input);
    return { clientMutationId: input.clientMutationId ?? null, removedAttendanceId: input.attendanceId, session };
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => Participant, { description: 'The participant who gave the consent.' })
  participant(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Participant> {
    return loadParticipant(ctx, consent.participant.id);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Participant, { description: 'The participant who was present.' })
  participant(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Participant> {
    return loadParticipant(ctx, attendance.participant.id);
  }

  @FieldResolver(() => Session, { description: 'The session they were present at.' })
  session(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Session> {
    return loadSession(ctx, attendance.session.id);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @FieldResolver(() => Participant, { description: 'The participant on the list.' })
  participant(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Participant> {
    return loadParticipant(ctx, registration.participant.id);
  }

  @FieldResolver(() => Session, { description: 'The session whose list it is.' })
  session(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Session> {
    return loadSession(ctx, registration.session.id);
  }

  @FieldResolver(() => GraphQLISODateTime, { description: 'When they were put on the list.' })
  registeredAt(@Root() registration: Registration): Date {
    return registration.createdAt;
  }

  @FieldResolver(() => Attendance, {
    nullable: true,
    description: 'Their check-in at the session; null while they have not arrived.',
  })
  async attendance(@Root() registration: Registration, @Ctx() { loaders }: Context): Promise<Attendance | null> {
    const present = await loaders
      .childrenOf(Attendance, 'session', { checkedInAt: 'asc', id: 'asc' })
      .load(registration.session.id);
    return present.find((a) => a.participant.id === registration.participant.id) ?? null;
  }

  @Mutation(() => RegisterForSessionPayload, {
    description:
      "Put people of the project on a session's list (its sign-in sheet and check-in list), within its capacity. Someone on the lists of several sessions is one participant.",
  })
  async registerForSession(
    @Arg('input', () => RegisterForSessionInput) input: RegisterForSessionInput,
    @Ctx() { em }: Context,
  ): Promise<RegisterForSessionPayload> {
    const { session, registrations } = await registerForSession(em, input);
    return { clientMutationId: input.clientMutationId ?? null, session, registrations };
  }

  @Mutation(() => CancelRegistrationPayload, {
    description: "Take someone off a session's list, before it closes and while they are not checked in.",
  })
  async cancelRegistration(
    @Arg('input', () => CancelRegistrationInput) input: CancelRegistrationInput,
    @Ctx() { em }: Context,
  ): Promise<CancelRegistrationPayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      removedRegistrationId: input.registrationId,
      session: await cancelRegistration(em, input),
    };
  }
}

@Resolver(() => Session)
export class SessionAttendanceResolver {
  @FieldResolver(() => RegistrationConnection, {
    description: 'Who is on the session’s list (its sign-in sheet and check-in list), by pseudonym.',
  })
  async registrations(
    @Root() session: Session,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, loaders }: Context,
  ): Promise<Connection<Registration>> {
    const rows = await loaders
      .custom<Registration[]>('session:registrations', async (ids) => {
        const all = await em.find(
          Registration,
          { session: { $in: [...ids] } },
          { populate: ['participant'], orderBy: { participant: { pseudonym: 'asc' }, id: 'asc' } },
        );
        return ids.map((id) => all.filter((r) => r.session.id === id));
      })
      .load(session.id);
    return connectionFromList(rows, args);
  }

  @FieldResolver(() => Int, { description: 'How many people are on the session’s list (at most its capacity).' })
  registrationCount(@Root() session: Session, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.custom('session:registrationCount', (ids) => countRegistrations(em, ids)).load(session.id);
  }

  @FieldResolver(() => AttendanceConnection, { description: 'Who checked in at the session, in order of arrival.' })
  async attendance(
    @Root() session: Session,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Attendance>> {
    const rows = await loaders.childrenOf(Attendance, 'session', { checkedInAt: 'asc', id: 'asc' }).load(session.id);
    return connectionFromList(rows, args);
  }

  @FieldResolver(() => Int, { description: 'How many participants checked in at the session.' })
  attendanceCount(@Root() session: Session, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.custom('session:attendanceCount', (ids) => countAttendance(em, ids)).load(session.id);
  }
}

@Resolver(() => Project)
export class ProjectParticipantsResolver {
  @FieldResolver(() => ParticipantConnection, { description: 'The participants of the project, by pseudonym.' })
  async participants(
    @Root() project: Project,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Participant>> {
    const rows = await loaders.childrenOf(Participant, 'project', { pseudonym: 'asc', id: 'asc' }).load(project.id);
    return connectionFromList(rows, args);
  }
}
