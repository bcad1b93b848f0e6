// The participant's join page in the HTML the server sends: `/join` and `/join/<code>` show their first step as soon
// as the HTML arrives, before any script, on a cheap phone on hall Wi-Fi. The web's SSR module renders it with the
// components the phone's entry (web/src/participant.tsx) renders first, and the phone's app takes that HTML over
// (core/http/prerendered-page.ts). Without a build, or past the limit, the plain participant.html answers.
import type { FastifyInstance } from 'fastify';
import type { PageHost } from '../../core/http/server-rendered.js';
import { servePrerenderedPage } from '../../core/http/prerendered-page.js';

export const serveJoinPage = (app: FastifyInstance, host: PageHost): Promise<void> =>
  servePrerenderedPage(app, {
    ...host,
    name: 'join page',
    routes: ['/join', '/join/:code'],
    entryFile: 'participant.html',
    stylesheets: (key) => key === 'src/features/join/JoinPage.tsx',
    load: (ssr) => ssr.renderParticipantPage,
  });
