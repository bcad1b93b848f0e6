import { describe, expect, it } from 'vitest';
import type { QueuedMutation } from '../../../app/offline/queue';
import { projectBoard, type ServerBoard } from './board';

const SESSION = 's-2';

// One challenge of this session with three ideas as the cockpit reads them (hidden ones too): one visible, one a
// facilitator hid, and one carried with its challenge from the first session.
const server: ServerBoard = {
  themes: [],
  challenges: [
    {
      id: 'c-1',
      origin: { sessionId: SESSION, sessionTitle: 'Second', betweenSessions: false },
      text: 'The park is dark at night.',
      language: 'en',
      status: 'VISIBLE',
      dotCount: 0,
      theme: null,
      author: null,
      ideas: [
        { id: 'i-old', origin: { sessionId: 's-1', betweenSessions: false }, status: 'VISIBLE', text: 'Lamps' },
        { id: 'i-1', origin: { sessionId: SESSION, betweenSessions: false }, status: 'VISIBLE', text: 'Walks' },
        { id: 'i-2', origin: { sessionId: SESSION, betweenSessions: false }, status: 'HIDDEN', text: 'Off topic' },
      ].map((idea) => ({
        ...idea,
        status: idea.status as 'VISIBLE' | 'HIDDEN',
        language: 'en',
        dotCount: 0,
        author: null,
      })),
    },
  ],
};

// A change of an idea's status waiting in this device's queue, as the ideas panel enqueues it.
const waiting = (ideaId: string, status: 'VISIBLE' | 'HIDDEN'): QueuedMutation => ({
  id: `m-${ideaId}`,
  operation: 'workshop.setIdeaStatus',
  variables: { input: { clientMutationId: `m-${ideaId}`, ideaId, status } },
  queuedAt: 0,
});

const ideasOf = (entries: readonly QueuedMutation[]) => {
  const [note] = projectBoard(server, entries, SESSION, new Map()).notes;
  return {
    shown: note?.ideas.map((idea) => [idea.id, idea.pending]),
    hidden: note?.hiddenIdeas.map((idea) => [idea.id, idea.pending]),
    carried: note?.ideas.filter((idea) => idea.carried).map((idea) => idea.id),
  };
};

describe('the hidden ideas of the facilitator’s board', () => {
  it('should keep the ideas a facilitator hid apart from those on the board, and mark an earlier session’s', () => {
    expect(ideasOf([])).toEqual({
      shown: [
        ['i-old', false],
        ['i-1', false],
      ],
      hidden: [['i-2', false]],
      carried: ['i-old'],
    });
  });

  it('should move an idea to the other list while hiding or showing it waits in the queue', () => {
    expect(ideasOf([waiting('i-1', 'HIDDEN'), waiting('i-2', 'VISIBLE')])).toEqual({
      shown: [
        ['i-old', false],
        ['i-2', true],
      ],
      hidden: [['i-1', true]],
      carried: ['i-old'],
    });
  });
});
