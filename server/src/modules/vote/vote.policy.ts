import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

export const votePolicy: FeaturePolicy = {
  operations: {
    votingRound: [staff('read').on('VotingRound', 'id'), participant().on('VotingRound', 'id')],
    openVotingRound: [staff('record').on('Session', 'input.sessionId')],
    closeVotingRound: [staff('record').on('VotingRound', 'input.roundId')],
    // A participant votes in a round of their own session, as themselves, on what is on its board (carried work too).
    castVote: [
      staff('record')
        .on('VotingRound', 'input.roundId')
        .on('Participant', 'input.participantId')
        .on('Challenge', 'input.challengeId')
        .on('Idea', 'input.ideaId'),
      participant()
        .on('VotingRound', 'input.roundId')
        .on('ChallengeOnOwnBoard', 'input.challengeId')
        .on('IdeaOnOwnBoard', 'input.ideaId')
        .self('input.participantId'),
    ],
    withdrawVote: [staff('record').on('Vote', 'input.voteId')],
    recordPaperVotes: [
      staff('record')
        .on('VotingRound', 'input.roundId')
        .on('Challenge', 'input.challengeId')
        .on('Idea', 'input.ideaId'),
    ],
  },
  records: {
    VotingRound: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from voting_round t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
        // A round stays in its session and is never deleted (a closed one holds the session's results).
        fixed: true,
      },
      read: [staff('read'), participant()],
      fields: {
        // How many dots someone used is theirs to know, and the facilitator's.
        dotsUsedBy: {
          read: [
            staff('read'),
            participant().when(
              ({ viewer, args }) => viewer.kind === 'participant' && args.participantId === viewer.participantId,
            ),
          ],
        },
      },
    },
    Vote: {
      place: {
        sql: `select v.id, s.project_id, s.id as session_id from vote v join voting_round r on r.id = v.round_id
              join session s on s.id = r.session_id where v.id in (%)`,
        parent: { field: 'round', type: 'VotingRound' },
      },
      read: [staff('read'), participant()],
      fields: {
        // Who voted for what is the voter's business: facilitators see it, other participants do not.
        participant: {
          read: [
            staff('personal'),
            participant().when(
              ({ viewer, row }) =>
                viewer.kind === 'participant' &&
                (row as { participant?: { id: string } | null } | undefined)?.participant?.id === viewer.participantId,
            ),
          ],
        },
      },
    },
  },
};
