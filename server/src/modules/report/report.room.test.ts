import sharp from 'sharp';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createBoardFixture } from '../challenge/challenge.fixtures.js';
import { AgendaPhase, PhaseKind, Session } from '../session/session.entity.js';
import { SESSION_REPORT_QUERY, type SessionReportData } from './report.query.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The room as it happened, in the report and its PDF: a session whose first two phases ran (by the server's clock)
// and whose third did not, with minutes and a photo of a flipchart.
describe('the room as it happened in the report', () => {
  let app: TestApp;
  let sessionId: string;
  let report: SessionReportData;
  const cookie = () => [...app.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  beforeAll(async () => {
    app = await createTestApp();
    const board = await createBoardFixture(app.orm, 'Zaal met klok');
    sessionId = board.sessionId;
    const em = app.orm.em.fork();
    const session = em.getReference(Session, sessionId);
    const phases = [
      { kind: PhaseKind.WELCOME, title: 'Welkom', durationMinutes: 10 },
      { kind: PhaseKind.CHALLENGES, title: 'Uitdagingen', durationMinutes: 20 },
      { kind: PhaseKind.EVALUATION, title: 'Evaluatie', durationMinutes: 15 },
    ].map((phase, position) => em.create(AgendaPhase, { session, position, ...phase }));
    await em.flush();
    // A request through the app first: it makes the operator a member of the organisations just created.
    await app.ok('{ viewer { kind } }');

    const setPhase = (phaseId: string) =>
      app.ok('mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }', {
        input: { sessionId, phaseId },
      });
    await setPhase(phases[0]!.id);
    await pause(1_100);
    await setPhase(phases[1]!.id);
    await pause(1_100);

    await app.ok('mutation ($input: SetSessionMinutesInput!) { setSessionMinutes(input: $input) { session { id } } }', {
      input: {
        sessionId,
        html: '<h1>Afspraken</h1><p>Lichten langs het pad <script>alert(1)</script>vragen aan de stad.</p>',
      },
    });
    const flipchart = await sharp({
      create: { width: 900, height: 600, channels: 3, background: { r: 250, g: 248, b: 240 } },
    })
      .png()
      .toBuffer();
    const upload = await fetch(
      `${app.url}/sessions/${sessionId}/photos?caption=${encodeURIComponent('Flap van tafel 2')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'image/png', cookie: cookie() },
        body: new Uint8Array(flipchart),
      },
    );
    expect(upload.status).toBe(200);

    // Closing ends the running phase.
    await app.ok(
      'mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }',
      { input: { sessionId, status: 'CLOSED' } },
    );
    ({ sessionReport: report } = await app.ok<{ sessionReport: SessionReportData }>(SESSION_REPORT_QUERY, {
      sessionId,
    }));
  });
  afterAll(() => app.close());

  it('should give each phase its time box and the seconds it ran, and no time for a phase that never ran, when the session is closed', () => {
    expect(report.phases.map((phase) => [phase.title, phase.plannedMinutes])).toEqual([
      ['Welkom', 10],
      ['Uitdagingen', 20],
      ['Evaluatie', 15],
    ]);
    const [welcome, challenges, evaluation] = report.phases;
    // Each of the two ran a little over a second (the test waited 1.1 s in each); the first ended when the second
    // started, the second when the session closed.
    expect(welcome!.actualSeconds).toBeGreaterThanOrEqual(1);
    expect(welcome!.actualSeconds).toBeLessThan(30);
    expect(challenges!.actualSeconds).toBeGreaterThanOrEqual(1);
    expect(challenges!.endedAt).not.toBeNull();
    expect(evaluation!.actualSeconds).toBeNull();
    expect(evaluation!.startedAt).toBeNull();
    // The photo was added while the second phase ran.
    expect(report.phases.map((phase) => phase.produced.photos)).toEqual([0, 1, 0]);
  });

  it('should keep the cleaned minutes and the photo with its caption when the report is read', () => {
    expect(report.minutesHtml).toBe('<h2>Afspraken</h2><p>Lichten langs het pad vragen aan de stad.</p>');
    expect(report.photos.map((photo) => [photo.caption, photo.width, photo.height])).toEqual([
      ['Flap van tafel 2', 900, 600],
    ]);
  });

  it('should print the minutes, the photo and its caption in the PDF when it is downloaded', async () => {
    const response = await fetch(`${app.url}/sessions/${sessionId}/report.pdf`, { headers: { cookie: cookie() } });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The photo is in the file as an image.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: true });
    const content = text.replace(/\s+/g, ' ');
    expect(content).toContain('Afspraken');
    expect(content).toContain('Lichten langs het pad vragen aan de stad.');
    expect(content).not.toContain('alert');
    expect(content).toContain('Flap van tafel 2');
    expect(content).toContain('Welkom');
    expect(content).toContain('Evaluatie');
  });
});
