import { newCode, normaliseCode } from '../../core/auth/tokens.js';
import { PARTICIPANT_LOGIN_HOURS, participantViewer } from '../../core/auth/viewer.js';
import { deviceOf, type Context } from '../../core/context.js';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { startLogin } from '../account/account.service.js';
import { LoginKind } from '../account/login-session.entity.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { canonicalLanguage } from '../../core/i18n/languages.js';
import { correctText, getChallenge } from '../challenge/challenge.service.js';
import { Idea } from '../idea/idea.entity.js';
import { getIdea } from '../idea/idea.service.js';
import { Participant } from '../participant/participant.entity.js';
import { findByPersonalCode, getParticipant } from '../participant/participant.service.js';
import { Project } from '../project/project.entity.js';
import { getProject } from '../project/project.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import {
  ModerationDecision,
  type BetweenSessions,
  type CallPreview,
  type CloseProjectCallInput,
  type ContributeChallengeInput,
  type ContributeIdeaInput,
  type ModerateChallengeInput,
  type ModerateIdeaInput,
  type OpenProjectCallInput,
  type SignInToCallInput,
} from './call.input.js';
import { ProjectCall } from './project-call.entity.js';

export const CALL_CODE_LENGTH = 6;
const CODE_ATTEMPTS = 20;
// Longer than any code we hand out: not worth a database look-up, but still a miss.
const CODE_MAX = 40;

export function getProjectCall(em: EntityManager, id: string): Promise<ProjectCall> {
  return getById(em, ProjectCall, id, 'call');
}

const noOpenCall = (): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, 'No open call has this code. Check the code on the poster and try again.');

const unknownPersonalCode = (): DomainError =>
  new DomainError(
    ErrorCode.NOT_FOUND,
    'No participant of this project has this personal code. Check the code on your card.',
  );

const callClosed = (): DomainError =>
  new DomainError(ErrorCode.CALL_CLOSED, 'This call is closed: it takes no more contributions.');

async function pickCallCode(tx: EntityManager): Promise<string> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = newCode(CALL_CODE_LENGTH);
    if ((await tx.count(ProjectCall, { code })) === 0) return code;
  }
  throw conflict('No free call code could be found just now. Please try again.');
}

// One open call per project at a time, so that participants never wonder which one to answer.
export function openProjectCall(em: EntityManager, input: OpenProjectCallInput): Promise<ProjectCall> {
  return runMutation(
    em,
    input,
    'openProjectCall',
    async (tx) => {
      const project = await getProject(tx, input.projectId);
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`project-call:${project.id}`]);
      return createOnce(tx, ProjectCall, input.id, async (id) => {
        if (await tx.count(ProjectCall, { project, closedAt: null })) {
          throw conflict('This project has an open call already; close it before opening another.');
        }
        return tx.create(ProjectCall, { id, project, prompt: input.prompt.trim(), code: await pickCallCode(tx) });
      });
    },
    getProjectCall,
  );
}

export function closeProjectCall(em: EntityManager, input: CloseProjectCallInput): Promise<ProjectCall> {
  return runMutation(
    em,
    input,
    'closeProjectCall',
    async (tx) => {
      const call = await getProjectCall(tx, input.callId);
      // Closing twice keeps the first moment it closed.
      call.closedAt ??= new Date();
      call.code = null;
      return call;
    },
    getProjectCall,
  );
}

// The open call a code belongs to; every miss counts against this device, as for join codes.
async function findOpenCall(ctx: Context, raw: string): Promise<ProjectCall> {
  const { em, limits, request } = ctx;
  const device = deviceOf(request);
  await limits.join.attempt(request.clientKey, device);
  const code = normaliseCode(raw);
  const call = code && code.length <= CODE_MAX ? await em.findOne(ProjectCall, { code, closedAt: null }) : null;
  if (!call) throw noOpenCall();
  await limits.join.succeeded(request.clientKey, device);
  return call;
}

export async function previewCall(ctx: Context, code: string): Promise<CallPreview> {
  const call = await findOpenCall(ctx, code);
  const project = await getProject(ctx.em, call.project.id);
  // Only what the call page needs: nothing about who takes part.
  return { projectTitle: project.title, prompt: call.prompt, open: call.closedAt === null };
}

// A participant of the project signs in to its open call with the code on their card; this browser then acts as
// them, outside any session. Like joining, it is not replayed by clientMutationId.
export async function signInToCall(
  ctx: Context,
  input: SignInToCallInput,
): Promise<{ participant: Participant; call: ProjectCall }> {
  const call = await findOpenCall(ctx, input.code);
  const { em, limits, request } = ctx;
  const device = deviceOf(request);
  await limits.join.attempt(request.clientKey, device);
  const code = normaliseCode(input.personalCode);
  const participant = code.length <= CODE_MAX ? await findByPersonalCode(em, call.project.id, code) : null;
  if (!participant) throw unknownPersonalCode();
  await limits.join.succeeded(request.clientKey, device);
  await startLogin(ctx, { kind: LoginKind.PARTICIPANT, participant, call }, PARTICIPANT_LOGIN_HOURS);
  return { participant, call };
}

async function assertTakesContributions(tx: EntityManager, call: ProjectCall): Promise<void> {
  if (call.closedAt) throw callClosed();
  if (await tx.count(Session, { project: call.project.id, status: SessionStatus.LIVE })) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      'A session of this project is live now: join it with the code shown in the room to take part there.',
    );
  }
}

async function contributor(ctx: Context, tx: EntityManager, call: ProjectCall): Promise<Participant> {
  const viewer = participantViewer(ctx.viewer);
  const participant = await getParticipant(tx, viewer.participantId);
  if (participant.project.id !== call.project.id) throw badInput('This call is of another project.', 'callId');
  return participant;
}

export function contributeChallenge(ctx: Context, input: ContributeChallengeInput): Promise<Challenge> {
  return runMutation(
    ctx.em,
    input,
    'contributeChallenge',
    async (tx) => {
      const call = await getProjectCall(tx, input.callId);
      await assertTakesContributions(tx, call);
      const author = await contributor(ctx, tx, call);
      const language = canonicalLanguage(input.language);
      return createOnce(tx, Challenge, input.id, (id) =>
        tx.create(Challenge, {
          id,
          project: call.project,
          session: null,
          call,
          author,
          text: input.text.trim(),
          language,
          status: ContributionStatus.PENDING,
        }),
      );
    },
    getChallenge,
  );
}

export function contributeIdea(ctx: Context, input: ContributeIdeaInput): Promise<Idea> {
  return runMutation(
    ctx.em,
    input,
    'contributeIdea',
    async (tx) => {
      const call = await getProjectCall(tx, input.callId);
      await assertTakesContributions(tx, call);
      const author = await contributor(ctx, tx, call);
      const challenge = await getChallenge(tx, input.challengeId);
      if (challenge.project.id !== call.project.id) {
        throw badInput('That challenge belongs to another project.', 'challengeId');
      }
      if (challenge.status !== ContributionStatus.VISIBLE) {
        throw badInput('That challenge is not on the project board, so it cannot get ideas.', 'challengeId');
      }
      const language = canonicalLanguage(input.language);
      return createOnce(tx, Idea, input.id, (id) =>
        tx.create(Idea, {
          id,
          challenge,
          project: call.project,
          session: null,
          call,
          author,
          text: input.text.trim(),
          language,
          status: ContributionStatus.PENDING,
        }),
      );
    },
    getIdea,
  );
}

function assertFromBetweenSessions(note: { call: { id: string } | null }, what: string): void {
  if (!note.call) {
    throw badInput(
      `This ${what} was made in a session, not between sessions: correct its text with update${what === 'idea' ? 'Idea' : 'Challenge'}, or show or hide it on that session's board.`,
      `${what}Id`,
    );
  }
}

function decide(
  note: { status: ContributionStatus; text: string; originalText: string | null },
  decision: ModerationDecision,
  text: string | null | undefined,
): void {
  if (note.status === ContributionStatus.MERGED) {
    throw new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, 'This was merged into another contribution.');
  }
  if (text != null) correctText(note, text);
  note.status = decision === ModerationDecision.APPROVE ? ContributionStatus.VISIBLE : ContributionStatus.HIDDEN;
}

// A facilitator approves, edits (the original is kept) or hides what came in between sessions. Deciding again is
// allowed: a hidden contribution may be approved later, and the other way round.
export function moderateChallenge(em: EntityManager, input: ModerateChallengeInput): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'moderateChallenge',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      assertFromBetweenSessions(challenge, 'challenge');
      decide(challenge, input.decision, input.text);
      return challenge;
    },
    getChallenge,
  );
}

export function moderateIdea(em: EntityManager, input: ModerateIdeaInput): Promise<Idea> {
  return runMutation(
    em,
    input,
    'moderateIdea',
    async (tx) => {
      const idea = await getIdea(tx, input.ideaId);
      assertFromBetweenSessions(idea, 'idea');
      decide(idea, input.decision, input.text);
      return idea;
    },
    getIdea,
  );
}

const OLDEST_FIRST = { createdAt: 'asc', id: 'asc' } as const;

const having = <T extends { status: ContributionStatus }>(rows: T[], status: ContributionStatus): T[] =>
  rows.filter((row) => row.status === status);

export async function betweenSessions(em: EntityManager, projectId: string): Promise<BetweenSessions> {
  const project: Project = await getProject(em, projectId);
  const fromCalls = { project, call: { $ne: null } };
  const [calls, challenges, ideas] = await Promise.all([
    em.find(ProjectCall, { project }, { orderBy: { openedAt: 'desc', id: 'asc' } }),
    em.find(Challenge, fromCalls, { orderBy: OLDEST_FIRST }),
    em.find(Idea, fromCalls, { orderBy: OLDEST_FIRST }),
  ]);
  return {
    projectId: project.id,
    calls,
    waitingChallenges: having(challenges, ContributionStatus.PENDING),
    waitingIdeas: having(ideas, ContributionStatus.PENDING),
    approvedChallenges: having(challenges, ContributionStatus.VISIBLE),
    approvedIdeas: having(ideas, ContributionStatus.VISIBLE),
    hiddenChallenges: having(challenges, ContributionStatus.HIDDEN),
    hiddenIdeas: having(ideas, ContributionStatus.HIDDEN),
  };
}

// The project board a call's participants see: every challenge shown in any session of the project, and those
// approved between sessions, the oldest first.
export function callBoard(em: EntityManager, call: ProjectCall): Promise<Challenge[]> {
  return em.find(
    Challenge,
    { project: call.project.id, status: ContributionStatus.VISIBLE },
    { orderBy: OLDEST_FIRST },
  );
}

// What a participant sent to the project's calls, with the decision on each.
export async function contributionsOf(
  em: EntityManager,
  projectId: string,
  participantId: string,
): Promise<{ challenges: Challenge[]; ideas: Idea[] }> {
  const mine = { project: projectId, author: participantId, call: { $ne: null } };
  const [challenges, ideas] = await Promise.all([
    em.find(Challenge, mine, { orderBy: OLDEST_FIRST }),
    em.find(Idea, mine, { orderBy: OLDEST_FIRST }),
  ]);
  return { challenges, ideas };
}
