import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE } from '../../core/auth/cookies.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { writeWebBuild } from '../../test-support/web-build.js';

// A build of the web app written by hand: the participant's page as Vite writes it (its entry's stylesheet linked),
// the join page's chunk with a stylesheet of its own in the manifest, and an SSR module in the shape of
// web/src/ssr/entry.tsx that prints what it was asked to render (and fails for one code), so that these tests see
// exactly what the server did with it.
const fakeWeb = () =>
  writeWebBuild({
    'dist/participant.html':
      '<!doctype html><html lang="en" dir="ltr"><head><title>Samenspraak</title>' +
      '<link rel="stylesheet" crossorigin href="/assets/boot-1.css"></head>' +
      '<body><div id="root"></div><noscript>Needs JavaScript</noscript></body></html>',
    'dist/index.html': '<!doctype html><html><head></head><body>staff</body></html>',
    'dist/assets/boot-1.css': '.shell{color:teal}',
    'dist/assets/JoinPage-1.css': '.join{margin:0}',
    'dist/.vite/manifest.json': JSON.stringify({
      'src/features/join/JoinPage.tsx': { file: 'assets/JoinPage-1.js', css: ['assets/JoinPage-1.css'] },
    }),
    'dist-ssr/entry.js': `export const LANGUAGES = ['nl', 'en', 'ar'];
export async function renderParticipantPage(url, language) {
  if (!url.startsWith('/join')) return null;
  if (url.startsWith('/join/BROKEN')) throw new Error('the render failed');
  return { html: '<h1 id="rendered">' + url + ' in ' + language + '</h1>', title: 'Meedoen (' + language + ')', lang: language,
    dir: language === 'ar' ? 'rtl' : 'ltr' };
}
`,
  });

describe('the join page in the HTML the server sends', () => {
  let app: TestApp;
  let web: ReturnType<typeof writeWebBuild>;

  beforeAll(async () => {
    web = fakeWeb();
    app = await createTestApp({ config: { WEB_DIST: web.dist } });
  });
  afterAll(async () => {
    await app.close();
    web.remove();
  });

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${app.url}${pathname}`, { headers });

  it('should send the first step rendered in the reader’s language, marked for the app to take over, with its stylesheets in the page', async () => {
    const response = await get('/join/MECH47', { 'accept-language': 'ar, nl;q=0.8' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>Meedoen (ar)</title>');
    expect(html).toContain(
      '<div id="root" data-rendered="server" data-language="ar"><h1 id="rendered">/join/MECH47 in ar</h1></div>',
    );
    // The entry's stylesheet, then the join chunk's, as the app would load them: none left to fetch before the first
    // paint.
    expect(html).toMatch(/<style>\.shell\{color:teal\}\n\.join\{margin:0\}<\/style>/);
    // Each is named by a link the browser neither fetches nor applies (disabled), so that the app's chunk loader does
    // not load it again; no other link to a stylesheet is left.
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" href="/assets/boot-1.css" disabled />',
      '<link rel="stylesheet" href="/assets/JoinPage-1.css" disabled />',
    ]);
  });

  it('should render the page in the language the reader picked in the app (its cookie) over the browser’s, after ?lang=', async () => {
    const picked = { 'accept-language': 'nl', cookie: `${LANGUAGE_COOKIE}=ar` };
    expect(await (await get('/join/PICKED', picked)).text()).toContain('<html lang="ar" dir="rtl">');
    expect(await (await get('/join/PICKED?lang=en', picked)).text()).toContain('<html lang="en" dir="ltr">');
    // A cookie naming a language the app does not speak is passed over.
    const unknown = { 'accept-language': 'nl', cookie: `${LANGUAGE_COOKIE}=xx` };
    expect(await (await get('/join/UNKNOWN', unknown)).text()).toContain('<html lang="nl" dir="ltr">');
  });

  it('should send the page compressed to a browser that takes brotli or gzip', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await get('/join?lang=nl', { 'accept-encoding': encoding });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      expect(await response.text()).toContain('<h1 id="rendered">/join?lang=nl in nl</h1>');
    }
  });

  it('should send the participant page as the app draws it when the render fails, and leave other paths to the app', async () => {
    const broken = await get('/join/BROKEN');
    expect(broken.status).toBe(200);
    const html = await broken.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('data-rendered');

    const session = await get('/s/de300000-0004-4000-8000-000000000002');
    expect(session.status).toBe(200);
    expect(await session.text()).toContain('<div id="root"></div>');
  });
});
