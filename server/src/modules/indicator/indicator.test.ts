import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject, type WorldProject, type WorldSession } from '../../test-support/disclosure/world.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { Background } from '../participant/participant.entity.js';
import { QuestionnaireWave } from '../questionnaire/questionnaire.types.js';
import { SessionStatus } from '../session/session.entity.js';
import { answer, giveDots, strategy } from '../../test-support/disclosure/indicator-fixtures.js';
import { IndicatorStep } from './indicator.entity.js';
import { releaseDue } from './indicator.release.js';

const { THIRD_COUNTRY_NATIONAL: T, HOST_COMMUNITY: H, EU_CITIZEN: E, PREFERS_NOT_TO_SAY: P } = Background;

export const PROJECT_INDICATORS = /* GraphQL */ `
  query ($projectId: ID!) {
    projectIndicators(projectId: $projectId) {
      projectId
      title
      smallGroupThreshold
      step {
        number
        sessionCount
        final
        sessionsSince
      }
      participation {
        people {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        returning {
          total
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        minutes {
          total
          byBackground {
            background
            value
            hiddenBecause
          }
        }
      }
      contributions {
        challenges {
          total
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        dots {
          total
          byBackground {
            background
            value
            hiddenBecause
          }
        }
      }
      priorities {
        items {
          id
          text
          totalDots: dots {
            total
          }
          dots {
            byBackground {
              background
              value
            }
          }
          rankThirdCountryNationals
          rankHostCommunity
        }
        kendallTau
        comparedItems
      }
      strategies {
        submitted
        answered
        adopted
        partlyAdopted
        underStudy
        declined
        done
      }
      competence {
        dimension
        all {
          n
          meanChange
          ciLow
          ciHigh
          hiddenBecause
        }
        byBackground {
          background
          n
          meanChange
          ciLow
          ciHigh
          hiddenBecause
        }
      }
      sessions {
        title
        status
        attendance {
          total
        }
        evaluation {
          itemCode
          respondents
          agreed
          notAgreed
          hiddenBecause
        }
      }
    }
  }
`;

type Figure = { background: string; value: number | null; hiddenBecause: string | null };
const values = (figures: Figure[]) => Object.fromEntries(figures.map((f) => [f.background, f.value]));

// The project of these tests, worked out by hand (k = 5): one closed session of 18 people, T 6, H 7, E 3, P 2, each
// checked in (120 minutes, the session's planned length). Four challenges c1 (by a T), c2 (T), c3 (H), c4 (H). Dots:
// each T gives 2 to c1, 1 to c2, 1 to c4; each H 1 to c1, 2 to c3, 2 to c4; each E and P 1 to every challenge.
describe('project indicators', () => {
  let app: TestApp;
  let evaluator: TestClient;
  let project: WorldProject;
  let session: WorldSession;
  let data: Record<string, any>;
  let stepsWhileStopping = -1;
  let stepsAfter = -1;
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    app = await createTestApp();
    project = await newProject(app);
    ids.T = await project.persons(Array<Background>(6).fill(T));
    ids.H = await project.persons(Array<Background>(7).fill(H));
    ids.E = await project.persons(Array<Background>(3).fill(E));
    ids.P = await project.persons(Array<Background>(2).fill(P));
    const [t1, t2] = ids.T;
    const [h1, h2] = ids.H;
    session = await project.session(SessionStatus.LIVE);
    await session.checkIn(...ids.T, ...ids.H, ...ids.E, ...ids.P);
    const c1 = await session.challenge(t1 ?? null);
    const c2 = await session.challenge(t2 ?? null);
    const c3 = await session.challenge(h1 ?? null);
    const c4 = await session.challenge(h2 ?? null);
    await giveDots(app, session.id, [
      ...ids.T.flatMap((p): [string, string, number][] => [
        [p, c1, 2],
        [p, c2, 1],
        [p, c4, 1],
      ]),
      ...ids.H.flatMap((p): [string, string, number][] => [
        [p, c1, 1],
        [p, c3, 2],
        [p, c4, 2],
      ]),
      ...[...ids.E, ...ids.P].flatMap((p) => [c1, c2, c3, c4].map((c): [string, string, number] => [p, c, 1])),
    ]);
    // Competence (self-efficacy, three items): T change 1, 1, 1, 1, 1, 2; H 0 six times and −1; E 1, 1, 1; P 0, 0.
    const pair = async (participantId: string, before: number, after: number) => {
      const target = { projectId: project.id, sessionId: session.id, participantId };
      await answer(app, { ...target, wave: QuestionnaireWave.PRE }, { SE1: before, SE2: before, SE3: before });
      await answer(app, { ...target, wave: QuestionnaireWave.POST }, { SE1: after, SE2: after, SE3: after });
    };
    for (const [i, p] of ids.T.entries()) await pair(p, 2, i === 5 ? 4 : 3);
    for (const [i, p] of ids.H.entries()) await pair(p, 3, i === 6 ? 2 : 3);
    for (const p of ids.E) await pair(p, 2, 3);
    for (const p of ids.P) await pair(p, 4, 4);
    // Evaluation: EV1 agreed (4–5) by the 6 T, 5 of the H and the 2 P; not by 2 H (2) and the 3 E (3). EV2: all 5.
    const evaluate = async (participantId: string, ev1: number) =>
      answer(
        app,
        { projectId: project.id, sessionId: session.id, participantId, wave: QuestionnaireWave.SESSION_END },
        { EV1: ev1, EV2: 5 },
      );
    for (const p of ids.T) await evaluate(p, 5);
    for (const [i, p] of ids.H.entries()) await evaluate(p, i < 5 ? 4 : 2);
    for (const p of ids.E) await evaluate(p, 3);
    for (const p of ids.P) await evaluate(p, 5);
    await strategy(app, session.id, 'DRAFT');
    await strategy(app, session.id, 'SUBMITTED');
    await strategy(app, session.id, 'ADOPTED');
    await session.setStatus(SessionStatus.CLOSED);
    // A process that is shutting down releases nothing more; what is due stays due for the next sweep.
    await releaseDue(app.orm.em.fork(), project.id, new Date(), () => true);
    stepsWhileStopping = await app.orm.em.fork().count(IndicatorStep, { project: project.id });
    await releaseDue(app.orm.em.fork(), project.id);
    stepsAfter = await app.orm.em.fork().count(IndicatorStep, { project: project.id });

    const team = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from organisation limit 1');
    evaluator = await app.staff({
      role: StaffRole.EVALUATOR,
      organisationIds: [team[0]?.id ?? ''],
      projectIds: [project.id],
    });
    data = (
      await evaluator.ok<{ projectIndicators: Record<string, any> }>(PROJECT_INDICATORS, { projectId: project.id })
    ).projectIndicators;
  }, 120_000);
  afterAll(() => app.close());

  it('should release nothing more once its process is stopping, and what was due at the next release', () => {
    expect(stepsWhileStopping).toBe(0);
    expect(stepsAfter).toBeGreaterThan(0);
  });

  it('should count unique people by group and hide the groups that hold fewer than five when the session closed', () => {
    // T 6 and H 7 are shown; E 3 and P 2 are hidden and hold 5 together, enough to keep T and H.
    expect(data.step).toEqual({ number: 1, sessionCount: 1, final: true, sessionsSince: 0 });
    expect(data.participation.people.total).toBe(18);
    expect(values(data.participation.people.byBackground)).toEqual({ [T]: 6, [H]: 7, [E]: null, [P]: null });
    // Nobody came twice: every group is empty, so nothing is shown.
    expect(data.participation.returning.total).toBe(0);
    expect(values(data.participation.returning.byBackground)).toEqual({ [T]: null, [H]: null, [E]: null, [P]: null });
    // 120 minutes each: T 6 × 120 = 720, H 7 × 120 = 840, all 18 × 120 = 2160.
    expect(data.participation.minutes.total).toBe(2160);
    expect(values(data.participation.minutes.byBackground)).toEqual({ [T]: 720, [H]: 840, [E]: null, [P]: null });
  });

  it('should hide dots by group when how many dots each gave tells who is host community', () => {
    // Challenges: 2 by two T, 2 by two H: every group has fewer than 5 people behind it.
    expect(data.contributions.challenges.total).toBe(4);
    expect(values(data.contributions.challenges.byBackground)).toEqual({ [T]: null, [H]: null, [E]: null, [P]: null });
    // Dots: T 6 × 4 = 24, H 7 × 5 = 35, E 3 × 4 = 12, P 2 × 4 = 8: total 79. The H alone gave 5 dots each, and whoever
    // was in the room knows who gave 5: "H 35" (seven people, 4 or 5 dots each) says all seven who gave 5 are H, and
    // "T 24" with the total says the same. Every group is hidden.
    expect(data.contributions.dots.total).toBe(79);
    expect(values(data.contributions.dots.byBackground)).toEqual({ [T]: null, [H]: null, [E]: null, [P]: null });
  });

  it('should show the most-voted items with their totals and no group where its dots are hidden', () => {
    // c4: 6 + 14 + 3 + 2 = 25; c1: 12 + 7 + 5 = 24; c3: 14 + 5 = 19; c2: 6 + 5 = 11. Each group's dots on them follow
    // its dots in all, which are hidden: no rank, no correlation.
    const items = data.priorities.items as {
      totalDots: { total: number };
      rankThirdCountryNationals: number | null;
      rankHostCommunity: number | null;
    }[];
    expect(items.map((i) => i.totalDots.total)).toEqual([25, 24, 19, 11]);
    expect(items.every((i) => i.rankThirdCountryNationals === null && i.rankHostCommunity === null)).toBe(true);
    expect(data.priorities).toMatchObject({ kendallTau: null, comparedItems: 0 });
  });

  it('should give the paired change with its interval for everyone and for the groups of at least five', () => {
    const self = (data.competence as any[]).find((c) => c.dimension === 'SELF_EFFICACY');
    // All 18: changes sum 6 + 1 (T) − 1 (H) + 3 (E) + 0 (P) = 9, mean 0.5; squares about 0.5: T 5 × 0.25 + 2.25,
    // H 6 × 0.25 + 2.25, E 3 × 0.25, P 2 × 0.25 = 8.5; sd = √(8.5 / 17) = 0.707107; se = 0.707107 / √18 = 0.166667;
    // t(0.975, 17) = 2.109816; half-width 0.351636: 0.148364 to 0.851636.
    expect(self.all.n).toBe(18);
    expect(self.all.meanChange).toBeCloseTo(0.5, 10);
    expect(self.all.ciLow).toBeCloseTo(0.148364, 4);
    expect(self.all.ciHigh).toBeCloseTo(0.851636, 4);
    const byGroup = Object.fromEntries((self.byBackground as any[]).map((f) => [f.background, f]));
    // T: 1, 1, 1, 1, 1, 2: mean 7/6 = 1.166667; squares 5 × (1/6)² + (5/6)² = 30/36; sd = √(30/36 / 5) = 0.408248;
    // se = 0.408248 / √6 = 0.166667; t(0.975, 5) = 2.570582; half-width 0.428430: 0.738237 to 1.595097.
    expect(byGroup[T].n).toBe(6);
    expect(byGroup[T].meanChange).toBeCloseTo(1.166667, 5);
    expect(byGroup[T].ciLow).toBeCloseTo(0.738237, 4);
    expect(byGroup[T].ciHigh).toBeCloseTo(1.595097, 4);
    // H: 0 six times and −1: mean −1/7 = −0.142857; squares 6 × (1/7)² + (6/7)² = 42/49; sd = √(42/49 / 6) = 0.377964;
    // se = 0.142857; t(0.975, 6) = 2.446912; half-width 0.349559: −0.492416 to 0.206702.
    expect(byGroup[H].meanChange).toBeCloseTo(-0.142857, 5);
    expect(byGroup[H].ciLow).toBeCloseTo(-0.492416, 4);
    expect(byGroup[H].ciHigh).toBeCloseTo(0.206702, 4);
    // E (3) and P (2) are fewer than 5: neither their number nor their change is shown.
    expect(byGroup[E]).toMatchObject({ n: null, meanChange: null, hiddenBecause: 'SMALL_GROUP' });
    expect(byGroup[P]).toMatchObject({ n: null, meanChange: null, hiddenBecause: 'SMALL_GROUP' });
  });

  it('should split an evaluation item only when both those who agreed and the others are at least five', () => {
    const [only] = data.sessions as any[];
    expect(only.attendance.total).toBe(18);
    // EV1: agreed 6 + 5 + 2 = 13, not 2 + 3 = 5: both shown. EV2: all 18 agreed, the empty other cell is hidden and
    // so, to protect it, is the 18.
    expect(only.evaluation).toEqual([
      { itemCode: 'EV1', respondents: 18, agreed: 13, notAgreed: 5, hiddenBecause: null },
      { itemCode: 'EV2', respondents: 18, agreed: null, notAgreed: null, hiddenBecause: 'SMALL_GROUP' },
    ]);
  });

  it('should count strategies submitted, answered and adopted, leaving the draft out', () => {
    expect(data.strategies).toEqual({
      submitted: 2,
      answered: 1,
      adopted: 1,
      partlyAdopted: 0,
      underStudy: 0,
      declined: 0,
      done: null,
    });
  });

  it('should add up the released figures over the evaluator’s projects when a second project has no step yet', async () => {
    const other = await newProject(app);
    const people = await other.persons(Array<Background>(6).fill(T));
    const live = await other.session(SessionStatus.LIVE);
    await live.checkIn(...people);
    const fresh = await app.staff({
      role: StaffRole.EVALUATOR,
      organisationIds: [],
      projectIds: [project.id, other.id],
    });
    const { indicatorsOverview } = await fresh.ok<{ indicatorsOverview: any }>(
      `{ indicatorsOverview { projects { projectId step { number } }
          participation { people { total projects byBackground { background value } } }
          strategies { submitted adopted } } }`,
    );
    expect(indicatorsOverview.projects).toHaveLength(2);
    expect(indicatorsOverview.participation.people.total).toBe(18);
    expect(indicatorsOverview.participation.people.projects).toBe(1);
    expect(values(indicatorsOverview.participation.people.byBackground)).toEqual({
      [T]: 6,
      [H]: 7,
      [E]: null,
      [P]: null,
    });
    expect(indicatorsOverview.strategies).toEqual({ submitted: 2, adopted: 1 });
  });

  it('should show the same overview figures when a query asks for one part alone, through a fragment or for none', async () => {
    const ofThisProject = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [], projectIds: [project.id] });
    const people = 'people { total byBackground { background value } }';
    type Overview = { indicatorsOverview: any };
    const alone = await ofThisProject.ok<Overview>(`{ indicatorsOverview { participation { ${people} } } }`);
    const spread = await ofThisProject.ok<Overview>(
      `query { indicatorsOverview { ...parts } }
       fragment parts on IndicatorsOverview { participation { ${people} } competence { dimension } }`,
    );
    const none = await ofThisProject.ok<Overview>(
      '{ indicatorsOverview { projects { projectId step { number sessionCount } } strategies { submitted } } }',
    );
    // The project's one step, as worked out above: 18 people, T 6 and H 7 shown, E 3 and P 2 hidden.
    for (const { indicatorsOverview } of [alone, spread]) {
      expect(indicatorsOverview.participation.people.total).toBe(18);
      expect(values(indicatorsOverview.participation.people.byBackground)).toEqual({
        [T]: 6,
        [H]: 7,
        [E]: null,
        [P]: null,
      });
    }
    expect(spread.indicatorsOverview.competence).toHaveLength(5);
    expect(none.indicatorsOverview).toEqual({
      projects: [{ projectId: project.id, step: { number: 1, sessionCount: 1 } }],
      strategies: { submitted: 2 },
    });
  });

  it('should refuse the indicators of a project to an evaluator of another project and to its facilitator', async () => {
    const elsewhere = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [] });
    const facilitator = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [], projectIds: [project.id] });
    for (const browser of [elsewhere, facilitator]) {
      const result = await browser.graphql(PROJECT_INDICATORS, { projectId: project.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });
});
