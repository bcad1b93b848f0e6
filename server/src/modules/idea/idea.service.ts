import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput } from '../../core/errors.js';
import { canonicalLanguage } from '../../core/i18n/languages.js';
import { NO_PACE, type Pace } from '../../core/auth/rate-limit.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { ContributionStatus } from '../challenge/challenge.entity.js';
import {
  assertCorrectable,
  correctText,
  getChallenge,
  getCheckedInParticipant,
  getLiveSession,
  visibilityStatus,
} from '../challenge/challenge.service.js';
import { challengeOnBoard } from '../trajectory/board.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishCreated, publishSessionEvent } from '../live/live.service.js';
import { TranslatableField } from '../translation/translatable.js';
import { removeTranslationInto, writeTranslation } from '../translation/translation.service.js';
import { Idea } from './idea.entity.js';
import type { CreateIdeaInput, SetIdeaStatusInput, SetIdeaTranslationInput, UpdateIdeaInput } from './idea.input.js';

export function getIdea(em: EntityManager, id: string): Promise<Idea> {
  return getById(em, Idea, id, 'idea');
}

// Where an idea was made: its session, or none when it was contributed between sessions.
export const ideaSessionId = (idea: Idea): string | null => idea.session?.id ?? null;

// A live session where an idea was made, for board changes (showing or hiding it).
async function getLiveSessionOfIdea(em: EntityManager, idea: Idea) {
  const sessionId = ideaSessionId(idea);
  if (!sessionId) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      'This was contributed between sessions: a facilitator approves, edits or hides it in the moderation queue.',
    );
  }
  return getLiveSession(em, sessionId);
}

// Moves the ideas of merged challenges to the challenge they were merged into.
export async function moveIdeas(tx: EntityManager, fromChallengeIds: string[], toChallengeId: string): Promise<void> {
  if (fromChallengeIds.length)
    await tx.nativeUpdate(Idea, { challenge: { $in: fromChallengeIds } }, { challenge: toChallengeId });
}

export function createIdea(em: EntityManager, input: CreateIdeaInput, pace: Pace = NO_PACE): Promise<Idea> {
  return runMutation(
    em,
    input,
    'createIdea',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      // Where the idea is made: the session named, or where its challenge was raised. A challenge carried into a
      // later session gets ideas there.
      const sessionId = input.sessionId ?? challenge.session?.id;
      if (!sessionId) {
        throw badInput(
          'This challenge was contributed between sessions: name the live session the idea is made in.',
          'sessionId',
        );
      }
      const session = await getLiveSession(tx, sessionId);
      if (!(await challengeOnBoard(tx, session.id, challenge))) {
        throw badInput('That challenge is not on the board of this session.', 'challengeId');
      }
      await pace.contribute(session.id);
      if (challenge.status === ContributionStatus.MERGED) {
        throw badInput(msg('common:idea.challengeMerged'), 'challengeId');
      }
      if (challenge.status === ContributionStatus.HIDDEN) {
        throw badInput(msg('common:idea.challengeHidden'), 'challengeId');
      }
      const language = canonicalLanguage(input.language);
      const author = input.authorId ? await getCheckedInParticipant(tx, session, input.authorId, 'authorId') : null;
      const idea = await createOnce(tx, Idea, input.id, (id) =>
        tx.create(Idea, {
          id,
          challenge,
          project: session.project,
          session,
          phase: session.currentPhaseId,
          author,
          text: input.text.trim(),
          language,
        }),
      );
      await publishCreated(tx, idea, session.id, SessionEventType.IDEA_CREATED, {
        ideaId: idea.id,
        challengeId: challenge.id,
      });
      return idea;
    },
    getIdea,
  );
}

export function updateIdea(em: EntityManager, input: UpdateIdeaInput): Promise<Idea> {
  return runMutation(
    em,
    input,
    'updateIdea',
    async (tx) => {
      const idea = await getIdea(tx, input.ideaId);
      const sessionId = ideaSessionId(idea);
      await assertCorrectable(tx, sessionId);
      correctText(idea, input.text);
      if (input.language != null) {
        idea.language = canonicalLanguage(input.language);
        await removeTranslationInto(tx, TranslatableField.IDEA_TEXT, idea.id, idea.language);
      }
      if (sessionId)
        await publishSessionEvent(tx, sessionId, SessionEventType.IDEA_UPDATED, {
          ideaId: idea.id,
          challengeId: idea.challenge.id,
        });
      return idea;
    },
    getIdea,
  );
}

// Translations may be added after the session too, for the report and the follow-up. The same as `translateText`
// for an idea's text (modules/translation), kept for clients that use it.
export function setIdeaTranslation(
  em: EntityManager,
  translatorId: string | null,
  input: SetIdeaTranslationInput,
): Promise<Idea> {
  return runMutation(
    em,
    input,
    'setIdeaTranslation',
    async (tx) => {
      const idea = await getIdea(tx, input.ideaId);
      await writeTranslation(tx, translatorId, TranslatableField.IDEA_TEXT, idea.id, input.language, input.text);
      return idea;
    },
    getIdea,
  );
}

export function setIdeaStatus(em: EntityManager, input: SetIdeaStatusInput): Promise<Idea> {
  return runMutation(
    em,
    input,
    'setIdeaStatus',
    async (tx) => {
      const idea = await getIdea(tx, input.ideaId);
      const session = await getLiveSessionOfIdea(tx, idea);
      idea.status = visibilityStatus(input.status);
      await publishSessionEvent(tx, session.id, SessionEventType.IDEA_STATUS_CHANGED, {
        ideaId: idea.id,
        challengeId: idea.challenge.id,
        status: idea.status,
      });
      return idea;
    },
    getIdea,
  );
}
