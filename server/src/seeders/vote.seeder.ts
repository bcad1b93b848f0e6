import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ConsentMethod } from '../modules/participant/participant.entity.js';
import { RoundStatus, Vote, VoteSource, VoteTarget, VotingRound } from '../modules/vote/vote.entity.js';
import { demoCalendar, minutesAfter, type DemoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoIdeaId, demoIdeas, demoIdeaSession } from './idea.seeder.js';
import { demoParticipants } from './participant.seeder.js';
import { createMissing, seededRandom } from './seed-support.js';
import { demoPhaseOfKind } from './session.seeder.js';
import { PhaseKind } from '../modules/session/session.entity.js';

export const demoVotingRound = {
  id: DEMO_IDS.votingRound,
  session: DEMO_IDS.sessions.past,
  title: 'Welke ideeën werken we uit tot een plan?',
  target: VoteTarget.IDEAS,
  dotsPerParticipant: 5,
  status: RoundStatus.CLOSED,
};

// How much each idea of the first session appealed to the room: lights and buses came out on top.
const appeal: Record<string, number> = {
  'path-lights': 9,
  'evening-walk': 4,
  'report-qr': 3,
  'library-evening': 5,
  'book-lockers': 2,
  'translate-forms': 6,
  'form-help-desk': 5,
  'welcome-desk': 3,
  'girls-football': 6,
  'swimming-hours': 4,
  'neighbourhood-room': 5,
  'shift-buses': 9,
  'shared-shuttle': 4,
  'shared-bikes': 2,
};

// Dots counted on the paper sheet of those who voted without a phone; each within the budget.
export const demoPaperVotes = [
  { idea: 'path-lights', dots: 5 },
  { idea: 'neighbourhood-room', dots: 4 },
  { idea: 'shift-buses', dots: 3 },
  { idea: 'form-help-desk', dots: 3 },
  { idea: 'girls-football', dots: 2 },
  { idea: 'translate-forms', dots: 2 },
] as const;

export interface DemoVote {
  participant: number | null;
  idea: string;
  dots: number;
  source: VoteSource;
}

// Everyone at the first session who consented on screen voted on a phone, each spreading up to the
// budget over the ideas, drawn from a seeded generator: the same votes on every run.
export function demoVotes(): DemoVote[] {
  const random = seededRandom(2026);
  const ideas = demoIdeas.filter((idea) => demoIdeaSession(idea) === 'past').map((idea) => idea.key);
  const total = ideas.reduce((sum, key) => sum + (appeal[key] ?? 1), 0);
  const pick = (): string => {
    let r = random() * total;
    for (const key of ideas) {
      r -= appeal[key] ?? 1;
      if (r < 0) return key;
    }
    return ideas[ideas.length - 1]!;
  };
  const voters = demoParticipants.filter(
    (p) => p.attended.includes('past') && p.consentMethod === ConsentMethod.ON_SCREEN,
  );
  const digital = voters.flatMap((voter) => {
    const used = demoVotingRound.dotsPerParticipant - Math.floor(random() * 3 * random());
    const dots = new Map<string, number>();
    for (let i = 0; i < used; i++) {
      const key = pick();
      dots.set(key, (dots.get(key) ?? 0) + 1);
    }
    return [...dots].map(([idea, count]) => ({
      participant: voter.n,
      idea,
      dots: count,
      source: VoteSource.DIGITAL,
    }));
  });
  const paper = demoPaperVotes.map((v) => ({
    participant: null,
    idea: v.idea,
    dots: v.dots,
    source: VoteSource.PAPER,
  }));
  return [...digital, ...paper];
}

export function demoVoteRows(calendar: DemoCalendar) {
  return demoVotes().map((vote, index) => {
    // Cast during the voting phase, 70 to 80 minutes in.
    const at = minutesAfter(calendar.pastSession, 70 + (index % 10));
    return {
      id: demoUuid('vote', index + 1),
      round: demoVotingRound.id,
      phase: demoPhaseOfKind('past', PhaseKind.VOTING),
      participant: vote.participant === null ? null : demoUuid('participant', vote.participant),
      idea: demoIdeaId(vote.idea),
      dots: vote.dots,
      source: vote.source,
      createdAt: at,
      updatedAt: at,
    };
  });
}

export class VoteSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    const opened = minutesAfter(calendar.pastSession, 69);
    await createMissing(em, VotingRound, [{ ...demoVotingRound, createdAt: opened, updatedAt: opened }]);
    await createMissing(em, Vote, demoVoteRows(calendar));
  }
}
