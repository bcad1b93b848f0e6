// A world for the disclosure attacks: projects, people with a background, sessions, check-ins,
// contributions and dots, written straight to the database (fast enough for property tests), with what
// an attacker knows about it kept beside: who was behind what, never anyone's group.
import { Challenge } from '../../modules/challenge/challenge.entity.js';
import { Idea } from '../../modules/idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../../modules/organisation/organisation.entity.js';
import { Attendance, Background, Participant } from '../../modules/participant/participant.entity.js';
import { Project } from '../../modules/project/project.entity.js';
import { Session, SessionStatus } from '../../modules/session/session.entity.js';
import { RoundStatus, Vote, VoteTarget, VotingRound } from '../../modules/vote/vote.entity.js';
import type { TestApp } from '../test-app.js';

export const GROUPS: readonly Background[] = [
  Background.THIRD_COUNTRY_NATIONAL,
  Background.HOST_COMMUNITY,
  Background.EU_CITIZEN,
  Background.PREFERS_NOT_TO_SAY,
];

// What the attacker knows of one session: who is behind each table and how much of it is theirs.
export interface SessionKnowledge {
  attendance: Map<string, number>;
  challenges: Map<string, number>;
  ideas: Map<string, number>;
  dots: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

let counter = 0;

export class WorldSession {
  readonly knows: SessionKnowledge = {
    attendance: new Map(),
    challenges: new Map(),
    ideas: new Map(),
    dots: new Map(),
  };
  private firstChallenge: string | null = null;
  private round: string | null = null;

  constructor(
    private readonly app: TestApp,
    readonly id: string,
  ) {}

  private em() {
    return this.app.orm.em.fork();
  }

  async checkIn(...participantIds: string[]): Promise<void> {
    const em = this.em();
    for (const id of participantIds) {
      em.create(Attendance, {
        session: em.getReference(Session, this.id),
        participant: em.getReference(Participant, id),
      });
      this.knows.attendance.set(id, 1);
    }
    await em.flush();
  }

  // A challenge on the board, by this participant (or by nobody known).
  async challenge(authorId: string | null): Promise<string> {
    const em = this.em();
    const challenge = em.create(Challenge, {
      session: em.getReference(Session, this.id),
      author: authorId ? em.getReference(Participant, authorId) : null,
      text: `Uitdaging ${++counter}`,
      language: 'nl',
    });
    await em.flush();
    this.firstChallenge ??= challenge.id;
    if (authorId) add(this.knows.challenges, authorId, 1);
    return challenge.id;
  }

  async idea(authorId: string | null): Promise<void> {
    const challengeId = this.firstChallenge ?? (await this.challenge(null));
    const em = this.em();
    em.create(Idea, {
      challenge: em.getReference(Challenge, challengeId),
      author: authorId ? em.getReference(Participant, authorId) : null,
      text: `Idee ${++counter}`,
      language: 'nl',
    });
    await em.flush();
    if (authorId) add(this.knows.ideas, authorId, 1);
  }

  async dots(voterId: string, dots: number): Promise<void> {
    const challengeId = this.firstChallenge ?? (await this.challenge(null));
    const em = this.em();
    if (!this.round) {
      const round = em.create(VotingRound, {
        session: em.getReference(Session, this.id),
        title: 'Stemronde',
        target: VoteTarget.CHALLENGES,
        dotsPerParticipant: 10,
        status: RoundStatus.OPEN,
      });
      await em.flush();
      this.round = round.id;
    }
    em.create(Vote, {
      round: em.getReference(VotingRound, this.round),
      participant: em.getReference(Participant, voterId),
      challenge: em.getReference(Challenge, challengeId),
      dots,
    });
    await em.flush();
    add(this.knows.dots, voterId, dots);
  }

  async setStatus(status: SessionStatus): Promise<void> {
    const em = this.em();
    await em.nativeUpdate(Session, { id: this.id }, { status, joinCode: null });
  }
}

export class WorldProject {
  readonly people: { id: string; group: Background }[] = [];

  constructor(
    private readonly app: TestApp,
    readonly id: string,
  ) {}

  async person(group: Background): Promise<string> {
    const em = this.app.orm.em.fork();
    const participant = em.create(Participant, {
      project: em.getReference(Project, this.id),
      pseudonym: `Deelnemer ${++counter}`,
      background: group,
      languages: ['nl'],
    });
    await em.flush();
    this.people.push({ id: participant.id, group });
    return participant.id;
  }

  async persons(groups: readonly Background[]): Promise<string[]> {
    const ids: string[] = [];
    for (const group of groups) ids.push(await this.person(group));
    return ids;
  }

  async session(
    status: SessionStatus = SessionStatus.LIVE,
    startsAt = new Date('2026-03-01T18:00:00Z'),
  ): Promise<WorldSession> {
    const em = this.app.orm.em.fork();
    const session = em.create(Session, {
      project: em.getReference(Project, this.id),
      title: `Sessie ${++counter}`,
      startsAt,
      location: 'Buurthuis',
      capacity: 200,
      status,
    });
    await em.flush();
    return new WorldSession(this.app, session.id);
  }
}

export async function newProject(app: TestApp, smallGroupThreshold = 5): Promise<WorldProject> {
  const em = app.orm.em.fork();
  const promoter = em.create(Organisation, { name: `Gemeente ${++counter}`, kind: OrganisationKind.MUNICIPALITY });
  const project = em.create(Project, {
    promoter,
    title: `Project ${counter}`,
    grantEuros: 150_000,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    ...(smallGroupThreshold === 5 ? {} : { smallGroupThreshold }),
  });
  await em.flush();
  return new WorldProject(app, project.id);
}
