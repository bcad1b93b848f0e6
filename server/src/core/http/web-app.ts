// The built web app (web/dist): its files with the brotli or gzip copy the build wrote beside each one
// (web/scripts/compress.mjs), chosen by the browser's Accept-Encoding; and for every other page path the page whose
// router takes over: participant.html for a participant's phone (/join, /s/…: the join page and the session, without
// the staff app), index.html for the rest.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

// Vite names every file under assets/ after a hash of its content: a new build gives new names, so a browser may
// keep them for good. Everything else (index.html, the icon) is asked again each time and answered 304 when unchanged.
const HASHED = `${path.sep}assets${path.sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const notFound = (reply: FastifyReply) => reply.code(404).send({ error: 'Not found' });

// A path the app's router may know (`/join`, `/sessions/…`), as opposed to a missing file (`/assets/x.js`), which
// must answer 404: HTML in place of a script would only break the page further.
const isPagePath = (url: string): boolean => {
  const pathname = url.split('?')[0] ?? '/';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') && pathname !== '/graphql';
};

// The participant's paths, as web/src/app/participantRoutes.tsx spells them (isParticipantPath).
const isParticipantPath = (url: string): boolean => /^\/(join|s)(\/|$)/.test(url.split('?')[0] ?? '/');

export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const available = existsSync(path.join(webDist, 'index.html'));
  // A build from before the participant's page had its own entry answers every path with index.html.
  const participantPage = existsSync(path.join(webDist, 'participant.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root: path.resolve(webDist),
      preCompressed: true,
      redirect: false,
      setHeaders: (reply, file) => {
        void reply.header('cache-control', file.includes(HASHED) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (!available || (request.method !== 'GET' && request.method !== 'HEAD') || !isPagePath(request.url)) {
      return notFound(reply);
    }
    return reply.sendFile(participantPage && isParticipantPath(request.url) ? 'participant.html' : 'index.html');
  });
}
