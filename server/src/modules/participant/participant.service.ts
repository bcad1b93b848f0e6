import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import type { Project } from '../project/project.entity.js';
import { getProject } from '../project/project.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { getSession, lockSession, normaliseLanguages, statusPhrase } from '../session/session.service.js';
import { Attendance, Background, Consent, ConsentPurpose, Participant } from './participant.entity.js';
import type {
  CheckInParticipantInput,
  ConsentInput,
  RecordConsentInput,
  RegisterParticipantInput,
  UndoCheckInInput,
  UpdateParticipantInput,
  WithdrawConsentInput,
} from './participant.input.js';

// A device clock a little ahead of the server's is not "consent in the future".
const CLOCK_SKEW_MS = 5 * 60_000;

export function getParticipant(em: EntityManager, id: string): Promise<Participant> {
  return getById(em, Participant, id, 'participant');
}

export function getConsent(em: EntityManager, id: string): Promise<Consent> {
  return getById(em, Consent, id, 'consent record');
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
async function assertPseudonymFree(
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
  if (taken)
    throw conflict(`The pseudonym "${taken.pseudonym}" is already used in this project. Please choose another one.`);
}

function cleanPseudonym(value: string): string {
  const pseudonym = value.trim().replace(/\s+/g, ' ');
  if (pseudonym.length < 2 || pseudonym.length > 80)
    throw badInput('pseudonym must be between 2 and 80 characters.', 'pseudonym');
  return pseudonym;
}

function givenAt(value: Date | null | undefined, field: string): Date {
  const now = new Date();
  if (!value) return now;
  if (value.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badInput('Consent cannot be dated in the future.', field);
  return value;
}

function makeConsent(
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
async function uniqueAsConflict<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(message);
    throw error;
  }
}

export function registerParticipant(em: EntityManager, input: RegisterParticipantInput): Promise<Participant> {
  const pseudonym = cleanPseudonym(input.pseudonym);
  return uniqueAsConflict(
    `The pseudonym "${pseudonym}" is already used in this project. Please choose another one.`,
    () =>
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
            return participant;
          });
        },
        getParticipant,
      ),
  );
}

export function updateParticipant(em: EntityManager, input: UpdateParticipantInput): Promise<Participant> {
  const pseudonym = input.pseudonym != null ? cleanPseudonym(input.pseudonym) : undefined;
  return uniqueAsConflict(
    `The pseudonym "${pseudonym}" is already used in this project. Please choose another one.`,
    () =>
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
      return consent;
    },
    getConsent,
  );
}

// Attendance is taken while a session is scheduled or live; after that it is part of the record.
function assertCheckInOpen(session: Session, what: string): void {
  if (session.status !== SessionStatus.SCHEDULED && session.status !== SessionStatus.LIVE) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      `This session is ${statusPhrase(session.status)}: ${what} only while a session is scheduled or live.`,
      { status: session.status },
    );
  }
}

export function checkInParticipant(em: EntityManager, input: CheckInParticipantInput): Promise<Attendance> {
  return runMutation(
    em,
    input,
    'checkInParticipant',
    async (tx) => {
      // The lock makes check-ins at one session wait for each other, so capacity holds under a rush.
      const session = await lockSession(tx, input.sessionId);
      const participant = await getParticipant(tx, input.participantId);
      if (participant.project.id !== session.project.id) {
        throw badInput(
          `${participant.pseudonym} is registered in another project, so cannot be checked in at this session.`,
          'participantId',
        );
      }
      // A second check-in (a double tap, a retry) is answered with the first.
      const existing = await tx.findOne(Attendance, { session, participant });
      if (existing) return existing;
      assertCheckInOpen(session, 'participants can be checked in');
      return createOnce(tx, Attendance, input.id, async (id) => {
        const consented = await tx.count(Consent, {
          participant,
          purpose: ConsentPurpose.PARTICIPATION,
          withdrawnAt: null,
        });
        if (!consented) {
          throw badInput(
            `${participant.pseudonym} has no standing consent to take part. Record their consent before checking them in.`,
            'participantId',
          );
        }
        const present = await tx.count(Attendance, { session });
        if (present >= session.capacity) {
          throw new DomainError(
            ErrorCode.SESSION_FULL,
            `This session is full: all ${session.capacity} places are taken. Raise the capacity to let more people in.`,
            { capacity: session.capacity },
          );
        }
        return tx.create(Attendance, { id, session, participant, checkedInAt: new Date() });
      });
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
      assertCheckInOpen(session, 'a check-in can be undone');
      tx.remove(attendance);
      return session;
    },
    getSession,
  );
}
