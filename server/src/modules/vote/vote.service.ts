import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { NO_PACE, type Pace } from '../../core/auth/rate-limit.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { getChallenge, getCheckedInParticipant, getLiveSession } from '../challenge/challenge.service.js';
import { Idea } from '../idea/idea.entity.js';
import { getIdea } from '../idea/idea.service.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishCreated, publishSessionEvent } from '../live/live.service.js';
import type { Participant } from '../participant/participant.entity.js';
import type { Session } from '../session/session.entity.js';
import { challengeOnBoard, ideaOnBoard } from '../trajectory/board.js';
import { RoundStatus, Vote, VoteSource, VoteTarget, VotingRound } from './vote.entity.js';
import { CHALLENGE_DOTS_SQL } from './vote.sql.js';
import type {
  CastVoteInput,
  CloseVotingRoundInput,
  OpenVotingRoundInput,
  RecordPaperVotesInput,
  WithdrawVoteInput,
} from './vote.input.js';

export function getVotingRound(em: EntityManager, id: string): Promise<VotingRound> {
  return getById(em, VotingRound, id, 'votingRound');
}

export function getVote(em: EntityManager, id: string): Promise<Vote> {
  return getById(em, Vote, id, 'vote');
}

// Transaction-scoped lock on a name: concurrent requests for the same name run one after the other.
async function lock(tx: EntityManager, name: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [name]);
}

const closedRound = (round: VotingRound): DomainError =>
  new DomainError(ErrorCode.VOTING_ROUND_CLOSED, msg('common:vote.roundClosed', { title: round.title }), {
    roundId: round.id,
  });

// Votes change only while their round is open and its session is live.
async function getOpenRound(tx: EntityManager, roundId: string): Promise<{ round: VotingRound; session: Session }> {
  // The round with its session in one statement (a phone sends its dots one at a time); `getLiveSession` then finds
  // the session read.
  const round = await getById(tx, VotingRound, roundId, 'votingRound', ['session']);
  if (round.status !== RoundStatus.OPEN) throw closedRound(round);
  return { round, session: await getLiveSession(tx, round.session.id) };
}

interface TargetInput {
  challengeId?: string | null;
  ideaId?: string | null;
}

// The one visible challenge or idea of the round's session that a vote goes to.
async function getVoteTarget(
  tx: EntityManager,
  round: VotingRound,
  session: Session,
  input: TargetInput,
): Promise<{ challenge: Challenge | null; idea: Idea | null }> {
  if (input.challengeId && input.ideaId) throw badInput(msg('common:vote.oneTarget'), 'ideaId');
  if (round.target === VoteTarget.CHALLENGES) {
    if (!input.challengeId) throw badInput(msg('common:vote.nameChallenge'), 'challengeId');
    const challenge = await getChallenge(tx, input.challengeId);
    if (!(await challengeOnBoard(tx, session.id, challenge)))
      throw badInput(msg('common:vote.challengeNotInSession'), 'challengeId');
    if (challenge.status !== ContributionStatus.VISIBLE) {
      throw badInput(msg('common:vote.challengeNotOnBoard'), 'challengeId');
    }
    return { challenge, idea: null };
  }
  if (!input.ideaId) throw badInput(msg('common:vote.nameIdea'), 'ideaId');
  const idea = await getIdea(tx, input.ideaId);
  const challenge = await getChallenge(tx, idea.challenge.id);
  if (!(await ideaOnBoard(tx, session.id, idea, challenge)))
    throw badInput(msg('common:vote.ideaNotInSession'), 'ideaId');
  if (idea.status !== ContributionStatus.VISIBLE || challenge.status !== ContributionStatus.VISIBLE) {
    throw badInput(msg('common:vote.ideaNotOnBoard'), 'ideaId');
  }
  return { challenge: null, idea };
}

export function openVotingRound(em: EntityManager, input: OpenVotingRoundInput): Promise<VotingRound> {
  return runMutation(
    em,
    input,
    'openVotingRound',
    async (tx) => {
      const session = await getLiveSession(tx, input.sessionId);
      const round = await createOnce(tx, VotingRound, input.id, async (id) => {
        await lock(tx, `voting-round:${session.id}`);
        const open = await tx.findOne(VotingRound, { session, status: RoundStatus.OPEN });
        if (open) throw conflict(msg('errors:vote.roundStillOpen', { title: open.title }));
        return tx.create(VotingRound, {
          id,
          session,
          title: input.title.trim(),
          target: input.target,
          dotsPerParticipant: input.dotsPerParticipant,
        });
      });
      await publishCreated(tx, round, session.id, SessionEventType.VOTING_ROUND_OPENED, {
        roundId: round.id,
        status: round.status,
      });
      return round;
    },
    getVotingRound,
  );
}

export function closeVotingRound(em: EntityManager, input: CloseVotingRoundInput): Promise<VotingRound> {
  return runMutation(
    em,
    input,
    'closeVotingRound',
    async (tx) => {
      const round = await getVotingRound(tx, input.roundId);
      if (round.status !== RoundStatus.OPEN) throw closedRound(round);
      round.status = RoundStatus.CLOSED;
      await publishSessionEvent(tx, round.session.id, SessionEventType.VOTING_ROUND_CLOSED, {
        roundId: round.id,
        status: round.status,
      });
      return round;
    },
    getVotingRound,
  );
}

async function dotsUsed(tx: EntityManager, roundId: string, participantId: string): Promise<number> {
  const [row] = await tx.execute<{ used: number }[]>(
    'select coalesce(sum(dots), 0)::int as used from vote where round_id = ? and participant_id = ?',
    [roundId, participantId],
  );
  return row?.used ?? 0;
}

function assertBudget(round: VotingRound, participant: Participant, used: number, dots: number): void {
  const left = round.dotsPerParticipant - used;
  if (dots <= left) return;
  const total = round.dotsPerParticipant;
  const message =
    left === 0
      ? msg('common:vote.noDotsLeft', { pseudonym: participant.pseudonym, total })
      : msg('common:vote.dotsLeft', { pseudonym: participant.pseudonym, left, total, dots });
  throw new DomainError(ErrorCode.DOT_BUDGET_EXCEEDED, message, {
    dotsLeft: left,
    dotsPerParticipant: round.dotsPerParticipant,
  });
}

// `spent` hears how many dots of the round the participant has used with this vote, as the budget check counted them
// under its lock (the answer shows it without counting again); not called when the vote was cast before.
export function castVote(
  em: EntityManager,
  input: CastVoteInput,
  pace: Pace = NO_PACE,
  spent?: (roundId: string, participantId: string, dots: number) => void,
): Promise<Vote> {
  return runMutation(
    em,
    input,
    'castVote',
    async (tx) => {
      const { round, session } = await getOpenRound(tx, input.roundId);
      await pace.vote(session.id);
      const target = await getVoteTarget(tx, round, session, input);
      if (input.dots > round.dotsPerParticipant) {
        throw badInput(msg('common:vote.dotsPerVote', { total: round.dotsPerParticipant }), 'dots');
      }
      const participant = await getCheckedInParticipant(tx, session, input.participantId, 'participantId');
      const vote = await createOnce(tx, Vote, input.id, async (id) => {
        // Without the lock, two votes sent at once would both see the same dots left and overspend.
        await lock(tx, `vote:${round.id}:${participant.id}`);
        const used = await dotsUsed(tx, round.id, participant.id);
        assertBudget(round, participant, used, input.dots);
        spent?.(round.id, participant.id, used + input.dots);
        return tx.create(Vote, {
          id,
          round,
          participant,
          ...target,
          dots: input.dots,
          source: VoteSource.DIGITAL,
          phase: session.currentPhaseId,
        });
      });
      await publishCreated(tx, vote, session.id, SessionEventType.VOTE_CAST, {
        voteId: vote.id,
        roundId: round.id,
        challengeId: target.challenge?.id ?? null,
        ideaId: target.idea?.id ?? null,
        dots: vote.dots,
      });
      return vote;
    },
    getVote,
  );
}

export function withdrawVote(em: EntityManager, input: WithdrawVoteInput): Promise<VotingRound> {
  return runMutation(
    em,
    input,
    'withdrawVote',
    async (tx) => {
      const vote = await getVote(tx, input.voteId);
      const { round } = await getOpenRound(tx, vote.round.id);
      tx.remove(vote);
      await publishSessionEvent(tx, round.session.id, SessionEventType.VOTE_WITHDRAWN, {
        voteId: vote.id,
        roundId: round.id,
        challengeId: vote.challenge?.id ?? null,
        ideaId: vote.idea?.id ?? null,
        dots: vote.dots,
      });
      return round;
    },
    getVotingRound,
  );
}

// Paper dots have no voter and no personal budget: the facilitator enters what was counted.
export function recordPaperVotes(em: EntityManager, input: RecordPaperVotesInput): Promise<Vote> {
  return runMutation(
    em,
    input,
    'recordPaperVotes',
    async (tx) => {
      const { round, session } = await getOpenRound(tx, input.roundId);
      const target = await getVoteTarget(tx, round, session, input);
      const vote = await createOnce(tx, Vote, input.id, (id) =>
        tx.create(Vote, {
          id,
          round,
          participant: null,
          ...target,
          dots: input.dots,
          source: VoteSource.PAPER,
          phase: session.currentPhaseId,
          background: input.background ?? null,
        }),
      );
      await publishCreated(tx, vote, session.id, SessionEventType.PAPER_VOTES_RECORDED, {
        voteId: vote.id,
        roundId: round.id,
        challengeId: target.challenge?.id ?? null,
        ideaId: target.idea?.id ?? null,
        dots: vote.dots,
      });
      return vote;
    },
    getVote,
  );
}

const uuids = (keys: readonly string[]): string[] => [...new Set(keys.filter(isUuid))];

async function sums(em: EntityManager, keys: readonly string[], sql: string): Promise<number[]> {
  const ids = uuids(keys);
  const rows = ids.length ? await em.execute<{ id: string; dots: number }[]>(sql, [ids]) : [];
  const byId = new Map(rows.map((row) => [row.id, row.dots]));
  return keys.map((key) => byId.get(key) ?? 0);
}

// Dots given to each challenge, plus those given to the challenges merged into it; one statement per batch.
export function challengeDotCounts(em: EntityManager, challengeIds: readonly string[]): Promise<number[]> {
  return sums(em, challengeIds, `select t.id, ${CHALLENGE_DOTS_SQL} as dots from challenge t where t.id in (?)`);
}

// Dots given to the visible challenges of each theme (with what was merged into them).
export function themeDotCounts(em: EntityManager, themeIds: readonly string[]): Promise<number[]> {
  return sums(
    em,
    themeIds,
    `select t.theme_id as id, sum(${CHALLENGE_DOTS_SQL})::int as dots
       from challenge t
      where t.theme_id in (?) and t.status = '${ContributionStatus.VISIBLE}'
      group by t.theme_id`,
  );
}

export function ideaDotCounts(em: EntityManager, ideaIds: readonly string[]): Promise<number[]> {
  return sums(
    em,
    ideaIds,
    'select v.idea_id as id, sum(v.dots)::int as dots from vote v where v.idea_id in (?) group by v.idea_id',
  );
}

// The key of a participant's dots in a round, as `dotsUsedInRounds` reads it back.
export const dotsUsedKey = (roundId: string, participantId: string): string => `${roundId}:${participantId}`;

// Keys are `dotsUsedKey`s; answers how many dots each participant gave in each round.
export async function dotsUsedInRounds(em: EntityManager, keys: readonly string[]): Promise<number[]> {
  const pairs = keys.map((key) => key.split(':') as [string, string]);
  const roundIds = uuids(pairs.map(([roundId]) => roundId));
  const participantIds = uuids(pairs.map(([, participantId]) => participantId));
  const rows =
    roundIds.length && participantIds.length
      ? await em.execute<{ round_id: string; participant_id: string; dots: number }[]>(
          `select round_id, participant_id, sum(dots)::int as dots from vote
            where round_id in (?) and participant_id in (?)
            group by round_id, participant_id`,
          [roundIds, participantIds],
        )
      : [];
  const used = new Map(rows.map((row) => [dotsUsedKey(row.round_id, row.participant_id), row.dots]));
  return keys.map((key) => used.get(key) ?? 0);
}

export interface Tally {
  challengeId: string | null;
  ideaId: string | null;
  dots: number;
}

// What each round counted so far, per visible challenge or idea, most dots first (then the oldest first): the bars
// on the projector and the results of a closed round. Dots given to a challenge later merged count for the one kept.
export async function roundTallies(em: EntityManager, roundIds: readonly string[]): Promise<Tally[][]> {
  const ids = uuids(roundIds);
  const rows = ids.length
    ? await em.execute<{ round_id: string; challenge_id: string | null; idea_id: string | null; dots: number }[]>(
        `select v.round_id, kept.id as challenge_id, null::uuid as idea_id, sum(v.dots)::int as dots, min(kept.created_at) as at
           from vote v
           join challenge voted on voted.id = v.challenge_id
           join challenge kept on kept.id = coalesce(voted.merged_into_id, voted.id)
          where v.round_id in (?) and kept.status = '${ContributionStatus.VISIBLE}'
          group by v.round_id, kept.id
         union all
         select v.round_id, null, i.id, sum(v.dots)::int, min(i.created_at)
           from vote v
           join idea i on i.id = v.idea_id
          where v.round_id in (?) and i.status = '${ContributionStatus.VISIBLE}'
          group by v.round_id, i.id
         order by dots desc, at asc`,
        [ids, ids],
      )
    : [];
  return roundIds.map((roundId) =>
    rows
      .filter((row) => row.round_id === roundId && row.dots > 0)
      .map((row) => ({ challengeId: row.challenge_id, ideaId: row.idea_id, dots: row.dots })),
  );
}
