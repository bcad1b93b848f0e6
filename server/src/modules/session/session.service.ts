import { LockMode } from '@mikro-orm/core';
import { newCode } from '../../core/auth/tokens.js';
import { DomainError, ErrorCode, badInput, notFound } from '../../core/errors.js';
import { closestLanguage } from '../../core/i18n/languages.js';
import { catalogLanguages, msg, translatorFor, type Message } from '../../core/i18n/messages.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishSessionEvent } from '../live/live.service.js';
import { Registration } from '../participant/participant.entity.js';
import { getProject } from '../project/project.service.js';
import { removeTranslationsOf } from '../translation/translation.service.js';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from './session.entity.js';
import type {
  AgendaPhaseInput,
  ChangeSessionStatusInput,
  CreateSessionInput,
  SetCurrentPhaseInput,
  SetSessionAgendaInput,
  UpdateSessionInput,
} from './session.input.js';

// The standard workshop: seven phases that add up to two hours. Their titles and instructions are starter texts in
// the session's main language (server/locales/<language>/agenda.json), or in the planner's when the product does
// not speak the session's language.
const STANDARD_PHASES: readonly { kind: PhaseKind; durationMinutes: number }[] = [
  { kind: PhaseKind.WELCOME, durationMinutes: 10 },
  { kind: PhaseKind.CHALLENGES, durationMinutes: 25 },
  { kind: PhaseKind.CLUSTERING, durationMinutes: 10 },
  { kind: PhaseKind.IDEAS, durationMinutes: 25 },
  { kind: PhaseKind.VOTING, durationMinutes: 10 },
  { kind: PhaseKind.STRATEGIES, durationMinutes: 30 },
  { kind: PhaseKind.EVALUATION, durationMinutes: 10 },
];

export function standardAgenda(language: string): Omit<AgendaPhaseInput, 'id'>[] {
  const say = translatorFor(language);
  return STANDARD_PHASES.map(({ kind, durationMinutes }) => ({
    kind,
    durationMinutes,
    title: say(`agenda:standard.${kind}.title`),
    instructions: say(`agenda:standard.${kind}.instructions`),
  }));
}

// The language starter texts are written in: the session's main language when the product speaks it, else the
// language of whoever plans the session.
export function starterLanguage(sessionLanguages: readonly string[], plannerLanguage: string): string {
  const main = sessionLanguages[0];
  const spoken = main ? closestLanguage(main, catalogLanguages()) : undefined;
  return spoken ?? plannerLanguage;
}

// Where each status may go next; everything else is refused.
export const STATUS_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  [SessionStatus.DRAFT]: [SessionStatus.SCHEDULED],
  [SessionStatus.SCHEDULED]: [SessionStatus.DRAFT, SessionStatus.LIVE],
  [SessionStatus.LIVE]: [SessionStatus.CLOSED],
  [SessionStatus.CLOSED]: [SessionStatus.REVIEWED],
  [SessionStatus.REVIEWED]: [],
};

// Join codes use the one alphabet of every code people type (core/auth/tokens.ts): no look-alikes.
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_ATTEMPTS = 20;

export function getSession(em: EntityManager, id: string): Promise<Session> {
  return getById(em, Session, id, 'session');
}

// Reads a session and holds its row until the transaction ends, so that concurrent changes to
// the same session (status, agenda, check-ins against its capacity) happen one after the other.
export async function lockSession(tx: EntityManager, id: string): Promise<Session> {
  const session = isUuid(id) ? await tx.findOne(Session, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!session) throw notFound('session', id);
  return session;
}

// Contributions (challenges, themes, ideas, votes) are recorded while a session is live.
export function assertSessionLive(session: Session): void {
  if (session.status !== SessionStatus.LIVE) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg('common:session.notLive', { status: msg(`common:status.${session.status}`) }),
      { status: session.status },
    );
  }
}

// A closed or reviewed session is a record of what happened; its details and agenda stay as they were.
function assertSessionEditable(session: Session, what: 'details' | 'agenda'): void {
  if (session.status === SessionStatus.CLOSED || session.status === SessionStatus.REVIEWED) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg('errors:session.notEditable', {
        status: msg(`common:status.${session.status}`),
        what: msg(`errors:session.what.${what}`),
      }),
      { status: session.status },
    );
  }
}

// "This session is a draft", "This session is live": in the reader's language.
export const statusPhrase = (status: SessionStatus): Message => msg(`common:statusPhrase.${status}`);
const statusWord = (status: SessionStatus): Message => msg(`common:status.${status}`);

export function assertStatusTransition(from: SessionStatus, to: SessionStatus): void {
  const allowed = STATUS_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const next = allowed.length
    ? msg('errors:session.onlyMoveTo', { from: statusWord(from), allowed: allowed.map(statusWord) })
    : msg('errors:session.noMoreMoves', { from: statusWord(from) });
  throw new DomainError(
    ErrorCode.INVALID_STATUS_TRANSITION,
    msg('errors:session.cannotMove', { from: statusPhrase(from), to: statusWord(to), next }),
    { from, to, allowed: [...allowed] },
  );
}

// Lower-case language, upper-case region, each tag once, in the order given.
export function normaliseLanguages(tags: readonly string[]): string[] {
  const normal = tags.map((tag) => {
    const [language = '', region] = tag.trim().split('-');
    return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
  });
  return [...new Set(normal)];
}

function cleanText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max)
    throw badInput(msg('errors:session.textLength', { field, min, max }), field);
  return text;
}

export const generateJoinCode = (): string => newCode(JOIN_CODE_LENGTH);

// A code no other session holds; draws again on a collision. `generate` is a parameter so that
// the retry can be shown with a known sequence of codes.
export async function pickJoinCode(tx: EntityManager, generate: () => string = generateJoinCode): Promise<string> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const code = generate();
    if ((await tx.count(Session, { joinCode: code })) === 0) return code;
  }
  throw new DomainError(ErrorCode.CONFLICT, msg('errors:session.noFreeJoinCode'));
}

// The room as it happened: the server's clock says when a phase ran. A phase that ends adds what it ran to its
// time; one that starts (again) runs from now. Times are the server's, so every screen counts down the same.
function endPhase(phase: AgendaPhase, now: Date): void {
  if (!phase.runningSince) return;
  phase.spentSeconds += Math.max(0, Math.round((now.getTime() - phase.runningSince.getTime()) / 1000));
  phase.runningSince = null;
  phase.endedAt = now;
}

function startPhase(phase: AgendaPhase, now: Date): void {
  phase.startedAt ??= now;
  phase.runningSince = now;
  phase.endedAt = null;
}

// Moves the running phase of a session to another (or to none), by the server's clock.
async function switchPhase(tx: EntityManager, session: Session, next: AgendaPhase | null): Promise<void> {
  const now = new Date();
  if (session.currentPhaseId && session.currentPhaseId !== next?.id) {
    const running = await tx.findOne(AgendaPhase, { id: session.currentPhaseId });
    if (running) endPhase(running, now);
  }
  if (next && (next.id !== session.currentPhaseId || !next.runningSince)) startPhase(next, now);
  session.currentPhaseId = next?.id ?? null;
}

// The seconds a phase has run so far, its current run included.
export function actualSeconds(phase: AgendaPhase, now: Date = new Date()): number {
  const running = phase.runningSince ? Math.max(0, (now.getTime() - phase.runningSince.getTime()) / 1000) : 0;
  return Math.round(phase.spentSeconds + running);
}

// When the running phase's time box is used up: what the countdown of every screen counts to.
export function phaseEndsAt(phase: AgendaPhase): Date | null {
  if (!phase.runningSince) return null;
  return new Date(phase.runningSince.getTime() + (phase.durationMinutes * 60 - phase.spentSeconds) * 1000);
}

export function listAgenda(em: EntityManager, sessionId: string): Promise<AgendaPhase[]> {
  return em.find(AgendaPhase, { session: sessionId }, { orderBy: { position: 'asc', id: 'asc' } });
}

// Replaces the agenda with `phases` in order: phases named by id are kept (and may move),
// new ones are made, the rest are removed. The phase running now cannot be removed.
async function replaceAgenda(
  tx: EntityManager,
  session: Session,
  existing: readonly AgendaPhase[],
  phases: readonly AgendaPhaseInput[],
): Promise<void> {
  const byId = new Map(existing.map((phase) => [phase.id, phase]));
  const keep = new Set(phases.flatMap((p) => (p.id && byId.has(p.id) ? [p.id] : [])));
  const newIds = phases.flatMap((p) => (p.id && !byId.has(p.id) ? [p.id] : []));
  if (newIds.length && (await tx.count(AgendaPhase, { id: { $in: newIds } }))) {
    throw badInput(msg('errors:session.phaseElsewhere'), 'phases');
  }
  if (session.currentPhaseId && !keep.has(session.currentPhaseId)) {
    throw badInput(msg('errors:session.runningPhase'), 'phases');
  }
  // Which methods the planner may use is the policy's; here only that each one named exists.
  const methodIds = [...new Set(phases.flatMap((p) => (p.methodId ? [p.methodId] : [])))];
  if (methodIds.length) {
    const found = await tx
      .getConnection()
      .execute<{ id: string }[]>(`select id from method where id in (${placeholders(methodIds)})`, methodIds);
    const missing = methodIds.find((id) => !found.some((row) => row.id === id));
    if (missing) throw notFound('method', missing);
  }
  const removed = existing.filter((phase) => !keep.has(phase.id));
  for (const phase of removed) tx.remove(phase);
  await removeTranslationsOf(
    tx,
    removed.map((phase) => phase.id),
  );
  for (const [position, input] of phases.entries()) {
    const found = input.id ? byId.get(input.id) : undefined;
    const values = {
      position,
      kind: input.kind,
      title: input.title.trim(),
      durationMinutes: input.durationMinutes,
      methodId: input.methodId ?? null,
      questionnaireWave: input.questionnaireWave ?? null,
      instructions: input.instructions?.trim() ?? '',
    };
    if (found) Object.assign(found, values);
    else tx.create(AgendaPhase, { ...(input.id ? { id: input.id } : {}), session, ...values });
  }
}

// A new session with its agenda: the one given, a template's (chosen by the caller), or else the standard one with its
// starter texts in the session's main language (or the planner's).
export function createSession(
  em: EntityManager,
  input: CreateSessionInput,
  plannerLanguage = 'en',
  agenda?: readonly Omit<AgendaPhaseInput, 'id'>[],
): Promise<Session> {
  return runMutation(
    em,
    input,
    'createSession',
    async (tx) => {
      const project = await getProject(tx, input.projectId);
      return createOnce(tx, Session, input.id, async (id) => {
        const session = tx.create(Session, {
          id,
          project,
          title: cleanText(input.title, 'title', 3, 200),
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          location: cleanText(input.location, 'location', 2, 300),
          languages: normaliseLanguages(input.languages),
          capacity: input.capacity,
        });
        await replaceAgenda(
          tx,
          session,
          [],
          input.agenda ?? agenda ?? standardAgenda(starterLanguage(session.languages, plannerLanguage)),
        );
        return session;
      });
    },
    getSession,
  );
}

export function updateSession(em: EntityManager, input: UpdateSessionInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'updateSession',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      assertSessionEditable(session, 'details');
      if (input.capacity != null) {
        // The list (everyone checked in is on it) must still fit.
        const listed = await tx.count(Registration, { session });
        if (input.capacity < listed) {
          throw badInput(msg('errors:session.capacityBelowListed', { listed }), 'capacity');
        }
        session.capacity = input.capacity;
      }
      if (input.title != null) session.title = cleanText(input.title, 'title', 3, 200);
      if (input.startsAt != null) session.startsAt = input.startsAt;
      if (input.durationMinutes != null) session.durationMinutes = input.durationMinutes;
      if (input.location != null) session.location = cleanText(input.location, 'location', 2, 300);
      if (input.languages != null) session.languages = normaliseLanguages(input.languages);
      await publishSessionEvent(tx, session.id, SessionEventType.SESSION_UPDATED);
      return session;
    },
    getSession,
  );
}

export function setSessionAgenda(em: EntityManager, input: SetSessionAgendaInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'setSessionAgenda',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      assertSessionEditable(session, 'agenda');
      await replaceAgenda(tx, session, await listAgenda(tx, session.id), input.phases);
      await publishSessionEvent(tx, session.id, SessionEventType.AGENDA_CHANGED);
      return session;
    },
    getSession,
  );
}

// Moves a locked session to another status, in the caller's transaction: for a person's request (who may make
// which move is session.policy.ts) or for a step the server takes by itself (a session becomes reviewed when every
// strategy has an answer).
export async function moveSessionStatus(tx: EntityManager, session: Session, to: SessionStatus): Promise<void> {
  assertStatusTransition(session.status, to);
  if (to === SessionStatus.LIVE) {
    session.joinCode = await pickJoinCode(tx);
    // Going live starts the first phase, and its timer.
    await switchPhase(tx, session, (await listAgenda(tx, session.id))[0] ?? null);
  } else {
    // Only a live session can be joined or has a phase running: closing ends the running phase.
    session.joinCode = null;
    await switchPhase(tx, session, null);
  }
  session.status = to;
  await publishSessionEvent(tx, session.id, SessionEventType.SESSION_STATUS_CHANGED, {
    status: session.status,
    phaseId: session.currentPhaseId,
  });
}

export function changeSessionStatus(em: EntityManager, input: ChangeSessionStatusInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'changeSessionStatus',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      await moveSessionStatus(tx, session, input.status);
      return session;
    },
    getSession,
  );
}

export function setCurrentPhase(em: EntityManager, input: SetCurrentPhaseInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'setCurrentPhase',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      if (session.status !== SessionStatus.LIVE) {
        throw new DomainError(
          ErrorCode.SESSION_NOT_OPEN,
          msg('errors:session.phaseNotLive', { status: statusPhrase(session.status) }),
          { status: session.status },
        );
      }
      const phase = isUuid(input.phaseId) ? await tx.findOne(AgendaPhase, { id: input.phaseId }) : null;
      if (!phase || phase.session.id !== session.id) throw badInput(msg('errors:session.phaseNotOnAgenda'), 'phaseId');
      await switchPhase(tx, session, phase);
      await publishSessionEvent(tx, session.id, SessionEventType.SESSION_PHASE_CHANGED, { phaseId: phase.id });
      return session;
    },
    getSession,
  );
}
