// Test data for the indicators, written straight to the database: votes on chosen items, questionnaire answers,
// strategies with an answer. Used by the indicator, funder and research tests and their disclosure attacks.
import { newId } from '../../core/uuid.js';
import type { TestApp } from '../test-app.js';
import { Challenge } from '../../modules/challenge/challenge.entity.js';
import { Participant } from '../../modules/participant/participant.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { RoundStatus, Vote, VoteTarget, VotingRound } from '../../modules/vote/vote.entity.js';
import { QuestionnaireWave } from '../../modules/questionnaire/questionnaire.types.js';

// Dots of a participant on a challenge, in the session's one round (made on first use).
export async function giveDots(app: TestApp, sessionId: string, votes: [string, string, number][]): Promise<void> {
  const em = app.orm.em.fork();
  let round = await em.findOne(VotingRound, { session: sessionId });
  round ??= em.create(VotingRound, {
    session: em.getReference(Session, sessionId),
    title: 'Stemronde',
    target: VoteTarget.CHALLENGES,
    dotsPerParticipant: 10,
    status: RoundStatus.CLOSED,
  });
  for (const [participantId, challengeId, dots] of votes) {
    em.create(Vote, {
      round,
      participant: em.getReference(Participant, participantId),
      challenge: em.getReference(Challenge, challengeId),
      dots,
    });
  }
  await em.flush();
}

// Answers of one participant to some items in one wave, as given in a session.
export async function answer(
  app: TestApp,
  target: { projectId: string; sessionId: string; participantId: string; wave: QuestionnaireWave },
  values: Record<string, number | null>,
): Promise<void> {
  const connection = app.orm.em.fork().getConnection();
  for (const [code, value] of Object.entries(values)) {
    await connection.execute(
      `insert into questionnaire_answer (id, created_at, updated_at, project_id, participant_id, session_id, wave, item_code, value)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?)`,
      [newId(), target.projectId, target.participantId, target.sessionId, target.wave, code, value],
    );
  }
}

// A strategy of a session: a draft, submitted, or answered with a decision.
export async function strategy(
  app: TestApp,
  sessionId: string,
  state: 'DRAFT' | 'SUBMITTED' | 'ADOPTED' | 'PARTLY_ADOPTED' | 'UNDER_STUDY' | 'DECLINED',
): Promise<void> {
  const connection = app.orm.em.fork().getConnection();
  const id = newId();
  const status = state === 'DRAFT' ? 'DRAFT' : state === 'SUBMITTED' ? 'SUBMITTED' : 'ANSWERED';
  await connection.execute(
    `insert into strategy (id, created_at, updated_at, session_id, title, description, status, submitted_at)
     values (?, now(), now(), ?, 'Plan', '', ?, ${status === 'DRAFT' ? 'null' : 'now()'})`,
    [id, sessionId, status],
  );
  if (status === 'ANSWERED') {
    await connection.execute(
      `insert into municipality_response (id, created_at, updated_at, strategy_id, decision, reason, responded_at)
       values (?, now(), now(), ?, ?, 'Omdat het kan.', now())`,
      [newId(), id, state],
    );
  }
}
