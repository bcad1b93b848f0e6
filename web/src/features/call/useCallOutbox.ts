import { useCallback } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../../gql';
import { newClientId } from '../../app/offline/clientId';
import type { QueuedMutation, Refusal } from '../../app/offline/queue';
import { registerOperations } from '../../app/offline/useMutationQueue';
import { useQueueScope, type QueueControls } from '../../app/offline/useQueueScope';

// The answer brings what "What you sent" shows of it (features/call/myContributions.ts), so that it joins that list as
// soon as the server has it; `id` beside the fragment, for addToMine.
export const contributeChallengeMutation = graphql(`
  mutation ContributeChallenge($input: ContributeChallengeInput!) {
    contributeChallenge(input: $input) {
      clientMutationId
      challenge {
        id
        ...MyContributions_challenge
      }
    }
  }
`);

export const contributeIdeaMutation = graphql(`
  mutation ContributeIdea($input: ContributeIdeaInput!) {
    contributeIdea(input: $input) {
      clientMutationId
      idea {
        id
        ...MyContributions_idea
      }
    }
  }
`);

// A contribution the server took joins the call's "What you sent" (myContributions, oldest first), once.
function addToMine(list: 'challenges' | 'ideas') {
  return (cache: ApolloCache, data: unknown, variables: QueuedMutation['variables']): void => {
    const payload = (data as Record<string, { challenge?: { id: string }; idea?: { id: string } } | undefined>)[
      list === 'challenges' ? 'contributeChallenge' : 'contributeIdea'
    ];
    const record = list === 'challenges' ? payload?.challenge : payload?.idea;
    const callId = variables.input['callId'];
    const id = typeof callId === 'string' && cache.identify({ __typename: 'ProjectCall', id: callId });
    if (!record || !id) return;
    cache.modify<Record<string, unknown>>({
      id,
      fields: {
        myContributions(existing, { toReference, readField }) {
          const mine = existing as Record<'challenges' | 'ideas', readonly Reference[]> | undefined;
          if (!mine) return existing;
          const ref = toReference({ __typename: list === 'challenges' ? 'Challenge' : 'Idea', id: record.id });
          if (!ref || mine[list].some((item) => readField('id', item) === record.id)) return existing;
          return { ...mine, [list]: [...mine[list], ref] };
        },
      },
    });
  };
}

// Between sessions, a participant's phone sends its challenges and ideas through the device's one queue
// (app/offline), as it does in a live session: kept on the phone until the server has them.
const PREFIX = 'call.';
registerOperations(
  PREFIX,
  { contributeChallenge: contributeChallengeMutation, contributeIdea: contributeIdeaMutation },
  { contributeChallenge: addToMine('challenges'), contributeIdea: addToMine('ideas') },
);

// A challenge or an idea on its way to the call, as the call page shows it while it waits or after a refusal.
export interface CallOutboxItem {
  kind: 'challenge' | 'idea';
  clientMutationId: string;
  refusal?: Refusal;
  input: { id: string; callId: string; challengeId?: string; text: string; language: string };
}

function itemOf(entry: QueuedMutation): CallOutboxItem {
  const { clientMutationId: _, ...input } = entry.variables.input;
  return {
    kind: entry.operation === `${PREFIX}contributeIdea` ? 'idea' : 'challenge',
    clientMutationId: entry.id,
    input: input as CallOutboxItem['input'],
    ...(entry.refusal ? { refusal: entry.refusal } : {}),
  };
}

export interface CallOutbox extends QueueControls {
  items: CallOutboxItem[];
  addChallenge: (text: string, language: string) => void;
  addIdea: (challengeId: string, text: string, language: string) => void;
}

// What this phone sent to a call and the server has not taken yet, or refused. `onDone` hears of each one taken.
export function useCallOutbox(callId: string, onDone: (item: CallOutboxItem) => void): CallOutbox {
  const queue = useQueueScope(PREFIX, callId, (entry) => onDone(itemOf(entry)));
  const { enqueue } = queue;
  const addChallenge = useCallback(
    (text: string, language: string) =>
      void enqueue('contributeChallenge', { input: { id: newClientId(), callId, text, language } }),
    [enqueue, callId],
  );
  const addIdea = useCallback(
    (challengeId: string, text: string, language: string) =>
      void enqueue('contributeIdea', { input: { id: newClientId(), callId, challengeId, text, language } }),
    [enqueue, callId],
  );
  return {
    items: queue.entries.map(itemOf),
    waiting: queue.waiting,
    slowedDown: queue.slowedDown,
    remove: queue.remove,
    retryNow: queue.retryNow,
    addChallenge,
    addIdea,
  };
}
