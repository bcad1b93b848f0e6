import { useCallback } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../../gql';
import type { QuestionnaireWave } from '../../gql/graphql';
import { placeChallenge } from '../../app/live/boardCache';
import { newClientId } from '../../app/offline/clientId';
import type { QueuedMutation, Refusal } from '../../app/offline/queue';
import { registerOperations } from '../../app/offline/useMutationQueue';
import { useQueueScope, type QueueControls } from '../../app/offline/useQueueScope';

export const createChallengeMutation = graphql(`
  mutation ParticipantCreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      clientMutationId
      challenge {
        id
        status
        createdAt
        theme {
          id
        }
        session {
          id
        }
        ...BoardChallenge_challenge
      }
    }
  }
`);

// The idea comes back with the list it belongs to, so that the board shows it as soon as the server has it.
export const createIdeaMutation = graphql(`
  mutation ParticipantCreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      clientMutationId
      idea {
        id
        challenge {
          id
          ...BoardChallenge_challenge
        }
      }
    }
  }
`);

// The payload brings back the new totals, so the counters move as soon as the server agrees.
export const castVoteMutation = graphql(`
  mutation ParticipantCastVote($input: CastVoteInput!, $participantId: ID!) {
    castVote(input: $input) {
      clientMutationId
      vote {
        id
        dots
        round {
          id
          dotsUsedBy(participantId: $participantId)
        }
        challenge {
          id
          dotCount
        }
        idea {
          id
          dotCount
        }
      }
    }
  }
`);

// One tap on a questionnaire: the item's answer, "don't know", or neither (the answer taken back). The payload
// brings every answer of the participant to that questionnaire now.
export const answerQuestionnaireMutation = graphql(`
  mutation ParticipantAnswerQuestionnaire($input: AnswerQuestionnaireInput!) {
    answerQuestionnaire(input: $input) {
      clientMutationId
      answers {
        id
        itemCode
        value
      }
    }
  }
`);

// The answers the server now has become the questionnaire's own on this phone (PhoneQuestionnaire reads
// `myAnswers`), so that a tap stays shown once it leaves the queue.
function keepAnswers(cache: ApolloCache, data: unknown, variables: { input: Record<string, unknown> }): void {
  const answers = (data as { answerQuestionnaire?: { answers?: { id: string }[] } }).answerQuestionnaire?.answers;
  const { sessionId, wave } = variables.input as { sessionId?: string; wave?: string };
  if (!answers || !sessionId || !wave) return;
  const questionnaires: Reference[] = [];
  cache.modify<Record<string, unknown>>({
    id: 'ROOT_QUERY',
    fields: {
      questionnaire(existing, { storeFieldName, readField }) {
        const ref = existing as Reference | undefined;
        if (ref && storeFieldName.includes(JSON.stringify(sessionId)) && readField('wave', ref) === wave)
          questionnaires.push(ref);
        return existing;
      },
    },
  });
  for (const questionnaire of questionnaires) {
    cache.modify<Record<string, unknown>>({
      id: cache.identify(questionnaire),
      fields: {
        myAnswers: (_existing, { toReference }) =>
          answers.map((answer) => toReference({ __typename: 'QuestionnaireAnswer', id: answer.id })),
      },
    });
  }
}

const PREFIX = 'participant.';
const operations = registerOperations(
  PREFIX,
  {
    createChallenge: createChallengeMutation,
    createIdea: createIdeaMutation,
    castVote: castVoteMutation,
    answerQuestionnaire: answerQuestionnaireMutation,
  },
  {
    // A new challenge joins the board's lists as the live event would put it there.
    createChallenge: (cache: ApolloCache, data) => {
      const challenge = (
        data as { createChallenge?: { challenge?: { id: string; status: string; session: { id: string } } } }
      ).createChallenge?.challenge;
      if (challenge?.session) placeChallenge(cache, challenge.session.id, challenge.id, challenge.status);
    },
    answerQuestionnaire: keepAnswers,
  },
);

interface ChallengeInput {
  id: string;
  sessionId: string;
  authorId: string;
  text: string;
  language: string;
}

interface IdeaInput {
  id: string;
  challengeId: string;
  authorId: string;
  text: string;
  language: string;
}

interface VoteInput {
  id: string;
  roundId: string;
  participantId: string;
  challengeId?: string;
  ideaId?: string;
  dots: number;
}

interface AnswerInput {
  participantId: string;
  sessionId: string;
  wave: QuestionnaireWave;
  answers: { itemCode: string; value?: number; dontKnow?: boolean }[];
}

export type OutboxEntry =
  | { kind: 'challenge'; input: ChallengeInput }
  | { kind: 'idea'; input: IdeaInput }
  | { kind: 'vote'; input: VoteInput }
  | { kind: 'answer'; input: AnswerInput };

// An entry of the device's queue as the phone shows it. It keeps the clientMutationId it was first sent with:
// however often the phone sends it again, the server records it once.
export type OutboxItem = OutboxEntry & { clientMutationId: string; refusal?: Refusal };

// A challenge or an idea: something written, which can be shown, edited or removed while it waits.
export const isWritten = (item: OutboxItem): item is Extract<OutboxItem, { kind: 'challenge' | 'idea' }> =>
  item.kind === 'challenge' || item.kind === 'idea';

const KINDS = {
  challenge: 'createChallenge',
  idea: 'createIdea',
  vote: 'castVote',
  answer: 'answerQuestionnaire',
} as const satisfies Record<OutboxEntry['kind'], keyof typeof operations>;

function itemOf(entry: QueuedMutation): OutboxItem | undefined {
  const kind = (Object.keys(KINDS) as OutboxEntry['kind'][]).find((k) => PREFIX + KINDS[k] === entry.operation);
  if (!kind) return undefined;
  const { clientMutationId: _, ...input } = entry.variables.input;
  return {
    kind,
    input,
    clientMutationId: entry.id,
    ...(entry.refusal ? { refusal: entry.refusal } : {}),
  } as unknown as OutboxItem;
}

export interface Outbox extends QueueControls {
  items: OutboxItem[];
  add(entry: OutboxEntry): OutboxItem;
}

// What this phone sent in a session and the server has not confirmed yet, or refused: the device's one queue
// (app/offline), seen from the participant's screens. `onDone` hears of each item the server took.
export function useOutbox(sessionId: string, onDone: (item: OutboxItem) => void): Outbox {
  const queue = useQueueScope(PREFIX, sessionId, (entry) => {
    const item = itemOf(entry);
    if (item) onDone(item);
  });
  const items = queue.entries.map(itemOf).filter((item): item is OutboxItem => !!item);
  const { enqueue } = queue;
  const add = useCallback(
    (entry: OutboxEntry): OutboxItem => {
      const variables =
        entry.kind === 'vote'
          ? { input: { ...entry.input }, participantId: entry.input.participantId }
          : { input: { ...entry.input } };
      const clientMutationId = enqueue(KINDS[entry.kind], variables);
      return { ...entry, clientMutationId };
    },
    [enqueue],
  );
  return {
    items,
    waiting: queue.waiting,
    slowedDown: queue.slowedDown,
    add,
    remove: queue.remove,
    retryNow: queue.retryNow,
  };
}

export { newClientId };
