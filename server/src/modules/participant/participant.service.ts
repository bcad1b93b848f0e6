import { msg, type Message } from '../../core/i18n/messages.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { clearedLoginCookie } from '../../core/auth/cookies.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode, badInput, conflict, notFound } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { TranslatableField } from '../translation/translatable.js';
import { translationsFor } from '../translation/translation.service.js';
import { endLogins } from '../account/account.service.js';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { forgetParticipant } from '../disclosure/disclosure.service.js';
import { Idea } from '../idea/idea.entity.js';
import { Project } from '../project/project.entity.js';
import { getProject } from '../project/project.service.js';
import {
  countAnswers,
  discardResearchAnswers,
  exportAnswers,
  type ExportedAnswer,
} from '../questionnaire/questionnaire.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { getSession, lockSession, normaliseLanguages, statusPhrase } from '../session/session.service.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishAttendance } from '../live/live.service.js';
import { announceOutcomesChanged } from '../outcome/outcome.events.js';
import { Vote } from '../vote/vote.entity.js';
import {
  type AgeBand,
  Attendance,
  Background,
  Consent,
  ConsentMethod,
  ConsentPurpose,
  Participant,
  Registration,
  newPersonalCode,
} from './participant.entity.js';
import type {
  CancelRegistrationInput,
  CheckInParticipantInput,
  RegisterForSessionInput,
  ConsentInput,
  EraseParticipantDataInput,
  RecordConsentInput,
  RegisterParticipantInput,
  SetResearchConsentInput,
  UndoCheckInInput,
  UpdateParticipantInput,
  WithdrawConsentInput,
} from './participant.input.js';
import { TEXT_VERSION_MAX } from './participant.input.js';

// A device clock a little ahead of the server's is not "consent in the future".
const CLOCK_SKEW_MS = 5 * 60_000;

export function getParticipant(em: EntityManager, id: string): Promise<Participant> {
  return getById(em, Participant, id, 'participant');
}

export function getConsent(em: EntityManager, id: string): Promise<Consent> {
  return getById(em, Consent, id, 'consent');
}

export function getAttendance(em: EntityManager, id: string): Promise<Attendance> {
  return getById(em, Attendance, id, 'attendance');
}

// How many sessions each participant attended, in the order of `participantIds`; one statement.
export async function countSessionsAttended(em: EntityManager, participantIds: readonly string[]): Promise<number[]> {
  const counts = await em.countBy(Attendance, 'participant', { where: { participant: { $in: [...participantIds] } } });
  return participantIds.map((id) => counts[id] ?? 0);
}

// How many participants checked in at each session, in the order of `sessionIds`; one statement.
export async function countAttendance(em: EntityManager, sessionIds: readonly string[]): Promise<number[]> {
  const counts = await em.countBy(Attendance, 'session', { where: { session: { $in: [...sessionIds] } } });
  return sessionIds.map((id) => counts[id] ?? 0);
}

const likePattern = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Pseudonyms are unique in a project regardless of case: "Amina" and "amina" would confuse everyone.
export async function assertPseudonymFree(
  tx: EntityManager,
  project: Project | string,
  pseudonym: string,
  except?: string,
): Promise<void> {
  const taken = await tx.findOne(Participant, {
    project,
    pseudonym: { $ilike: likePattern(pseudonym) },
    ...(except ? { id: { $ne: except } } : {}),
  });
  if (taken) throw conflict(msg('errors:participant.pseudonymTaken', { pseudonym: taken.pseudonym }));
}

export function cleanPseudonym(value: string): string {
  const pseudonym = value.trim().replace(/\s+/g, ' ');
  if (pseudonym.length < 2 || pseudonym.length > 80)
    throw badInput(msg('common:participant.pseudonymLength'), 'pseudonym');
  return pseudonym;
}

function givenAt(value: Date | null | undefined, field: string): Date {
  const now = new Date();
  if (!value) return now;
  if (value.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badInput(msg('errors:participant.consentInFuture'), field);
  return value;
}

export function makeConsent(
  tx: EntityManager,
  participant: Participant,
  purpose: ConsentPurpose,
  input: ConsentInput,
  field: string,
  id?: string,
): Consent {
  return tx.create(Consent, {
    ...(id ? { id } : {}),
    participant,
    purpose,
    textVersion: input.textVersion.trim(),
    method: input.method,
    givenAt: givenAt(input.givenAt, field),
  });
}

// A unique index can still refuse a row that a concurrent request wrote first; say so as a conflict.
export async function uniqueAsConflict<T>(message: Message, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(message);
    throw error;
  }
}

const PERSONAL_CODE_ATTEMPTS = 20;

// A personal code no other participant of the project holds; draws again on a collision.
export async function pickPersonalCode(tx: EntityManager, project: Project | string): Promise<string> {
  for (let attempt = 0; attempt < PERSONAL_CODE_ATTEMPTS; attempt++) {
    const code = newPersonalCode();
    if ((await tx.count(Participant, { project, personalCode: code })) === 0) return code;
  }
  throw new DomainError(ErrorCode.CONFLICT, msg('common:participant.noFreePersonalCode'));
}

// The participant of a project who keeps this personal code (already normalised), if any.
// Erased participants have none, so nobody can come back as them.
export function findByPersonalCode(
  em: EntityManager,
  project: Project | string,
  code: string,
): Promise<Participant | null> {
  return code ? em.findOne(Participant, { project, personalCode: code, erasedAt: null }) : Promise.resolve(null);
}

export function registerParticipant(em: EntityManager, input: RegisterParticipantInput): Promise<Participant> {
  const pseudonym = cleanPseudonym(input.pseudonym);
  return uniqueAsConflict(msg('errors:participant.pseudonymTaken', { pseudonym: pseudonym ?? '' }), () =>
    runMutation(
      em,
      input,
      'registerParticipant',
      async (tx) => {
        const project = await getProject(tx, input.projectId);
        return createOnce(tx, Participant, input.id, async (id) => {
          await assertPseudonymFree(tx, project, pseudonym);
          const participant = tx.create(Participant, {
            id,
            project,
            pseudonym,
            personalCode: await pickPersonalCode(tx, project),
            background: input.background ?? Background.PREFERS_NOT_TO_SAY,
            languages: normaliseLanguages(input.languages),
            ageBand: input.ageBand ?? null,
          });
          makeConsent(
            tx,
            participant,
            ConsentPurpose.PARTICIPATION,
            input.participationConsent,
            'participationConsent',
          );
          if (input.researchConsent)
            makeConsent(tx, participant, ConsentPurpose.RESEARCH, input.researchConsent, 'researchConsent');
          if (input.sessionId) {
            const session = await lockSession(tx, input.sessionId);
            if (session.project.id !== project.id)
              throw badInput('That session belongs to another project.', 'sessionId');
            await registerAt(tx, session, [participant]);
          }
          return participant;
        });
      },
      getParticipant,
    ),
  );
}

export function updateParticipant(em: EntityManager, input: UpdateParticipantInput): Promise<Participant> {
  const pseudonym = input.pseudonym != null ? cleanPseudonym(input.pseudonym) : undefined;
  return uniqueAsConflict(msg('errors:participant.pseudonymTaken', { pseudonym: pseudonym ?? '' }), () =>
    runMutation(
      em,
      input,
      'updateParticipant',
      async (tx) => {
        const participant = await getParticipant(tx, input.participantId);
        if (pseudonym !== undefined && pseudonym !== participant.pseudonym) {
          await assertPseudonymFree(tx, participant.project.id, pseudonym, participant.id);
          participant.pseudonym = pseudonym;
        }
        if (input.background != null) participant.background = input.background;
        if (input.languages != null) participant.languages = normaliseLanguages(input.languages);
        if (input.ageBand !== undefined) participant.ageBand = input.ageBand;
        return participant;
      },
      getParticipant,
    ),
  );
}

// Consent given on screen to a text version: the standing record of that text, or a new one.
export async function agreeOnScreen(
  tx: EntityManager,
  participant: Participant,
  purpose: ConsentPurpose,
  textVersion: string,
): Promise<Consent> {
  const version = textVersion.trim();
  const standing = await tx.findOne(Consent, { participant, purpose, textVersion: version, withdrawnAt: null });
  return (
    standing ??
    makeConsent(tx, participant, purpose, { textVersion: version, method: ConsentMethod.ON_SCREEN }, 'consent')
  );
}

// Without a standing consent to research, nothing is kept on its ground: the questionnaire answers go.
async function afterResearchWithdrawn(tx: EntityManager, participant: Participant | string): Promise<void> {
  const standing = await tx.count(Consent, { participant, purpose: ConsentPurpose.RESEARCH, withdrawnAt: null });
  if (!standing) await discardResearchAnswers(tx, typeof participant === 'string' ? participant : participant.id);
}

// Withdraws every standing consent of the participant for one purpose; the records stay with the time.
export async function withdrawStanding(
  tx: EntityManager,
  participant: Participant,
  purpose: ConsentPurpose,
): Promise<void> {
  await tx.nativeUpdate(Consent, { participant, purpose, withdrawnAt: null }, { withdrawnAt: new Date() });
  await announceOutcomesChanged(tx, participant.project.id);
  if (purpose === ConsentPurpose.RESEARCH) await afterResearchWithdrawn(tx, participant);
}

export function recordConsent(em: EntityManager, input: RecordConsentInput): Promise<Consent> {
  return runMutation(
    em,
    input,
    'recordConsent',
    async (tx) => {
      const participant = await getParticipant(tx, input.participantId);
      return createOnce(tx, Consent, input.id, async (id) => {
        // The same text agreed to again changes nothing: the standing record is the answer.
        const standing = await tx.findOne(Consent, {
          participant,
          purpose: input.purpose,
          textVersion: input.textVersion.trim(),
          withdrawnAt: null,
        });
        return standing ?? makeConsent(tx, participant, input.purpose, input, 'givenAt', id);
      });
    },
    getConsent,
  );
}

export function withdrawConsent(em: EntityManager, input: WithdrawConsentInput): Promise<Consent> {
  return runMutation(
    em,
    input,
    'withdrawConsent',
    async (tx) => {
      const consent = await getConsent(tx, input.consentId);
      // Withdrawing twice keeps the first moment of withdrawal.
      consent.withdrawnAt ??= new Date();
      // What they wrote leaves the public outcome pages: every API process drops its copy on commit.
      const participant = await consent.participant.load();
      if (participant) await announceOutcomesChanged(tx, participant.project.id);
      if (consent.purpose === ConsentPurpose.RESEARCH) {
        await tx.flush();
        await afterResearchWithdrawn(tx, consent.participant.id);
      }
      return consent;
    },
    getConsent,
  );
}

export function getRegistration(em: EntityManager, id: string): Promise<Registration> {
  return getById(em, Registration, id, 'registration');
}

// How many people are on each session's list, in the order of `sessionIds`; one statement.
export async function countRegistrations(em: EntityManager, sessionIds: readonly string[]): Promise<number[]> {
  const counts = await em.countBy(Registration, 'session', { where: { session: { $in: [...sessionIds] } } });
  return sessionIds.map((id) => counts[id] ?? 0);
}

// People are put on a session's list until it closes; after that it is part of the record.
const REGISTRATION_OPEN = new Set([SessionStatus.DRAFT, SessionStatus.SCHEDULED, SessionStatus.LIVE]);

function assertRegistrationOpen(session: Session, what: 'registrationAdd' | 'registrationRemove'): void {
  if (!REGISTRATION_OPEN.has(session.status)) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg(`errors:trajectory.${what}`, { status: statusPhrase(session.status) }),
      { status: session.status },
    );
  }
}

const sessionFull = (session: Session): DomainError =>
  new DomainError(
    ErrorCode.SESSION_FULL,
    `This session is full: all ${session.capacity} places are taken. Raise the capacity to let more people in.`,
    { capacity: session.capacity },
  );

// Puts participants on a session's list, inside the caller's transaction, which must hold the session's lock
// (lockSession) so that the capacity holds. Those already on it keep their registration; the list never grows past
// the capacity. Returns the registrations of everyone named, in order.
export async function registerAt(
  tx: EntityManager,
  session: Session,
  participants: readonly Participant[],
): Promise<Registration[]> {
  for (const participant of participants) {
    if (participant.project.id !== session.project.id) {
      throw badInput(
        `${participant.pseudonym} takes part in another project, so cannot be put on this session's list.`,
        'participantIds',
      );
    }
  }
  const existing = await tx.find(Registration, { session, participant: { $in: participants.map((p) => p.id) } });
  const byParticipant = new Map(existing.map((r) => [r.participant.id, r]));
  const newcomers = participants.filter((p) => !byParticipant.has(p.id));
  if (newcomers.length) {
    assertRegistrationOpen(session, 'registrationAdd');
    if ((await tx.count(Registration, { session })) + newcomers.length > session.capacity) throw sessionFull(session);
    for (const participant of newcomers)
      byParticipant.set(participant.id, tx.create(Registration, { session, participant }));
  }
  return participants.map((p) => byParticipant.get(p.id)!);
}

export function registerForSession(
  em: EntityManager,
  input: RegisterForSessionInput,
): Promise<{ session: Session; registrations: Registration[] }> {
  let registrations: Registration[] = [];
  return runMutation(
    em,
    input,
    'registerForSession',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      const valid = input.participantIds.filter(isUuid);
      const found = valid.length ? await tx.find(Participant, { id: { $in: valid } }) : [];
      const participants = input.participantIds.map((id) => {
        const participant = found.find((p) => p.id === id);
        if (!participant) throw notFound('participant', id);
        return participant;
      });
      registrations = await registerAt(tx, session, participants);
      return session;
    },
    getSession,
  ).then(async (session) => {
    // A replay answers with the registrations as they are now.
    if (!registrations.length)
      registrations = await em.find(Registration, {
        session,
        participant: { $in: input.participantIds.filter(isUuid) },
      });
    return { session, registrations };
  });
}

export function cancelRegistration(em: EntityManager, input: CancelRegistrationInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'cancelRegistration',
    async (tx) => {
      const registration = await getRegistration(tx, input.registrationId);
      const session = await lockSession(tx, registration.session.id);
      assertRegistrationOpen(session, 'registrationRemove');
      if (await tx.count(Attendance, { session, participant: registration.participant.id })) {
        throw badInput('This person is checked in; undo the check-in first.', 'registrationId');
      }
      tx.remove(registration);
      return session;
    },
    getSession,
  );
}

// A participant's own yes or no to research, from their phone (or told to a facilitator): yes records consent to
// the text shown, no withdraws it and discards their questionnaire answers.
export function setResearchConsent(em: EntityManager, input: SetResearchConsentInput): Promise<Participant> {
  return runMutation(
    em,
    input,
    'setResearchConsent',
    async (tx) => {
      const participant = await getParticipant(tx, input.participantId);
      if (participant.erasedAt) throw conflict('The data of this participant was erased; nothing more is recorded.');
      if (!input.agree) {
        await withdrawStanding(tx, participant, ConsentPurpose.RESEARCH);
        return participant;
      }
      const version = input.textVersion?.trim() ?? '';
      if (version.length < 1 || version.length > TEXT_VERSION_MAX)
        throw badInput(`Say which consent text was shown (1 to ${TEXT_VERSION_MAX} characters).`, 'textVersion');
      await agreeOnScreen(tx, participant, ConsentPurpose.RESEARCH, version);
      return participant;
    },
    getParticipant,
  );
}

// Attendance is taken while a session is scheduled or live; after that it is part of the record.
function assertCheckInOpen(session: Session, what: 'checkIn' | 'undo'): void {
  if (session.status !== SessionStatus.SCHEDULED && session.status !== SessionStatus.LIVE) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg('errors:participant.checkInClosed', {
        status: statusPhrase(session.status),
        what: msg(`errors:participant.what.${what}`),
      }),
      { status: session.status },
    );
  }
}

// Checks a participant in at a session inside the caller's transaction, which must hold the session's lock
// (lockSession) so that capacity holds under a rush. Someone already checked in gets their first attendance.
export async function admitToSession(
  tx: EntityManager,
  session: Session,
  participant: Participant,
  id?: string | null,
): Promise<Attendance> {
  if (participant.project.id !== session.project.id) {
    throw badInput(msg('errors:participant.otherProject', { pseudonym: participant.pseudonym }), 'participantId');
  }
  // A second check-in (a double tap, a retry) is answered with the first.
  const existing = await tx.findOne(Attendance, { session, participant });
  if (existing) return existing;
  assertCheckInOpen(session, 'checkIn');
  return createOnce(tx, Attendance, id, async (attendanceId) => {
    const consented = await tx.count(Consent, {
      participant,
      purpose: ConsentPurpose.PARTICIPATION,
      withdrawnAt: null,
    });
    if (!consented) {
      throw badInput(msg('errors:participant.noConsent', { pseudonym: participant.pseudonym }), 'participantId');
    }
    // Someone who walks in is put on the list first: the capacity counts the list.
    await registerAt(tx, session, [participant]);
    const attendance = tx.create(Attendance, { id: attendanceId, session, participant, checkedInAt: new Date() });
    await publishAttendance(tx, session.id, SessionEventType.PARTICIPANT_JOINED);
    return attendance;
  });
}

export function checkInParticipant(em: EntityManager, input: CheckInParticipantInput): Promise<Attendance> {
  return runMutation(
    em,
    input,
    'checkInParticipant',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      const participant = await getParticipant(tx, input.participantId);
      return admitToSession(tx, session, participant, input.id);
    },
    getAttendance,
  );
}

export function undoCheckIn(em: EntityManager, input: UndoCheckInInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'undoCheckIn',
    async (tx) => {
      const attendance = await getAttendance(tx, input.attendanceId);
      const session = await lockSession(tx, attendance.session.id);
      assertCheckInOpen(session, 'undo');
      tx.remove(attendance);
      await publishAttendance(tx, session.id, SessionEventType.PARTICIPANT_LEFT);
      return session;
    },
    getSession,
  );
}

// Everything stored about one participant, as a data subject may ask for it.
export interface ParticipantDataExport {
  exportedAt: string;
  participant: {
    id: string;
    projectId: string;
    projectTitle: string;
    pseudonym: string;
    background: Background;
    languages: string[];
    ageBand: AgeBand | null;
    personalCode: string | null;
    registeredAt: string;
    erasedAt: string | null;
  };
  consents: {
    purpose: ConsentPurpose;
    textVersion: string;
    method: ConsentMethod;
    givenAt: string;
    withdrawnAt: string | null;
  }[];
  attendance: { sessionId: string; sessionTitle: string; sessionStartsAt: string; checkedInAt: string }[];
  challenges: {
    id: string;
    // Null for a challenge contributed between sessions.
    sessionId: string | null;
    text: string;
    language: string;
    translations: Record<string, string>;
    status: string;
    createdAt: string;
  }[];
  ideas: {
    id: string;
    challengeId: string;
    // Where it was made; null between sessions.
    sessionId: string | null;
    text: string;
    language: string;
    translations: Record<string, string>;
    status: string;
    createdAt: string;
  }[];
  votes: {
    id: string;
    roundId: string;
    roundTitle: string;
    challengeId: string | null;
    ideaId: string | null;
    dots: number;
    source: string;
    createdAt: string;
  }[];
  // Research data: only in the participant's own download. A facilitator's export says how many there are.
  questionnaireAnswers: ExportedAnswer[] | { withheld: number; why: string };
}

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export async function exportParticipantData(
  ctx: Context,
  participantId: string,
  includeQuestionnaireAnswers: boolean,
): Promise<ParticipantDataExport> {
  const { em } = ctx;
  const participant = await getParticipant(em, participantId);
  const questionnaireAnswers = includeQuestionnaireAnswers
    ? await exportAnswers(em, participant)
    : {
        withheld: await countAnswers(em, participant),
        why: 'Questionnaire answers are research data: only the participant downloads them, on their phone with their personal code.',
      };
  const [project, consents, attendance, challenges, ideas, votes] = await Promise.all([
    em.findOneOrFail(Project, { id: participant.project.id }),
    em.find(Consent, { participant }, { orderBy: { givenAt: 'asc', id: 'asc' } }),
    em.find(Attendance, { participant }, { populate: ['session'], orderBy: { checkedInAt: 'asc', id: 'asc' } }),
    em.find(Challenge, { author: participant }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(Idea, { author: participant }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(Vote, { participant }, { populate: ['round'], orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);
  const [challengeTranslations, ideaTranslations] = await Promise.all([
    translationsFor(
      em,
      TranslatableField.CHALLENGE_TEXT,
      challenges.map((c) => c.id),
    ),
    translationsFor(
      em,
      TranslatableField.IDEA_TEXT,
      ideas.map((i) => i.id),
    ),
  ]);
  ctx.audit.record(AuditAction.EXPORT, { type: 'Participant', id: participant.id, projectId: project.id }, 'all data');
  return {
    exportedAt: new Date().toISOString(),
    participant: {
      id: participant.id,
      projectId: project.id,
      projectTitle: project.title,
      pseudonym: participant.pseudonym,
      background: participant.background,
      languages: participant.languages,
      ageBand: participant.ageBand,
      personalCode: participant.personalCode,
      registeredAt: participant.createdAt.toISOString(),
      erasedAt: iso(participant.erasedAt),
    },
    consents: consents.map((c) => ({
      purpose: c.purpose,
      textVersion: c.textVersion,
      method: c.method,
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: iso(c.withdrawnAt),
    })),
    attendance: attendance.map((a) => {
      const session = a.session.getEntity();
      return {
        sessionId: session.id,
        sessionTitle: session.title,
        sessionStartsAt: session.startsAt.toISOString(),
        checkedInAt: a.checkedInAt.toISOString(),
      };
    }),
    challenges: challenges.map((c) => ({
      id: c.id,
      sessionId: c.session?.id ?? null,
      text: c.text,
      language: c.language,
      translations: challengeTranslations.get(c.id) ?? {},
      status: c.status,
      createdAt: c.createdAt.toISOString(),
    })),
    ideas: ideas.map((i) => ({
      id: i.id,
      challengeId: i.challenge.id,
      sessionId: i.session?.id ?? null,
      text: i.text,
      language: i.language,
      translations: ideaTranslations.get(i.id) ?? {},
      status: i.status,
      createdAt: i.createdAt.toISOString(),
    })),
    votes: votes.map((v) => ({
      id: v.id,
      roundId: v.round.id,
      roundTitle: v.round.getEntity().title,
      challengeId: v.challenge?.id ?? null,
      ideaId: v.idea?.id ?? null,
      dots: v.dots,
      source: v.source,
      createdAt: v.createdAt.toISOString(),
    })),
    questionnaireAnswers,
  };
}

export const ERASED_PSEUDONYM = 'Erased participant';

// Erasure removes what tells who someone is and keeps what the workshop needs to stay true:
// contributions stay (without an author), votes and attendance stay (so counts and indicators do not change);
// questionnaire answers go (research data about the person, not a count).
export async function eraseParticipantData(ctx: Context, input: EraseParticipantDataInput): Promise<Participant> {
  const erased = await runMutation(
    ctx.em,
    input,
    'eraseParticipantData',
    async (tx) => {
      const participant = await getParticipant(tx, input.participantId);
      // Erasing twice keeps the first erasure.
      if (participant.erasedAt) return participant;
      const now = new Date();
      participant.pseudonym = `${ERASED_PSEUDONYM} ${participant.id.slice(0, 8)}`;
      participant.background = Background.PREFERS_NOT_TO_SAY;
      participant.ageBand = null;
      participant.languages = [];
      participant.personalCode = null;
      participant.erasedAt = now;
      // Consent records are the proof of what was agreed to and when, so their text version and time stay;
      // they hold nothing that tells who the person is. Withdrawn now, nothing more is done on their ground.
      await tx.nativeUpdate(Consent, { participant, withdrawnAt: null }, { withdrawnAt: now });
      // Their questionnaire answers were research data on the ground of that consent: they go.
      await discardResearchAnswers(tx, participant.id);
      await tx.nativeUpdate(Challenge, { author: participant }, { author: null });
      await tx.nativeUpdate(Idea, { author: participant }, { author: null });
      // Released figures stay as they were; their ledger no longer says who this was.
      await forgetParticipant(tx, participant.id);
      // Signed out everywhere: a browser of theirs must not keep acting under the erased record.
      await endLogins(tx, { participant });
      return participant;
    },
    // A clientMutationId sent again answers only for the same participant: it never acts on, or shows, another one.
    async (tx, id) => {
      if (id !== input.participantId) throw conflict(msg('common:clientMutationIdUsed'));
      return getParticipant(tx, id);
    },
  );
  ctx.audit.record(
    AuditAction.ERASE,
    { type: 'Participant', id: erased.id, projectId: erased.project.id },
    'all personal data',
  );
  const { viewer, request } = ctx;
  if (viewer.kind === 'participant' && viewer.participantId === erased.id)
    request.setCookie(clearedLoginCookie(request.secure));
  return erased;
}
