// `/` for a visitor who has not signed in, in the HTML the server sends: what Samenspraak is and the two ways in (the
// app's landing page, web/src/app/LandingPage.tsx), before any script runs. The web's SSR module renders the whole
// app's first render of it, with Apollo's cache saying that nobody is signed in, and the app restores that cache and
// takes the HTML over (core/http/prerendered-page.ts). A browser with a login cookie gets the plain index.html: its
// home is its projects, which the app draws.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimits } from '../auth/rate-limit.js';
import type { RequestInfo } from '../context.js';
import type { Logger } from '../logger.js';
import { servePrerenderedPage } from './prerendered-page.js';

export const serveHomePage = (
  app: FastifyInstance,
  options: {
    webDist: string;
    logger: Logger;
    limits: RateLimits;
    requestInfo: (request: FastifyRequest) => RequestInfo;
  },
): Promise<void> =>
  servePrerenderedPage(app, {
    ...options,
    name: 'home page',
    routes: ['/'],
    entryFile: 'index.html',
    // The landing page is part of the entry, whose stylesheets index.html links.
    stylesheets: () => false,
    load: (ssr) => ssr.renderHomePage,
    plainFor: (request) => options.requestInfo(request).loginToken !== undefined,
  });
