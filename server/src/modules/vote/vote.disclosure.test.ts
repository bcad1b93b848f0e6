import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, type Observation } from '../../test-support/disclosure/attacker.js';
import { observeReport } from '../../test-support/disclosure/report-outputs.js';
import { GROUPS, newProject, type WorldSession } from '../../test-support/disclosure/world.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Background, Participant } from '../participant/participant.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { RoundStatus, Vote, VoteSource, VoteTarget, VotingRound } from './vote.entity.js';

// Dots by group per voting round (the cockpit, the projector, the report) against the attacks of issue 9:
// "all minus the shown groups" within a round, two rounds of one session one voter apart, and a round against
// the session's own report. Expected figures of the fixed cases are worked out by hand in the comments.

const K = 5;
const RUNS = Number(process.env.DISCLOSURE_RUNS ?? 8);
const { THIRD_COUNTRY_NATIONAL: T, HOST_COMMUNITY: H, EU_CITIZEN: E, PREFERS_NOT_TO_SAY: P } = Background;

const ROUND_FIGURES = /* GraphQL */ `
  query ($id: ID!) {
    votingRound(id: $id) {
      dotsByBackground {
        total
        withoutGroup
        byBackground {
          background
          count
          suppressed
          hiddenBecause
        }
      }
    }
  }
`;

interface Figures {
  total: number;
  withoutGroup: number;
  byBackground: { background: string; count: number | null; suppressed: boolean; hiddenBecause: string | null }[];
}

// A round of a world session, written straight to the database like the rest of the world.
class Round {
  readonly voters = new Map<string, number>();
  private constructor(
    private readonly app: TestApp,
    private readonly session: WorldSession,
    readonly id: string,
    private readonly challengeId: string,
  ) {}

  static async open(app: TestApp, session: WorldSession): Promise<Round> {
    const em = app.orm.em.fork();
    const where = await em.findOneOrFail(Session, session.id);
    const challenge = em.create(Challenge, {
      project: where.project,
      session: where,
      text: 'Het plein',
      language: 'nl',
    });
    const round = em.create(VotingRound, {
      session: em.getReference(Session, session.id),
      title: 'Wat eerst?',
      target: VoteTarget.CHALLENGES,
      dotsPerParticipant: 10,
    });
    await em.flush();
    return new Round(app, session, round.id, challenge.id);
  }

  async vote(voterId: string, dots: number): Promise<void> {
    const em = this.app.orm.em.fork();
    em.create(Vote, {
      round: this.id,
      participant: em.getReference(Participant, voterId),
      challenge: this.challengeId,
      dots,
    });
    await em.flush();
    this.voters.set(voterId, (this.voters.get(voterId) ?? 0) + dots);
    // The session report counts them too, over all its rounds.
    this.session.knows.dots.set(voterId, (this.session.knows.dots.get(voterId) ?? 0) + dots);
  }

  async paper(dots: number, background: Background | null): Promise<void> {
    const em = this.app.orm.em.fork();
    em.create(Vote, { round: this.id, challenge: this.challengeId, dots, source: VoteSource.PAPER, background });
    await em.flush();
  }

  async close(): Promise<void> {
    await this.app.orm.em.fork().nativeUpdate(VotingRound, { id: this.id }, { status: RoundStatus.CLOSED });
  }

  async figures(): Promise<Figures> {
    return (await this.app.ok<{ votingRound: { dotsByBackground: Figures } }>(ROUND_FIGURES, { id: this.id }))
      .votingRound.dotsByBackground;
  }

  // What an attacker reads from the round: the shown figures, and who voted how much (they saw it happen).
  async observe(source: string): Promise<Observation> {
    const figures = await this.figures();
    return {
      source,
      people: new Map(this.voters),
      shown: new Map(figures.byBackground.filter((f) => f.count !== null).map((f) => [f.background, f.count!])),
    };
  }
}

const shown = (figures: Figures) => figures.byBackground.map((f) => f.count);

function expectNothingWorkedOut(observations: Observation[]) {
  const findings = attack(observations, GROUPS, K);
  expect(
    findings.map((f) => `${f.count} of ${f.people.length} in ${f.groups.join('/')} via ${f.sources.join(', ')}`),
  ).toEqual([]);
}

describe('dots by group per voting round', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Without the indicators' background releaser: its sweep is not under test here and ran statements (and
    // releases) of its own in between.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
  });
  afterAll(() => app.close());

  it('should show the total and no group while the round is open, then the groups big enough once it closes', async () => {
    const project = await newProject(app);
    const session = await project.session(SessionStatus.LIVE);
    const round = await Round.open(app, session);
    const tcn = await project.persons(Array<Background>(6).fill(T));
    const hosts = await project.persons(Array<Background>(5).fill(H));
    const eu = await project.persons(Array<Background>(5).fill(E));
    for (const id of tcn) await round.vote(id, 3);
    for (const id of hosts) await round.vote(id, 3);
    for (const id of eu) await round.vote(id, 1);
    // A table of host-community residents counted 4 dots on paper; 2 more paper dots came from nobody knows.
    await round.paper(4, H);
    await round.paper(2, null);

    const open = await round.figures();
    // 6×3 + 5×3 + 5×1 + 4 + 2 = 44 dots, every group "after closing".
    expect(open.total).toBe(44);
    expect(open.withoutGroup).toBe(2);
    expect(open.byBackground.map((f) => f.hiddenBecause)).toEqual(['NOT_FINAL', 'NOT_FINAL', 'NOT_FINAL', 'NOT_FINAL']);

    await round.close();
    const closed = await round.figures();
    // People behind each group: T 6 (18 dots), H 5 voters + the paper table as one person = 6 (15 + 4 = 19 dots),
    // E 5 (5 dots), P nobody. P is hidden (an empty cell), holding 0 people: fewer than 5 hidden, so the shown cell
    // with the fewest people is hidden too: E (5 people, 5 dots). T and H stay.
    expect(closed.total).toBe(44);
    expect(shown(closed)).toEqual([18, 19, null, null]);
    expect(closed.byBackground.map((f) => f.hiddenBecause)).toEqual([null, null, 'SMALL_GROUP', 'SMALL_GROUP']);
    // Read again: the release, frozen.
    expect(await round.figures()).toEqual(closed);
  });

  it('should count paper dots of a group as one person, so that they never make a small group show', async () => {
    const project = await newProject(app);
    const session = await project.session(SessionStatus.LIVE);
    const round = await Round.open(app, session);
    const tcn = await project.persons(Array<Background>(8).fill(T));
    const hosts = await project.persons(Array<Background>(3).fill(H));
    for (const id of tcn) await round.vote(id, 2);
    for (const id of hosts) await round.vote(id, 2);
    // Forty paper dots from host-community residents: still 3 + 1 = 4 people, fewer than 5.
    await round.paper(40, H);
    await round.close();
    const figures = await round.figures();
    // H (4 people) hidden, E and P empty: 4 people hidden, fewer than 5, so T (8) is hidden too.
    expect(figures.total).toBe(8 * 2 + 3 * 2 + 40);
    expect(shown(figures)).toEqual([null, null, null, null]);
  });

  it('should show the figures by group in the session report’s voting rounds as released for the round', async () => {
    const project = await newProject(app);
    const session = await project.session(SessionStatus.LIVE);
    const people = await project.persons([...Array<Background>(6).fill(T), ...Array<Background>(6).fill(H)]);
    await session.checkIn(...people);
    const round = await Round.open(app, session);
    for (const id of people) await round.vote(id, 2);
    await round.close();
    const released = await round.figures();
    const { sessionReport } = await app.ok(
      `query ($id: ID!) { sessionReport(sessionId: $id) { votingRounds { id totalDots dotsByBackground { background count } } } }`,
      { id: session.id },
    );
    expect(sessionReport.votingRounds).toEqual([
      {
        id: round.id,
        totalDots: 24,
        dotsByBackground: released.byBackground.map(({ background, count }) => ({ background, count })),
      },
    ]);
  });

  it('should let no round, nor "all minus the shown groups", work out a small group', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          [T]: fc.integer({ min: 0, max: 9 }),
          [H]: fc.integer({ min: 0, max: 9 }),
          [E]: fc.integer({ min: 0, max: 3 }),
          [P]: fc.integer({ min: 0, max: 2 }),
        }),
        fc.constantFrom(1, 3),
        async (sizes, dots) => {
          const project = await newProject(app);
          const session = await project.session(SessionStatus.LIVE);
          const round = await Round.open(app, session);
          const people = await project.persons(GROUPS.flatMap((g) => Array<Background>(sizes[g]).fill(g)));
          for (const [i, id] of people.entries()) await round.vote(id, i % 2 ? dots : 1);
          await round.close();
          expectNothingWorkedOut([await round.observe('round')]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("should let no two rounds one voter apart, nor a round and its session's report, work out anyone's group", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          [T]: fc.integer({ min: 3, max: 8 }),
          [H]: fc.integer({ min: 3, max: 8 }),
          [E]: fc.integer({ min: 0, max: 2 }),
        }),
        fc.constantFrom(...GROUPS),
        async (sizes, extraGroup) => {
          const project = await newProject(app);
          const session = await project.session(SessionStatus.LIVE);
          const people = await project.persons([
            ...Array<Background>(sizes[T]).fill(T),
            ...Array<Background>(sizes[H]).fill(H),
            ...Array<Background>(sizes[E]).fill(E),
          ]);
          const extra = await project.person(extraGroup);
          await session.checkIn(...people, extra);
          // The same people vote in two rounds, the second with one voter more.
          const first = await Round.open(app, session);
          for (const id of people) await first.vote(id, 2);
          await first.close();
          const observations = [await first.observe('round 1')];
          const second = await Round.open(app, session);
          for (const id of [...people, extra]) await second.vote(id, 2);
          await second.close();
          observations.push(await second.observe('round 2'));
          await session.setStatus(SessionStatus.CLOSED);
          observations.push(...(await observeReport(app, session, 'closed')).api);
          expectNothingWorkedOut(observations);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
