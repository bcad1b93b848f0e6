import {
  onSessionAndRecordOnly,
  participant,
  staff,
  type Condition,
  type FeaturePolicy,
  type Reach,
  type Subject,
} from '../../core/auth/rules.js';
import { isUuid } from '../../core/uuid.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { carriedIntoSession } from './board.js';

type Status = 'VISIBLE' | 'HIDDEN' | 'MERGED' | 'PENDING';
interface Contribution {
  status?: Status;
  author?: { id: string } | null;
  challenge?: { id: string };
}

const asContribution = (row: Subject['row']): Contribution => (row ?? {}) as Contribution;

// A participant's board holds, besides their session's own work, what was carried into that session; a participant
// signed in to a call between sessions sees the project's board (what is shown there) and what they sent themselves.
// In a session it looks at that session and the record only, so a live event is still resolved once for the room.
const onParticipantsBoard = (kind: 'theme' | 'challenge' | 'idea'): Condition =>
  onSessionAndRecordOnly(async ({ ctx, viewer, row }) => {
    if (viewer.kind !== 'participant' || !row) return false;
    const item = asContribution(row);
    if (viewer.sessionId) {
      if (item.status === 'HIDDEN' || item.status === 'PENDING') return false;
      const carried = await carriedIntoSession(ctx, viewer.sessionId);
      // A theme carried onto the board, or the theme a carried challenge sits under (shown with it).
      if (kind === 'theme') return carried.themes.has(row.id) || carried.themesOfChallenges.has(row.id);
      if (kind === 'challenge') return carried.challenges.has(row.id);
      return carried.ideas.has(row.id) || (!!item.challenge && carried.challenges.has(item.challenge.id));
    }
    if (kind === 'theme') return false;
    return item.status === 'VISIBLE' || item.author?.id === viewer.participantId;
  });

export const onParticipantsBoardOf = {
  theme: onParticipantsBoard('theme'),
  challenge: onParticipantsBoard('challenge'),
  idea: onParticipantsBoard('idea'),
};

// A challenge on the board of the participant's session: raised there, or carried into it from an earlier session of
// the project. What a participant answers with an idea or gives dots to.
const challengeOnOwnBoard: Reach = async (ctx, viewer, id) => {
  const challenge = isUuid(id) ? await ctx.loaders.byId(Challenge).load(id) : undefined;
  if (!challenge) return undefined;
  if (viewer.kind !== 'participant' || !viewer.sessionId) return false;
  return (
    challenge.session?.id === viewer.sessionId ||
    (await carriedIntoSession(ctx, viewer.sessionId)).challenges.has(challenge.id)
  );
};

// An idea on the board of the participant's session: made there, carried into it, or answering a challenge that is on
// it (a carried challenge brings its ideas).
const ideaOnOwnBoard: Reach = async (ctx, viewer, id) => {
  const idea = isUuid(id) ? await ctx.loaders.byId(Idea).load(id) : undefined;
  if (!idea) return undefined;
  if (viewer.kind !== 'participant' || !viewer.sessionId) return false;
  if (idea.session?.id === viewer.sessionId) return true;
  const carried = await carriedIntoSession(ctx, viewer.sessionId);
  if (carried.ideas.has(idea.id) || carried.challenges.has(idea.challenge.id)) return true;
  return (await challengeOnOwnBoard(ctx, viewer, idea.challenge.id)) === true;
};

export const trajectoryPolicy: FeaturePolicy = {
  operations: {
    projectTrajectory: [staff('read').on('Project', 'projectId')],
    // Planning a session includes choosing what it starts from.
    carryIntoSession: [
      staff('plan')
        .on('Session', 'input.sessionId')
        .on('Theme', 'input.themeIds')
        .on('Challenge', 'input.challengeIds')
        .on('Idea', 'input.ideaIds'),
    ],
    removeCarriedItem: [staff('plan').on('CarriedItem', 'input.carriedItemId')],
  },
  records: {
    CarriedItem: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from carried_item t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
  },
  targets: { ChallengeOnOwnBoard: challengeOnOwnBoard, IdeaOnOwnBoard: ideaOnOwnBoard },
};
