import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { writeWebBuild } from '../../test-support/web-build.js';
import { LOGIN_COOKIE } from '../auth/cookies.js';

// A build of the web app written by hand: index.html as Vite writes it (its entry's stylesheet linked) and an SSR
// module in the shape of web/src/ssr/entry.tsx whose home page says what it was asked to render and carries a cache
// with a `<` in it, so that these tests see exactly what the server did with it.
const fakeWeb = () =>
  writeWebBuild({
    'dist/index.html':
      '<!doctype html><html lang="en" dir="ltr"><head><title>Samenspraak</title>' +
      '<link rel="stylesheet" crossorigin href="/assets/index-1.css"></head>' +
      '<body><div id="root"></div></body></html>',
    'dist/assets/index-1.css': '.landing{color:teal}',
    'dist-ssr/entry.js': `export const LANGUAGES = ['nl', 'en'];
export async function renderHomePage(url, language) {
  if (url.split('?')[0] !== '/') return null;
  return { html: '<h1 id="landing">' + language + '</h1>', title: 'Samenspraak (' + language + ')', lang: language,
    dir: 'ltr', cache: { ROOT_QUERY: { viewer: { kind: 'ANONYMOUS', note: '</script><script>alert(1)</script>' } } } };
}
`,
  });

describe('the home page in the HTML the server sends', () => {
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

  it('should send a visitor without a login the landing page rendered in their language, with the cache it was rendered from as data', async () => {
    const response = await fetch(`${app.url}/`, { headers: { 'accept-language': 'nl' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toContain('Cookie');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    const html = await response.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('<title>Samenspraak (nl)</title>');
    expect(html).toContain('<div id="root" data-rendered="server" data-language="nl"><h1 id="landing">nl</h1></div>');
    expect(html).toContain('<style>.landing{color:teal}</style>');
    // The cache is data the app parses, never markup: no text in it can close the element and run a script.
    const cache = /<script type="application\/json" id="server-cache">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(cache).not.toContain('<');
    expect(JSON.parse(cache)).toEqual({
      ROOT_QUERY: { viewer: { kind: 'ANONYMOUS', note: '</script><script>alert(1)</script>' } },
    });
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('should send a browser with a login cookie the plain page, whose app shows its own home', async () => {
    const response = await fetch(`${app.url}/`, { headers: { cookie: `${LOGIN_COOKIE}=some-token` } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('server-cache');
    expect(html).not.toContain('data-rendered');
  });
});
