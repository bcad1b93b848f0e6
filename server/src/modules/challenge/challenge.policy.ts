import { onRecordOnly, participant, staff, type FeaturePolicy, type Subject } from '../../core/auth/rules.js';
import { onParticipantsBoardOf } from '../trajectory/trajectory.policy.js';
import { ContributionStatus } from './challenge.entity.js';

// What a facilitator hid is not shown to participants: a question about the record alone, the same for all of them.
export const notHidden = onRecordOnly(
  ({ row }: Subject): boolean =>
    (row as { status?: ContributionStatus } | undefined)?.status !== ContributionStatus.HIDDEN,
);

export const challengePolicy: FeaturePolicy = {
  operations: {
    challenge: [staff('read').on('Challenge', 'id'), participant().on('Challenge', 'id')],
    // A participant raises a challenge in their own session, as themselves.
    createChallenge: [
      staff('record').on('Session', 'input.sessionId').on('Participant', 'input.authorId').on('Theme', 'input.themeId'),
      participant().on('Session', 'input.sessionId').on('Theme', 'input.themeId').self('input.authorId'),
    ],
    updateChallenge: [staff('record').on('Challenge', 'input.challengeId')],
    // Those who run the workshop, and the project's translators.
    setChallengeTranslation: [staff('record', 'translate').on('Challenge', 'input.challengeId')],
    setChallengeStatus: [staff('record').on('Challenge', 'input.challengeId')],
    mergeChallenges: [staff('record').on('Challenge', 'input.sourceIds').on('Challenge', 'input.targetId')],
    assignChallengeTheme: [staff('record').on('Challenge', 'input.challengeId').on('Theme', 'input.themeId')],
  },
  records: {
    Challenge: {
      place: {
        sql: 'select id, project_id, session_id from challenge where id in (%)',
        parent: { field: 'session', type: 'Session' },
        own: { project: 'project', session: 'session' },
      },
      // A participant reads their session's challenges, and those carried onto their board (or, signed in to a call,
      // the project's board).
      read: [
        staff('read'),
        participant().when(notHidden),
        participant('project').when(onParticipantsBoardOf.challenge),
      ],
    },
  },
};
