// Security headers on every response (pages, files, the API, errors), through @fastify/helmet, with a Content
// Security Policy made for the built web app: its own scripts only (Vite writes no inline script), inline style
// attributes (react-aria positions popovers and hides text with them), images from data: and blob: URLs, and the
// live board's WebSocket on the same host. No one may frame a page: the staff screens hold personal data.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { RequestOrigin } from './proxy.js';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

// A host as a browser writes it (a name or an IPv4 address, an optional port, or a bracketed IPv6 address):
// anything else is left out of the policy rather than written into a header.
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

// 'self' covers the same host's ws: and wss: in today's browsers; older ones (the cheap phones in a workshop) need
// the WebSocket's address spelled out.
function webSocketSources(req: IncomingMessage): string {
  const host = req.headers.host;
  return host && PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

export function securityHeaders(): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", (req: IncomingMessage, _res: ServerResponse) => webSocketSources(req)],
        'manifest-src': ["'self'"],
        'object-src': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Not every deployment runs on HTTPS (a laptop in a community hall may serve the room over plain HTTP): HSTS is
    // sent only on responses that went out over HTTPS, see `addTransportSecurity`.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    // Join links carry the session's code: no other site learns them from a Referer header.
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  };
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

// What helmet does not write: HSTS over HTTPS (directly, or from a trusted proxy that says so), and a
// Permissions-Policy that turns off the powerful browser features the app never uses. Written on the raw response,
// like helmet's, so that routes which answer it themselves (report downloads) carry them too.
export function addTransportSecurity(app: FastifyInstance, origin: RequestOrigin): void {
  app.addHook('onRequest', async (request, reply) => {
    if (origin.isSecure(request.raw)) {
      reply.raw.setHeader('strict-transport-security', `max-age=${ONE_YEAR_SECONDS}`);
    }
    reply.raw.setHeader('permissions-policy', PERMISSIONS_POLICY);
  });
}
