import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';
import { notHidden } from '../challenge/challenge.policy.js';
import { onParticipantsBoardOf } from '../trajectory/trajectory.policy.js';

export const ideaPolicy: FeaturePolicy = {
  operations: {
    idea: [staff('read').on('Idea', 'id'), participant().on('Idea', 'id')],
    // A participant proposes an idea on a challenge of their own session, as themselves.
    createIdea: [
      staff('record')
        .on('Challenge', 'input.challengeId')
        .on('Session', 'input.sessionId')
        .on('Participant', 'input.authorId'),
      // In their own session, on a challenge raised there or carried onto its board.
      participant()
        .on('Session', 'input.sessionId')
        .on('ChallengeOnOwnBoard', 'input.challengeId')
        .self('input.authorId'),
    ],
    updateIdea: [staff('record').on('Idea', 'input.ideaId')],
    setIdeaTranslation: [staff('record', 'translate').on('Idea', 'input.ideaId')],
    setIdeaStatus: [staff('record').on('Idea', 'input.ideaId')],
  },
  records: {
    Idea: {
      place: {
        sql: 'select id, project_id, session_id from idea where id in (%)',
        parent: { field: 'session', type: 'Session' },
        own: { project: 'project', session: 'session' },
      },
      read: [staff('read'), participant().when(notHidden), participant('project').when(onParticipantsBoardOf.idea)],
    },
  },
};
