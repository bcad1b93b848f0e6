import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import { openLiveSession } from '../../test-support/live-session.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { writeWebBuild } from '../../test-support/web-build.js';

// A build of the web app written by hand: participant.html as Vite writes it and an SSR module in the shape of
// web/src/ssr/entry.tsx whose session page asks the API, through the `execute` the server gives it, for who the reader
// is and for the session in the path, and shows what it was answered. It does not check the session itself: what the
// page may hold is the API's to decide, as the reader who asked for the page.
const fakeWeb = () =>
  writeWebBuild({
    'dist/participant.html':
      '<!doctype html><html lang="en" dir="ltr"><head><title>Samenspraak</title></head>' +
      '<body><div id="root"></div></body></html>',
    'dist-ssr/entry.js': `export const LANGUAGES = ['nl', 'en'];
export async function renderSessionPage(url, language, execute) {
  const id = /^\\/s\\/([^/?]+)/.exec(url)?.[1];
  if (!id) return null;
  const { viewer } = await execute('{ viewer { kind sessionId participant { pseudonym } } }');
  const { session } = await execute('query ($id: ID!) { session(id: $id) { title } }', { id });
  return { html: '<h1>' + session.title + '</h1><p>' + viewer.participant.pseudonym + '</p>', title: session.title,
    lang: language, dir: 'ltr', cache: { ROOT_QUERY: { viewer } } };
}
`,
  });

const cookieOf = (client: TestClient) => [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

const JOIN = `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id pseudonym } } }`;

describe("a participant's session page in the HTML the server sends", () => {
  let app: TestApp;
  let web: ReturnType<typeof writeWebBuild>;
  const sessions: { id: string; title: string; code: string }[] = [];
  let phone: TestClient;
  let pseudonym: string;

  const page = (path: string, cookie?: string) =>
    fetch(`${app.url}${path}`, { headers: { 'accept-language': 'nl', ...(cookie ? { cookie } : {}) } });

  beforeAll(async () => {
    web = fakeWeb();
    app = await createTestApp({ config: { WEB_DIST: web.dist } });
    const organisationId = (
      await app.ok(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
        { input: { name: 'Gemeente Gent', kind: 'MUNICIPALITY' } },
      )
    ).createOrganisation.organisation.id;
    const projectId = (
      await app.ok(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`, {
        input: {
          promoterId: organisationId,
          title: 'Samen in Gent',
          grantEuros: 120_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      })
    ).createProject.project.id;
    for (const title of ['Werksessie in de Brug', 'Werksessie in het Park']) {
      const { id, joinCode } = await openLiveSession(app, projectId, title);
      sessions.push({ id, title, code: joinCode });
    }
    phone = app.client();
    pseudonym = (
      await phone.ok(JOIN, {
        input: { code: sessions[0]!.code, language: 'nl', consent: { textVersion: 'join-v3', research: false } },
      })
    ).joinSession.participant.pseudonym;
  });
  afterAll(async () => {
    await app.close();
    web.remove();
  });

  it("should send a phone its own session's page as the API answers it for that phone, never to be kept", async () => {
    const [own] = sessions;
    const response = await page(`/s/${own!.id}`, cookieOf(phone));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('vary')).toContain('Cookie');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    const html = await response.text();
    expect(html).toContain(`<title>${own!.title}</title>`);
    expect(html).toContain(
      `<div id="root" data-rendered="server" data-language="nl"><h1>${own!.title}</h1><p>${pseudonym}</p></div>`,
    );
    const cache = /<script type="application\/json" id="server-cache">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(cache).ROOT_QUERY.viewer).toMatchObject({ kind: 'PARTICIPANT', sessionId: own!.id });
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('should send the plain page, with nothing of the session in it, to a phone of another session', async () => {
    const [, other] = sessions;
    const response = await page(`/s/${other!.id}`, cookieOf(phone));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain(other!.title);
    expect(html).not.toContain('server-cache');
  });

  it('should send the plain page to a browser without a login, or with one the server does not know', async () => {
    const [own] = sessions;
    for (const cookie of [undefined, `${LOGIN_COOKIE}=not-a-login-anyone-has`]) {
      const response = await page(`/s/${own!.id}`, cookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain(own!.title);
    }
  });
});
