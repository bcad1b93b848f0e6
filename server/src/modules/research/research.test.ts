import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../test-support/disclosure/indicator-fixtures.js';
import { newProject, type WorldProject } from '../../test-support/disclosure/world.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import {
  AgeBand,
  Background,
  ConsentMethod,
  ConsentPurpose,
  Consent,
  Participant,
} from '../participant/participant.entity.js';
import { QuestionnaireWave } from '../questionnaire/questionnaire.types.js';
import { INSTRUMENT_TEXTS } from '../questionnaire/texts/index.js';
import { SessionStatus } from '../session/session.entity.js';

const { THIRD_COUNTRY_NATIONAL: T, HOST_COMMUNITY: H } = Background;

// A project of 13 participants (k = 5), worked out by hand:
// - 6 T aged 18–29, 5 H aged 30–44 and 1 H aged 65+: all consented to research and answered PRE (SE1 = 3) and POST
//   (SE1 = 4, except one T who said "don't know"), and the session evaluation (EV1 = 5).
// - 1 more T without research consent, who answered too (as if consent had been recorded wrongly): never exported.
// Rows: 12 consenting people × 3 waves (PRE, POST, SESSION_END) = 36.
// Generalisation: H/65+ (1 person) is under 5: its age band is blanked, leaving H/— (1) still under 5, so its
// background is blanked too. T/18–29 (6) and H/30–44 (5) stay.
describe('research export', () => {
  let app: TestApp;
  let evaluator: TestClient & { accountId: string };
  let project: WorldProject;
  let base: string;
  const cookie = () => [...evaluator.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  beforeAll(async () => {
    app = await createTestApp();
    project = await newProject(app);
    const session = await project.session(SessionStatus.LIVE);
    const em = app.orm.em.fork();
    const people: { id: string; research: boolean }[] = [];
    const add = (background: Background, ageBand: AgeBand, research: boolean) => {
      const p = em.create(Participant, {
        project: project.id,
        pseudonym: `Onderzoek ${people.length + 1}`,
        background,
        ageBand,
        languages: ['nl'],
      });
      em.create(Consent, {
        participant: p,
        purpose: ConsentPurpose.PARTICIPATION,
        textVersion: 'v1',
        method: ConsentMethod.ON_SCREEN,
        givenAt: new Date(),
      });
      if (research)
        em.create(Consent, {
          participant: p,
          purpose: ConsentPurpose.RESEARCH,
          textVersion: 'v1',
          method: ConsentMethod.ON_SCREEN,
          givenAt: new Date(),
        });
      people.push({ id: p.id, research });
    };
    for (let i = 0; i < 6; i++) add(T, AgeBand.FROM_18_TO_29, true);
    for (let i = 0; i < 5; i++) add(H, AgeBand.FROM_30_TO_44, true);
    add(H, AgeBand.FROM_65, true);
    add(T, AgeBand.FROM_18_TO_29, false);
    await em.flush();
    for (const [i, p] of people.entries()) {
      const target = { projectId: project.id, sessionId: session.id, participantId: p.id };
      await answer(app, { ...target, wave: QuestionnaireWave.PRE }, { SE1: 3 });
      await answer(app, { ...target, wave: QuestionnaireWave.POST }, { SE1: i === 0 ? null : 4 });
      await answer(app, { ...target, wave: QuestionnaireWave.SESSION_END }, { EV1: 5 });
    }
    evaluator = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [], projectIds: [project.id] });
    base = `${app.url}/projects/${project.id}/research-`;
  }, 60_000);
  afterAll(() => app.close());

  it('should say how many participants and rows the export holds and what was blanked', async () => {
    const { researchExport } = await evaluator.ok<{ researchExport: Record<string, unknown> }>(
      `query ($p: ID!) { researchExport(projectId: $p) { participants rows blankedAgeBands blankedBackgrounds variables } }`,
      { p: project.id },
    );
    expect(researchExport).toMatchObject({ participants: 12, rows: 36, blankedAgeBands: 1, blankedBackgrounds: 1 });
    expect((researchExport.variables as string[]).slice(0, 6)).toEqual([
      'research_id',
      'wave',
      'session_number',
      'background',
      'age_band',
      'mode',
    ]);
  });

  it('should stream one row per consenting participant and wave with random ids kept between downloads', async () => {
    const response = await fetch(`${base}export.csv`, { headers: { cookie: cookie() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-export-rows')).toBe('36');
    const rows = parseCsv<Record<string, string>>(await response.text(), { bom: true, columns: true });
    expect(rows).toHaveLength(36);
    const ids = [...new Set(rows.map((r) => r.research_id))];
    expect(ids).toHaveLength(12);
    // Random codes, not database ids.
    const participantIds = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from participant');
    for (const id of ids) expect(participantIds.some((p) => p.id.includes(String(id)))).toBe(false);
    // Background and age band: T/18–29 × 6, H/30–44 × 5, —/— × 1 (per participant, each in three rows).
    const people = new Map(rows.map((r) => [r.research_id, `${r.background}/${r.age_band}`]));
    const count = (combination: string) => [...people.values()].filter((v) => v === combination).length;
    expect(count('THIRD_COUNTRY_NATIONAL/FROM_18_TO_29')).toBe(6);
    expect(count('HOST_COMMUNITY/FROM_30_TO_44')).toBe(5);
    expect(count('/')).toBe(1);
    // "Don't know" is 8; the session evaluation is session 1.
    expect(
      rows
        .filter((r) => r.wave === 'POST')
        .map((r) => r.SE1 ?? '')
        .toSorted((a, b) => a.localeCompare(b)),
    ).toEqual([...Array(11).fill('4'), '8']);
    expect(new Set(rows.filter((r) => r.wave === 'SESSION_END').map((r) => `${r.session_number}:${r.EV1}`))).toEqual(
      new Set(['1:5']),
    );
    const again = parseCsv<Record<string, string>>(
      await (await fetch(`${base}export.csv`, { headers: { cookie: cookie() } })).text(),
      { bom: true, columns: true },
    );
    expect(new Set(again.map((r) => r.research_id))).toEqual(new Set(ids));
  });

  it('should give the same rows as JSON and a codebook with the item texts in every language', async () => {
    const json = (await (await fetch(`${base}export.json`, { headers: { cookie: cookie() } })).json()) as {
      rows: Record<string, unknown>[];
    };
    expect(json.rows).toHaveLength(36);
    const codebook = (await (await fetch(`${base}codebook.json`, { headers: { cookie: cookie() } })).json()) as {
      variables: { name: string; values?: { value: unknown }[]; item?: { texts: Record<string, string> } }[];
    };
    const se1 = codebook.variables.find((v) => v.name === 'SE1');
    expect(Object.keys(se1?.item?.texts ?? {}).toSorted()).toEqual(Object.keys(INSTRUMENT_TEXTS).toSorted());
    expect(se1?.values?.map((v) => v.value)).toEqual([1, 2, 3, 4, 5, 8]);
    const readme = await (await fetch(`${base}readme.md`, { headers: { cookie: cookie() } })).text();
    expect(readme).toContain('1 age bands and 1 backgrounds were left');
  });

  it('should refuse the files to a facilitator of the project and to someone signed out', async () => {
    const facilitator = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [], projectIds: [project.id] });
    const asFacilitator = await fetch(`${base}export.csv`, {
      headers: { cookie: [...facilitator.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(asFacilitator.status).toBe(403);
    expect((await fetch(`${base}codebook.json`)).status).toBe(401);
  });
});
