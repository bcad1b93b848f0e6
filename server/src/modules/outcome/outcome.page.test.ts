import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_RENDERS_PER_MINUTE } from '../../core/auth/rate-limit.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { writeWebBuild } from '../../test-support/web-build.js';
import { StaffRole } from '../account/account.entity.js';
import { createOutcomeFixture, type OutcomeFixture } from './outcome.fixtures.js';
import { pickLanguage } from '../../core/http/server-rendered.js';

// A build of the web app written by hand: its index page, and an SSR module in the shape of web/src/ssr/entry.tsx
// that prints the query's answer as it gets it, so that these tests see exactly what the server handed it.
const fakeWeb = () =>
  writeWebBuild({
    'dist/index.html':
      '<!doctype html><html lang="en" dir="ltr"><head><meta name="description" content="Samenspraak" />' +
      '<title>Samenspraak</title></head><body><div id="root"></div><noscript>Needs JavaScript</noscript></body></html>',
    'dist-ssr/entry.js': `export const LANGUAGES = ['nl', 'en', 'ar'];
export const PUBLIC_PROJECT_QUERY = 'query ($id: ID!) { publicProject(id: $id) { id title description sessions { id title strategies { id title updates { text } } } } }';
export function projectOf(pathname) {
  const m = /^\\/outcomes\\/([^/]+)(?:\\/sessions\\/([^/]+))?$/.exec(pathname);
  return m ? { projectId: m[1], sessionId: m[2] } : null;
}
export function render(url, language, data) {
  const json = JSON.stringify(data).replaceAll('<', '\\\\u003c');
  return { html: '<pre id="data">' + json + '</pre><p id="url">' + url + '</p>', title: data ? data.publicProject.title : 'Not public',
    description: data ? data.publicProject.description : '', lang: language, dir: language === 'ar' ? 'rtl' : 'ltr', found: !!data };
}
`,
  });

const outcomes = (projectId: string) => `/outcomes/${projectId}`;

describe('public outcome pages in the HTML the server sends', () => {
  let app: TestApp;
  let web: ReturnType<typeof writeWebBuild>;
  let fixture: OutcomeFixture;

  beforeAll(async () => {
    web = fakeWeb();
    app = await createTestApp({ config: { WEB_DIST: web.dist } });
    fixture = await createOutcomeFixture(app.orm);
  });
  afterAll(async () => {
    await app.close();
    web.remove();
  });

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${app.url}${pathname}`, { headers });
  it('should put the public project as anyone reads it into the page, in the language asked, with a link preview', async () => {
    const response = await get(`${outcomes(fixture.projectId)}?lang=nl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    const html = await response.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('De eerste wandeling is gelopen.');
    expect(html).toMatch(/<meta property="og:title" content="[^"]+" \/>/);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('<noscript>');
    expect(fixture.personal.filter((value) => html.includes(value))).toEqual([]);

    const arabic = await (await get(outcomes(fixture.projectId), { 'accept-language': 'ar, en;q=0.5' })).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
  });

  it('should answer a project that is not public, or not there, with the page that says so and nothing of it', async () => {
    const closed = await createOutcomeFixture(app.orm, { title: 'Nog niet openbaar', outcomesPublic: false });
    for (const id of [closed.projectId, randomUUID(), 'not-an-id']) {
      const response = await get(outcomes(id));
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('<pre id="data">null</pre>');
      expect(html).not.toContain('Nog niet openbaar');
    }
  });

  it('should show a new timeline update and a closed project at once, in place of the cached page, when they change', async () => {
    const own = await createOutcomeFixture(app.orm, { title: 'Een traject dat verandert' });
    const url = outcomes(own.projectId);
    const before = await (await get(url)).text();
    expect(before).not.toContain('De lampen branden.');

    const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [own.municipalityId] });
    await reviewer.ok(
      `mutation ($input: AddStrategyUpdateInput!) { addStrategyUpdate(input: $input) { update { id } } }`,
      { input: { strategyId: own.shown.strategyId, status: 'DONE', text: 'De lampen branden.' } },
    );
    // The notice arrives on the API's listening connection just after the commit.
    await expect.poll(async () => (await get(url)).text(), { timeout: 10_000 }).toContain('De lampen branden.');

    await reviewer.ok(
      `mutation ($input: SetOutcomesPublicInput!) { setOutcomesPublic(input: $input) { project { id } } }`,
      { input: { projectId: own.projectId, outcomesPublic: false } },
    );
    await expect.poll(async () => (await get(url)).status, { timeout: 10_000 }).toBe(404);
  });

  it('should refuse a client with 429 and Retry-After once it has had its renders of the minute', async () => {
    let last: Response | undefined;
    // Every path is new, so none comes from the cache; all come from 127.0.0.1.
    for (let i = 0; i <= PUBLIC_PAGE_RENDERS_PER_MINUTE; i++) last = await get(outcomes(randomUUID()));
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.text()).toContain('Too many pages');
    // A cached page costs nothing: it is still there for the same client.
    expect((await get(`${outcomes(fixture.projectId)}?lang=nl`)).status).toBe(200);
  });

  it('should take the language from ?lang=, else the first of Accept-Language it speaks, else English', () => {
    const known = ['nl', 'en', 'ar'];
    expect(pickLanguage('ar', 'nl', known)).toBe('ar');
    expect(pickLanguage('xx', 'fr-BE, nl-BE;q=0.8, en;q=0.5', known)).toBe('nl');
    expect(pickLanguage(undefined, 'en;q=0.4, ar;q=0.9', known)).toBe('ar');
    expect(pickLanguage(undefined, 'nl;q=0, fr', known)).toBe('en');
    expect(pickLanguage(undefined, undefined, known)).toBe('en');
    // A language we speak as a whole tag (Dari) is found as it is, before its first part.
    expect(pickLanguage(undefined, 'fa-AF, nl;q=0.5', ['nl', 'en', 'fa-AF'])).toBe('fa-AF');
    expect(pickLanguage(undefined, 'fa-af', ['nl', 'en', 'fa-AF'])).toBe('fa-AF');
  });
});
