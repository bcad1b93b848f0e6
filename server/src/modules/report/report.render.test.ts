import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { createBoardFixture } from '../challenge/challenge.fixtures.js';
import { Idea } from '../idea/idea.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { reportPdf } from './report.pdf.js';
import { SESSION_REPORT_QUERY, type SessionReportData } from './report.query.js';
import { renderCount } from './report.render.js';

// A big workshop: 200 people, a board of 300 challenges in 12 themes with 300 ideas under them, each written out
// at length (a facilitator typing up what a table said).
const LONG_TEXT = Array(9)
  .fill("De bushalte bij het park heeft 's avonds geen licht en de bibliotheek sluit voor mijn ploeg eindigt.")
  .join(' ');

async function bigSession(app: TestApp, title: string): Promise<string> {
  const board = await createBoardFixture(app.orm, title, 200);
  const em = app.orm.em.fork();
  const session = em.getReference(Session, board.sessionId);
  const themes = Array.from({ length: 12 }, (_, i) =>
    em.create(Theme, { session, title: `Thema ${i + 1}: veiligheid, wonen en werk`, position: i }),
  );
  for (let i = 0; i < 300; i++) {
    const challenge = em.create(Challenge, {
      session,
      author: em.getReference(Participant, board.participantIds[i % 200]!),
      theme: themes[i % 12]!,
      text: `Uitdaging ${i + 1}: ${LONG_TEXT}`,
      language: 'nl',
    });
    em.create(Idea, {
      challenge,
      author: em.getReference(Participant, board.participantIds[(i + 7) % 200]!),
      text: `Idee ${i + 1}: ${LONG_TEXT}`,
      language: 'nl',
    });
  }
  await em.flush();
  return board.sessionId;
}

describe('report rendering', () => {
  let app: TestApp;
  let sessions: string[];

  const download = async (sessionId: string, format: 'pdf' | 'csv') => {
    const response = await fetch(`${app.url}/sessions/${sessionId}/report.${format}`, {
      headers: { cookie: [...app.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    app = await createTestApp();
    sessions = [];
    for (let i = 1; i <= 4; i++) sessions.push(await bigSession(app, `Grote zaal ${i}`));
    // The worker thread starts with the first report; what is measured below is the making, not the start.
    const small = await createBoardFixture(app.orm, 'Kleine zaal', 3);
    // A request through the app first: it makes the operator a member of the organisations just created.
    await app.ok('{ viewer { kind } }');
    await download(small.sessionId, 'pdf');
  });
  afterAll(() => app.close());

  it('should answer /healthz while four PDFs of big sessions are made at once', async () => {
    // The yardstick, measured here on this machine: one of these PDFs laid out on the main thread.
    const { sessionReport } = await app.ok<{ sessionReport: SessionReportData }>(SESSION_REPORT_QUERY, {
      sessionId: sessions[0],
    });
    const started = performance.now();
    await reportPdf(sessionReport);
    const oneRender = performance.now() - started;

    const state = { rendering: true };
    const healthWaits: number[] = [];
    const pdfs = Promise.all(sessions.map((id) => download(id, 'pdf'))).finally(() => (state.rendering = false));
    while (state.rendering) {
      const asked = performance.now();
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
      healthWaits.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const bodies = await pdfs;

    for (const body of bodies) expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // On the main thread each PDF would hold /healthz up for a whole render, four times over; in worker threads
    // it answers while they are made, far sooner than one render takes.
    expect(healthWaits.length).toBeGreaterThan(3);
    expect(Math.max(...healthWaits)).toBeLessThan(oneRender / 2);
  });

  it('should send the same report again without making it again until the session changes', async () => {
    const [sessionId] = sessions as [string];
    const first = await download(sessionId, 'pdf');
    const before = renderCount.started;
    const again = await download(sessionId, 'pdf');
    expect(renderCount.started).toBe(before);
    expect(again.equals(first)).toBe(true);

    const csv = await download(sessionId, 'csv');
    expect(renderCount.started).toBe(before + 1);
    expect((await download(sessionId, 'csv')).equals(csv)).toBe(true);
    expect(renderCount.started).toBe(before + 1);

    // A new challenge on the board: both are made anew, and show it.
    await app.ok(`mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`, {
      input: { sessionId, text: 'Een nieuwe uitdaging na het rapport', language: 'nl' },
    });
    const changedCsv = await download(sessionId, 'csv');
    expect(changedCsv.toString('utf8')).toContain('Een nieuwe uitdaging na het rapport');
    expect(changedCsv.toString('utf8')).not.toBe(csv.toString('utf8'));
    const changedPdf = await download(sessionId, 'pdf');
    expect(changedPdf.equals(first)).toBe(false);
    expect(renderCount.started).toBe(before + 3);
  });

  it('should make a report once when several ask for it at the same time', async () => {
    const sessionId = sessions[3]!;
    const before = renderCount.started;
    const bodies = await Promise.all(Array.from({ length: 3 }, () => download(sessionId, 'csv')));
    expect(renderCount.started).toBe(before + 1);
    expect(bodies[1]!.equals(bodies[0]!)).toBe(true);
    expect(bodies[2]!.equals(bodies[0]!)).toBe(true);
  });
});
