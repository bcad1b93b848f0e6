import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { QuestionnaireWave } from '../../gql/graphql';
import { newClientId } from './clientId';
import { refusalOf, type Refusal } from './participantErrors';
import { readStored, useStored, writeStored } from './storage';

export const createChallengeMutation = graphql(`
  mutation ParticipantCreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      clientMutationId
      challenge {
        id
        text
        language
        dotCount
      }
    }
  }
`);

export const createIdeaMutation = graphql(`
  mutation ParticipantCreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      clientMutationId
      idea {
        id
        text
        language
        dotCount
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

// One tap on a questionnaire: the item's answer, "don't know", or neither (the answer taken back).
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

interface AnswerInput {
  participantId: string;
  sessionId: string;
  wave: QuestionnaireWave;
  answers: { itemCode: string; value?: number; dontKnow?: boolean }[];
}

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

export type OutboxEntry =
  | { kind: 'challenge'; input: ChallengeInput }
  | { kind: 'idea'; input: IdeaInput }
  | { kind: 'vote'; input: VoteInput }
  | { kind: 'answer'; input: AnswerInput };

// Each entry keeps the clientMutationId it was first sent with: however often the phone sends it
// again, the server records it once.
export type OutboxItem = OutboxEntry & { clientMutationId: string; refusal?: Refusal };

// A challenge or an idea: something written, which can be shown, edited or removed while it waits.
export const isWritten = (item: OutboxItem): item is Extract<OutboxItem, { kind: 'challenge' | 'idea' }> =>
  item.kind === 'challenge' || item.kind === 'idea';

const NO_ITEMS: OutboxItem[] = [];
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

const outboxKey = (sessionId: string) => `outbox.${sessionId}`;

export interface Outbox {
  items: OutboxItem[];
  // True while the last try failed for want of a connection; it is tried again by itself.
  waiting: boolean;
  // True while the server asked to slow down (RATE_LIMITED); it is sent again by itself when it may.
  slowedDown: boolean;
  add(entry: OutboxEntry): OutboxItem;
  remove(clientMutationId: string): void;
  retryNow(): void;
}

// Contributions and votes on their way to the server, kept in localStorage until it confirms them,
// sent one after the other, and sent again (with the same ids) when the network comes back.
export function useOutbox(sessionId: string, onSent: (item: OutboxItem) => void): Outbox {
  const key = outboxKey(sessionId);
  const [items] = useStored<OutboxItem[]>(key, NO_ITEMS);
  const client = useApolloClient();
  const [waiting, setWaiting] = useState(false);
  const [slowedDown, setSlowedDown] = useState(false);
  // When to try next: now after a tap, a new entry or the network coming back; later after a failure.
  const [tryAt, setTryAt] = useState(0);
  const busy = useRef(false);
  const delay = useRef(RETRY_FIRST_MS);
  const sent = useRef(onSent);
  useEffect(() => {
    sent.current = onSent;
  });

  const tryNow = useCallback(() => {
    delay.current = RETRY_FIRST_MS;
    setTryAt(Date.now());
  }, []);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    const update = (change: (current: OutboxItem[]) => OutboxItem[]) =>
      writeStored(key, change(readStored(key, NO_ITEMS)));
    try {
      for (;;) {
        // Read afresh each time: another tab, or a tap while this one was sending, may have changed it.
        const next = readStored(key, NO_ITEMS).find((item) => !item.refusal);
        if (!next) return;
        try {
          await send(client, next);
        } catch (error) {
          const refusal = refusalOf(error);
          // Sent too fast is no refusal: it waits as long as the server says and goes out again.
          if (refusal?.code === 'RATE_LIMITED') {
            setSlowedDown(true);
            setTryAt(Date.now() + (refusal.retryAfterSeconds ?? 1) * 1000);
            return;
          }
          if (!refusal) {
            setWaiting(true);
            setTryAt(Date.now() + delay.current);
            delay.current = Math.min(delay.current * 2, RETRY_MAX_MS);
            return;
          }
          update((current) =>
            current.map((item) => (item.clientMutationId === next.clientMutationId ? { ...item, refusal } : item)),
          );
          continue;
        }
        setWaiting(false);
        setSlowedDown(false);
        delay.current = RETRY_FIRST_MS;
        update((current) => current.filter((item) => item.clientMutationId !== next.clientMutationId));
        sent.current(next);
      }
    } finally {
      busy.current = false;
    }
  }, [key, client]);

  const hasWork = items.some((item) => !item.refusal);
  useEffect(() => {
    const timer = setTimeout(
      () => {
        if (hasWork) void flush();
      },
      Math.max(0, tryAt - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [hasWork, tryAt, flush]);

  useEffect(() => {
    window.addEventListener('online', tryNow);
    return () => window.removeEventListener('online', tryNow);
  }, [tryNow]);

  return {
    items,
    waiting: waiting && hasWork,
    slowedDown: slowedDown && hasWork,
    add: (entry) => {
      const item = { ...entry, clientMutationId: newClientId() } as OutboxItem;
      writeStored(key, [...readStored(key, NO_ITEMS), item]);
      // Something new goes out at once, even while an older one waits for its next try.
      tryNow();
      return item;
    },
    remove: (clientMutationId) =>
      writeStored(
        key,
        readStored(key, NO_ITEMS).filter((item) => item.clientMutationId !== clientMutationId),
      ),
    retryNow: tryNow,
  };
}

async function send(client: ApolloClient, item: OutboxItem): Promise<void> {
  const { clientMutationId } = item;
  switch (item.kind) {
    case 'challenge':
      await client.mutate({
        mutation: createChallengeMutation,
        variables: { input: { ...item.input, clientMutationId } },
      });
      return;
    case 'idea':
      await client.mutate({ mutation: createIdeaMutation, variables: { input: { ...item.input, clientMutationId } } });
      return;
    case 'vote':
      await client.mutate({
        mutation: castVoteMutation,
        variables: { input: { ...item.input, clientMutationId }, participantId: item.input.participantId },
      });
      return;
    case 'answer':
      await client.mutate({
        mutation: answerQuestionnaireMutation,
        variables: { input: { ...item.input, clientMutationId } },
        refetchQueries: ['PhoneQuestionnaire'],
      });
      return;
  }
}
