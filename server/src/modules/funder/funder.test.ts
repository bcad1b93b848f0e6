import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, strategy } from '../../test-support/disclosure/indicator-fixtures.js';
import { newProject, type WorldProject } from '../../test-support/disclosure/world.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { releaseDue } from '../indicator/indicator.release.js';
import { Background } from '../participant/participant.entity.js';
import { QuestionnaireWave } from '../questionnaire/questionnaire.types.js';
import { SessionStatus } from '../session/session.entity.js';

const { THIRD_COUNTRY_NATIONAL: T, HOST_COMMUNITY: H, EU_CITIZEN: E, PREFERS_NOT_TO_SAY: P } = Background;

const QUERY = `query ($p: ID!, $y: Int!) { funderReport(projectId: $p, year: $y) {
  final sessionsHeld peopleReached { total byBackground { background value hiddenBecause } }
  minutes { total } strategies { submitted answered adopted } helped { respondents agreed share hiddenBecause } } }`;

// One session on 1 March 2026 of 18 people (T 6, H 7, E 3, P 2), 120 minutes; EV1 agreed by 13 (the T, five H, the P),
// not by 5 (two H, the E); two strategies submitted, one adopted.
describe("funder's report", () => {
  let app: TestApp;
  let project: WorldProject;
  let reviewer: TestClient;
  const cookie = () => [...reviewer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  beforeAll(async () => {
    // The year is released by hand below (releaseDue); the background releaser would race the first test for it.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    project = await newProject(app);
    const people = {
      T: await project.persons(Array<Background>(6).fill(T)),
      H: await project.persons(Array<Background>(7).fill(H)),
      E: await project.persons(Array<Background>(3).fill(E)),
      P: await project.persons(Array<Background>(2).fill(P)),
    };
    const session = await project.session(SessionStatus.LIVE, new Date('2026-03-01T18:00:00Z'));
    await session.checkIn(...people.T, ...people.H, ...people.E, ...people.P);
    const ev1 = async (id: string, value: number) =>
      answer(
        app,
        { projectId: project.id, sessionId: session.id, participantId: id, wave: QuestionnaireWave.SESSION_END },
        { EV1: value },
      );
    for (const id of [...people.T, ...people.H.slice(0, 5), ...people.P]) await ev1(id, 5);
    for (const id of [...people.H.slice(5), ...people.E]) await ev1(id, 2);
    await strategy(app, session.id, 'SUBMITTED');
    await strategy(app, session.id, 'ADOPTED');
    await session.setStatus(SessionStatus.CLOSED);
    const promoter = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ promoter_id: string }[]>('select promoter_id from project where id = ?', [project.id]);
    reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [promoter[0]?.promoter_id ?? ''] });
  }, 60_000);
  afterAll(() => app.close());

  it('should show totals only, and groups "after the year", before the year is released', async () => {
    const { funderReport } = await reviewer.ok<{ funderReport: any }>(QUERY, { p: project.id, y: 2026 });
    expect(funderReport.final).toBe(false);
    expect(funderReport.peopleReached.total).toBe(18);
    expect(funderReport.peopleReached.byBackground.every((f: any) => f.hiddenBecause === 'NOT_FINAL')).toBe(true);
    expect(funderReport.helped).toMatchObject({ respondents: 18, agreed: null, hiddenBecause: 'NOT_FINAL' });
  });

  it('should give the year by group once the project’s last session closed in it', async () => {
    await releaseDue(app.orm.em.fork(), project.id);
    const { funderReport } = await reviewer.ok<{ funderReport: any }>(QUERY, { p: project.id, y: 2026 });
    // T 6, H 7 shown; E 3 and P 2 hidden (5 together). 18 × 120 minutes = 2160. Helped: 13 of 18 = 0.722.
    expect(funderReport).toMatchObject({
      final: true,
      sessionsHeld: 1,
      minutes: { total: 2160 },
      strategies: { submitted: 2, answered: 1, adopted: 1 },
      helped: { respondents: 18, agreed: 13, hiddenBecause: null },
    });
    expect(funderReport.helped.share).toBeCloseTo(13 / 18, 10);
    expect(funderReport.peopleReached.byBackground.map((f: any) => f.value)).toEqual([6, 7, null, null]);
    const csv = parseCsv<Record<string, string>>(
      await (
        await fetch(`${app.url}/projects/${project.id}/funder-report-2026.csv`, { headers: { cookie: cookie() } })
      ).text(),
      { bom: true, columns: true },
    );
    const cell = (name: string, group: string) =>
      csv.find((r) => r.section === 'people' && r.name === name && r.group === group)?.value;
    expect([cell('reached', 'all'), cell('reached', T), cell('reached', H), cell('reached', E)]).toEqual([
      '18',
      '6',
      '7',
      'not shown',
    ]);
    const pdf = await fetch(`${app.url}/projects/${project.id}/funder-report-2026.pdf`, {
      headers: { cookie: cookie() },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('should answer NOT_FOUND, not an internal error, when the project id is no UUID', async () => {
    const result = await app.graphql(QUERY, { p: 'nl', y: 2026 });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('should refuse a year that is no calendar year with a sentence, and the report to a facilitator', async () => {
    const bad = await reviewer.graphql(QUERY, { p: project.id, y: 99 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const facilitator = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [], projectIds: [project.id] });
    expect((await facilitator.graphql(QUERY, { p: project.id, y: 2026 })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
