import { msg } from '../../core/i18n/messages.js';
import { ref } from '@mikro-orm/core';
import { DomainError, ErrorCode, badInput, conflict, notFound } from '../../core/errors.js';
import { canonicalLanguage } from '../../core/i18n/languages.js';
import { NO_PACE, type Pace } from '../../core/auth/rate-limit.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { moveIdeas } from '../idea/idea.service.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishCreated, publishSessionEvent } from '../live/live.service.js';
import { Attendance, type Participant } from '../participant/participant.entity.js';
import { getParticipant } from '../participant/participant.service.js';
import { SessionStatus, type Session } from '../session/session.entity.js';
import { assertSessionLive, getSession, statusPhrase } from '../session/session.service.js';
import { getThemeOfSession } from '../theme/theme.service.js';
import { TranslatableField } from '../translation/translatable.js';
import { removeTranslationInto, writeTranslation } from '../translation/translation.service.js';
import { Challenge, ContributionStatus } from './challenge.entity.js';
import {
  ContributionVisibility,
  type AssignChallengeThemeInput,
  type CreateChallengeInput,
  type MergeChallengesInput,
  type SetChallengeStatusInput,
  type SetChallengeTranslationInput,
  type UpdateChallengeInput,
} from './challenge.input.js';

export function getChallenge(em: EntityManager, id: string): Promise<Challenge> {
  return getById(em, Challenge, id, 'challenge');
}

export async function getLiveSession(em: EntityManager, sessionId: string): Promise<Session> {
  const session = await getSession(em, sessionId);
  assertSessionLive(session);
  return session;
}

// Someone who adds a contribution or votes must take part in the session's project and be
// checked in to the session itself.
export async function getCheckedInParticipant(
  em: EntityManager,
  session: Session,
  participantId: string,
  field: string,
): Promise<Participant> {
  // A phone sends this with each idea and dot: one statement when all is well, the check-in with its participant.
  const attendance = isUuid(participantId)
    ? await em.findOne(Attendance, { session: session.id, participant: participantId }, { populate: ['participant'] })
    : null;
  const participant = attendance ? attendance.participant.getEntity() : await getParticipant(em, participantId);
  if (participant.project.id !== session.project.id) {
    throw badInput(msg('common:contribution.otherProject', { pseudonym: participant.pseudonym }), field);
  }
  if (!attendance) {
    throw badInput(msg('common:contribution.notCheckedIn', { pseudonym: participant.pseudonym }), field);
  }
  return participant;
}

// The session a challenge was raised in, which must be live for board changes (showing, hiding, merging, theming).
// A challenge contributed between sessions has none: it is moderated instead (call feature).
export async function getLiveSessionOf(em: EntityManager, challenge: Challenge): Promise<Session> {
  if (!challenge.session) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      'This was contributed between sessions: a facilitator approves, edits or hides it in the moderation queue.',
    );
  }
  return getLiveSession(em, challenge.session.id);
}

// Texts of notes may be corrected while their session runs and afterwards, for the report; the first text is kept.
const CORRECTABLE = new Set([SessionStatus.LIVE, SessionStatus.CLOSED, SessionStatus.REVIEWED]);

export async function assertCorrectable(em: EntityManager, sessionId: string | null): Promise<void> {
  if (!sessionId) return;
  const session = await getSession(em, sessionId);
  if (!CORRECTABLE.has(session.status)) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg('errors:trajectory.notCorrectable', { status: statusPhrase(session.status) }),
      { status: session.status },
    );
  }
}

// A new text for a note, keeping what its author first wrote.
export function correctText(note: { text: string; originalText: string | null }, text: string): void {
  const next = text.trim();
  if (next === note.text) return;
  note.originalText ??= note.text;
  note.text = next;
  // Back to the author's own words: nothing is changed any more.
  if (note.originalText === next) note.originalText = null;
}

export function assertNotMerged(challenge: Challenge): void {
  if (challenge.status === ContributionStatus.MERGED) {
    throw new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, msg('errors:challenge.mergedNoStatus'), {
      status: challenge.status,
    });
  }
}

export function listChallenges(em: EntityManager, session: Session, includeHidden: boolean): Promise<Challenge[]> {
  const where = includeHidden ? {} : { status: ContributionStatus.VISIBLE };
  return em.find(Challenge, { session, ...where }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

export function createChallenge(
  em: EntityManager,
  input: CreateChallengeInput,
  pace: Pace = NO_PACE,
): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'createChallenge',
    async (tx) => {
      const session = await getLiveSession(tx, input.sessionId);
      await pace.contribute(session.id);
      const language = canonicalLanguage(input.language);
      const author = input.authorId ? await getCheckedInParticipant(tx, session, input.authorId, 'authorId') : null;
      const theme = input.themeId ? await getThemeOfSession(tx, session, input.themeId) : null;
      const challenge = await createOnce(tx, Challenge, input.id, (id) =>
        tx.create(Challenge, {
          id,
          project: session.project,
          session,
          phase: session.currentPhaseId,
          author,
          theme,
          text: input.text.trim(),
          language,
        }),
      );
      await publishCreated(tx, challenge, session.id, SessionEventType.CHALLENGE_CREATED, {
        challengeId: challenge.id,
        themeId: theme?.id ?? null,
      });
      return challenge;
    },
    getChallenge,
  );
}

export function updateChallenge(em: EntityManager, input: UpdateChallengeInput): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'updateChallenge',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      await assertCorrectable(tx, challenge.session?.id ?? null);
      correctText(challenge, input.text);
      if (input.language != null) {
        challenge.language = canonicalLanguage(input.language);
        await removeTranslationInto(tx, TranslatableField.CHALLENGE_TEXT, challenge.id, challenge.language);
      }
      if (challenge.session)
        await publishSessionEvent(tx, challenge.session.id, SessionEventType.CHALLENGE_UPDATED, {
          challengeId: challenge.id,
        });
      return challenge;
    },
    getChallenge,
  );
}

// Translations may be added after the session too, for the report and the follow-up. The same as `translateText`
// for a challenge's text (modules/translation), kept for clients that use it.
export function setChallengeTranslation(
  em: EntityManager,
  translatorId: string | null,
  input: SetChallengeTranslationInput,
): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'setChallengeTranslation',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      await writeTranslation(
        tx,
        translatorId,
        TranslatableField.CHALLENGE_TEXT,
        challenge.id,
        input.language,
        input.text,
      );
      return challenge;
    },
    getChallenge,
  );
}

export function setChallengeStatus(em: EntityManager, input: SetChallengeStatusInput): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'setChallengeStatus',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      const session = await getLiveSessionOf(tx, challenge);
      assertNotMerged(challenge);
      challenge.status = visibilityStatus(input.status);
      await publishSessionEvent(tx, session.id, SessionEventType.CHALLENGE_STATUS_CHANGED, {
        challengeId: challenge.id,
        status: challenge.status,
      });
      return challenge;
    },
    getChallenge,
  );
}

export function visibilityStatus(visibility: ContributionVisibility): ContributionStatus {
  return visibility === ContributionVisibility.HIDDEN ? ContributionStatus.HIDDEN : ContributionStatus.VISIBLE;
}

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function mergeChallenges(em: EntityManager, input: MergeChallengesInput): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'mergeChallenges',
    async (tx) => {
      const target = await getChallenge(tx, input.targetId);
      const session = await getLiveSessionOf(tx, target);
      if (input.sourceIds.includes(target.id)) throw badInput(msg('errors:challenge.intoItself'), 'sourceIds');
      if (target.status === ContributionStatus.MERGED) {
        throw conflict(msg('errors:challenge.targetMerged', { text: excerpt(target.text) }));
      }
      const found = await tx.find(Challenge, { id: { $in: input.sourceIds.filter(isUuid) } });
      const byId = new Map(found.map((challenge) => [challenge.id, challenge]));
      const sources = input.sourceIds.map((id) => {
        const source = byId.get(id);
        if (!source) throw notFound('challenge', id);
        return source;
      });
      for (const source of sources) {
        if (source.session?.id !== session.id) {
          throw badInput(msg('errors:challenge.otherSession', { text: excerpt(source.text) }), 'sourceIds');
        }
        if (source.status === ContributionStatus.MERGED) {
          throw conflict(msg('errors:challenge.alreadyMerged', { text: excerpt(source.text) }));
        }
      }
      const sourceIds = sources.map((source) => source.id);
      // Challenges merged into a source earlier now point at the target, so that merges stay one level deep.
      await tx.nativeUpdate(Challenge, { mergedInto: { $in: sourceIds } }, { mergedInto: target.id });
      await moveIdeas(tx, sourceIds, target.id);
      for (const source of sources) {
        source.status = ContributionStatus.MERGED;
        source.mergedInto = ref(target);
      }
      await publishSessionEvent(tx, session.id, SessionEventType.CHALLENGES_MERGED, {
        challengeId: target.id,
        challengeIds: sourceIds,
      });
      return target;
    },
    getChallenge,
  );
}

export function assignChallengeTheme(em: EntityManager, input: AssignChallengeThemeInput): Promise<Challenge> {
  return runMutation(
    em,
    input,
    'assignChallengeTheme',
    async (tx) => {
      const challenge = await getChallenge(tx, input.challengeId);
      const session = await getLiveSessionOf(tx, challenge);
      challenge.theme = input.themeId ? ref(await getThemeOfSession(tx, session, input.themeId)) : null;
      await publishSessionEvent(tx, session.id, SessionEventType.CHALLENGE_THEME_ASSIGNED, {
        challengeId: challenge.id,
        themeId: challenge.theme?.id ?? null,
      });
      return challenge;
    },
    getChallenge,
  );
}
