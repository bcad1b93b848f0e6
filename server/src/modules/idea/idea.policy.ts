import { participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';
import { notHidden } from '../challenge/challenge.policy.js';

export const ideaPolicy: FeaturePolicy = {
  operations: {
    idea: [staff('read').on('Idea', 'id'), participant().on('Idea', 'id')],
    // A participant proposes an idea on a challenge of their own session, as themselves.
    createIdea: [
      staff('record').on('Challenge', 'input.challengeId').on('Participant', 'input.authorId'),
      participant().on('Challenge', 'input.challengeId').self('input.authorId'),
    ],
    updateIdea: [staff('record').on('Idea', 'input.ideaId')],
    setIdeaTranslation: [staff('record', 'translate').on('Idea', 'input.ideaId')],
    setIdeaStatus: [staff('record').on('Idea', 'input.ideaId')],
  },
  records: {
    Idea: {
      place: {
        sql: `select i.id, s.project_id, s.id as session_id from idea i join challenge c on c.id = i.challenge_id
              join session s on s.id = c.session_id where i.id in (%)`,
        parent: { field: 'challenge', type: 'Challenge' },
      },
      read: [staff('read'), participant().when(notHidden)],
    },
  },
};
