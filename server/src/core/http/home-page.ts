// `/` for a visitor who has not signed in, in the HTML the server sends: what Samenspraak is and the two ways in (the
// app's landing page, web/src/app/LandingPage.tsx), before any script runs. The web's SSR module renders the whole
// app's first render of it, with Apollo's cache saying that nobody is signed in, and the app restores that cache and
// takes the HTML over (core/http/prerendered-page.ts). A browser with a login cookie gets the plain index.html: its
// home is its projects, which the app draws.
import type { FastifyInstance } from 'fastify';
import type { PageHost } from './server-rendered.js';
import { servePrerenderedPage } from './prerendered-page.js';

export const serveHomePage = (app: FastifyInstance, host: PageHost): Promise<void> =>
  servePrerenderedPage(app, {
    ...host,
    name: 'home page',
    routes: ['/'],
    entryFile: 'index.html',
    // The landing page is part of the entry, whose stylesheets index.html links.
    stylesheets: () => false,
    load: (ssr) => ssr.renderHomePage,
    plainFor: (request) => host.requestInfo(request).loginToken !== undefined,
  });
