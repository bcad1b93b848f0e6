import { describe, expect, it } from 'vitest';
import type { QueuedMutation } from '../../../app/offline/queue';
import type { VotingPanel_RoundFragment } from '../../../gql/graphql';
import { countRounds } from './VotingPanel';

// A round of three dots per person on two ideas, as the server lists it.
const round = (votes: { id: string; idea: string; participant: string | null; source?: 'DIGITAL' | 'PAPER' }[]) =>
  ({
    __typename: 'VotingRound',
    id: 'r-1',
    title: 'Which ideas?',
    target: 'IDEAS',
    status: 'OPEN',
    dotsPerParticipant: 3,
    dotsByBackground: null,
    votes: {
      edges: votes.map((v) => ({
        node: {
          id: v.id,
          dots: 1,
          source: v.source ?? 'DIGITAL',
          participant: v.participant ? { id: v.participant } : null,
          challenge: null,
          idea: { id: v.idea },
        },
      })),
    },
  }) as unknown as VotingPanel_RoundFragment;

// A vote waiting in this device's queue, as the voting panel enqueues it.
const waiting = (id: string, idea: string, participantId: string): QueuedMutation => ({
  id: `m-${id}`,
  operation: 'workshop.castVote',
  variables: { input: { clientMutationId: `m-${id}`, id, roundId: 'r-1', participantId, dots: 1, ideaId: idea } },
  queuedAt: 0,
});

describe('counting the dots of a round', () => {
  it('should count a waiting vote once when its event has already brought it from the server', () => {
    // Chidi gave two dots: v-1 is saved, v-2 is on the server (its event came) but still waits for its own answer.
    const [counted] = countRounds(
      's-1',
      [
        round([
          { id: 'v-1', idea: 'i-1', participant: 'chidi' },
          { id: 'v-2', idea: 'i-2', participant: 'chidi' },
        ]),
      ],
      [waiting('v-2', 'i-2', 'chidi')],
    );
    expect(counted?.used.get('chidi')).toBe(2);
    expect(counted?.tallies.get('i-2')).toEqual({ digital: 1, paper: 0 });
  });

  it('should count a waiting vote the server does not list yet when the device is still sending it', () => {
    const [counted] = countRounds(
      's-1',
      [round([{ id: 'v-1', idea: 'i-1', participant: 'chidi' }])],
      [waiting('v-2', 'i-1', 'chidi'), waiting('v-3', 'i-2', 'chidi')],
    );
    expect(counted?.used.get('chidi')).toBe(3);
    expect(counted?.tallies.get('i-1')).toEqual({ digital: 2, paper: 0 });
  });
});
