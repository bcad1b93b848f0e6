import { msg } from '../../core/i18n/messages.js';
import { randomInt } from 'node:crypto';
import { normaliseCode } from '../../core/auth/tokens.js';
import { PARTICIPANT_LOGIN_HOURS } from '../../core/auth/viewer.js';
import { deviceOf, type Context } from '../../core/context.js';
import { DomainError, ErrorCode, conflict } from '../../core/errors.js';
import type { EntityManager } from '../../core/orm.js';
import { startLogin } from '../account/account.service.js';
import { LoginKind } from '../account/login-session.entity.js';
import { Background, ConsentPurpose, Participant } from '../participant/participant.entity.js';
import {
  admitToSession,
  agreeOnScreen,
  assertPseudonymFree,
  cleanPseudonym,
  findByPersonalCode,
  getParticipant,
  pickPersonalCode,
  uniqueAsConflict,
  withdrawStanding,
} from '../participant/participant.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { lockSession, normaliseLanguages, statusPhrase } from '../session/session.service.js';
import type { JoinPreview, JoinSessionInput } from './join.input.js';

// Longer than any code we hand out: not worth a database look-up, but still a miss.
const CODE_MAX = 40;

const noLiveSession = (): DomainError => new DomainError(ErrorCode.NOT_FOUND, msg('common:join.codeNotFound'));

const unknownPersonalCode = (): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, msg('common:join.personalCodeNotFound'));

// The session a join code belongs to. A code is only handed out while a session is live, so an unknown code
// and the code of a session that has ended are the same miss. Each miss counts against this device, and against
// its address unless the device has joined before: someone guessing codes on the Wi-Fi of a workshop is stopped
// without locking out the phones around them.
async function findSessionByCode(ctx: Context, raw: string): Promise<Session> {
  const { em, limits, request } = ctx;
  const device = deviceOf(request);
  await limits.join.attempt(request.clientKey, device);
  const code = normaliseCode(raw);
  const session = code && code.length <= CODE_MAX ? await em.findOne(Session, { joinCode: code }) : null;
  if (!session) throw noLiveSession();
  await limits.join.succeeded(request.clientKey, device);
  return session;
}

export async function previewJoin(ctx: Context, code: string): Promise<JoinPreview> {
  const session = await findSessionByCode(ctx, code);
  // Only what the join page needs: nothing about the place, the project or who is there.
  return {
    title: session.title,
    startsAt: session.startsAt,
    languages: session.languages,
    live: session.status === SessionStatus.LIVE,
  };
}

// Returning participants are recognised by the code on their card, never by anything personal.
async function findReturning(ctx: Context, session: Session, raw: string): Promise<Participant> {
  const { em, limits, request } = ctx;
  const device = deviceOf(request);
  await limits.join.attempt(request.clientKey, device);
  const code = normaliseCode(raw);
  const participant = code.length <= CODE_MAX ? await findByPersonalCode(em, session.project.id, code) : null;
  if (!participant) throw unknownPersonalCode();
  await limits.join.succeeded(request.clientKey, device);
  return participant;
}

const COLOURS =
  'Amber Blue Coral Golden Green Indigo Jade Olive Orange Purple Red Ruby Silver Teal Violet Yellow'.split(' ');
const ANIMALS = (
  'Badger Beaver Crane Deer Dolphin Eagle Falcon Fox Hedgehog Heron Koala Lark ' +
  'Lynx Otter Owl Panda Robin Seal Sparrow Swan Tiger Turtle Whale Zebra'
).split(' ');
const PSEUDONYM_ATTEMPTS = 20;

const pick = (words: readonly string[]): string => words[randomInt(words.length)] ?? '';

// "Blue Heron 12": easy to read aloud and to find on the board, and says nothing about the person.
export const friendlyPseudonym = (): string => `${pick(COLOURS)} ${pick(ANIMALS)} ${randomInt(1, 100)}`;

async function freeFriendlyPseudonym(tx: EntityManager, projectId: string): Promise<string> {
  for (let attempt = 0; attempt < PSEUDONYM_ATTEMPTS; attempt++) {
    const pseudonym = friendlyPseudonym();
    if ((await tx.count(Participant, { project: projectId, pseudonym: { $ilike: pseudonym } })) === 0) return pseudonym;
  }
  throw conflict(msg('common:join.noFreeName'));
}

async function recordConsent(tx: EntityManager, participant: Participant, input: JoinSessionInput): Promise<void> {
  await agreeOnScreen(tx, participant, ConsentPurpose.PARTICIPATION, input.consent.textVersion);
  // The answer given now is the one that counts: saying no to research now withdraws an earlier yes.
  if (input.consent.research) await agreeOnScreen(tx, participant, ConsentPurpose.RESEARCH, input.consent.textVersion);
  else await withdrawStanding(tx, participant, ConsentPurpose.RESEARCH);
}

async function newcomer(tx: EntityManager, session: Session, input: JoinSessionInput): Promise<Participant> {
  const projectId = session.project.id;
  let pseudonym: string;
  if (input.pseudonym) {
    pseudonym = cleanPseudonym(input.pseudonym);
    await assertPseudonymFree(tx, projectId, pseudonym);
  } else {
    pseudonym = await freeFriendlyPseudonym(tx, projectId);
  }
  const participant = tx.create(Participant, {
    project: session.project,
    pseudonym,
    personalCode: await pickPersonalCode(tx, projectId),
    background: input.background ?? Background.PREFERS_NOT_TO_SAY,
    languages: normaliseLanguages([input.language]),
    ageBand: input.ageBand ?? null,
  });
  await recordConsent(tx, participant, input);
  return participant;
}

// A returning participant keeps what they told us before; what they tell us now is added.
async function welcomeBack(tx: EntityManager, participantId: string, input: JoinSessionInput): Promise<Participant> {
  const participant = await getParticipant(tx, participantId);
  if (input.pseudonym) {
    const pseudonym = cleanPseudonym(input.pseudonym);
    if (pseudonym !== participant.pseudonym) {
      await assertPseudonymFree(tx, participant.project.id, pseudonym, participant.id);
      participant.pseudonym = pseudonym;
    }
  }
  if (input.background) participant.background = input.background;
  if (input.ageBand) participant.ageBand = input.ageBand;
  participant.languages = normaliseLanguages([...participant.languages, input.language]);
  await recordConsent(tx, participant, input);
  return participant;
}

export interface Joined {
  participant: Participant;
  session: Session;
  personalCode: string;
  returning: boolean;
}

// Joining: a live session by its code, as someone new or as a returning participant by their personal code.
// The participant is checked in (within the capacity) and this browser acts as them from now on.
// Like signing in, joining is not replayed by clientMutationId (it is only echoed): a replay would start a browser
// session as the participant for anyone who learnt that id. Coming back is what the personal code is for.
export async function joinSession(ctx: Context, input: JoinSessionInput): Promise<Joined> {
  const { em, limits, request } = ctx;
  const found = await findSessionByCode(ctx, input.code);
  const returning = input.personalCode?.trim() ? await findReturning(ctx, found, input.personalCode) : null;
  // One address fills a session at a pace (a hall on one Wi-Fi joins within a minute or two), never in a second.
  await limits.join.admit(request.clientKey, found.id);
  const admitted = await uniqueAsConflict(msg('common:join.nameTaken'), () =>
    em.transactional(async (tx) => {
      // The lock makes joins wait for each other, so that the capacity holds under a rush.
      const session = await lockSession(tx, found.id);
      if (session.status !== SessionStatus.LIVE) {
        throw new DomainError(
          ErrorCode.SESSION_NOT_OPEN,
          msg('common:join.notLive', { status: statusPhrase(session.status) }),
          { status: session.status },
        );
      }
      const participant = returning ? await welcomeBack(tx, returning.id, input) : await newcomer(tx, session, input);
      await tx.flush();
      await admitToSession(tx, session, participant);
      return participant;
    }),
  );
  // Read again in this request's entity manager: the transaction worked on its own copies.
  const participant = await em.findOneOrFail(Participant, { id: admitted.id }, { refresh: true });
  const session = await em.findOneOrFail(Session, { id: found.id }, { refresh: true });
  if (!participant.personalCode) throw new Error('A participant who has just joined always has a personal code.');
  await startLogin(ctx, { kind: LoginKind.PARTICIPANT, participant, session }, PARTICIPANT_LOGIN_HOURS);
  return { participant, session, personalCode: participant.personalCode, returning: returning !== null };
}
