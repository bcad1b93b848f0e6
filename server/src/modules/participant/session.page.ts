// A participant's session page (`/s/<session>`) in the HTML the server sends: the phase, the board and its ideas as
// the phone's app first draws them, with the Apollo cache they came from, so that a phone on hall Wi-Fi sees the board
// as soon as the HTML arrives and its app takes that HTML over without asking again (web/src/ssr/entry.tsx
// renderSessionPage). The page is the reader's own: the web's SSR module asks the API as the reader (their login
// cookie, the same guard and limits as a request to /graphql), it is rendered for each request and never kept. For a
// browser without a login, a phone of another session, a refusal or a failed render, the plain participant.html
// answers and the app draws the page (it says "join this session first" itself).
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../core/context.js';
import { documentFor, pageTemplate, type SsrPages } from '../../core/http/prerendered-page.js';
import { acceptedEncoding, loadSsrModule, readerLanguage, type PageHost } from '../../core/http/server-rendered.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// The API said no (not signed in, not this session's phone, the session gone): the app shows that itself.
class Refused extends Error {}

// Compressed for this reader alone (nothing is kept): quickly rather than small.
async function send(request: FastifyRequest, reply: FastifyReply, html: string) {
  const encoding = acceptedEncoding(request);
  void reply.type('text/html; charset=utf-8');
  if (!encoding) return reply.send(html);
  const body =
    encoding === 'br' ? await brotli(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : await gzipped(html);
  return reply.header('content-encoding', encoding).send(body);
}

export async function serveSessionPage(
  app: FastifyInstance,
  options: PageHost & {
    apollo: ApolloServer<Context>;
    // The API's context for this request, as /graphql makes it (a renewed login cookie goes on the reply).
    context: (request: FastifyRequest, reply: FastifyReply) => Promise<Context>;
  },
): Promise<void> {
  const { webDist, logger, apollo } = options;
  const pageFile = path.join(webDist, 'participant.html');
  const ssr = existsSync(pageFile) ? await loadSsrModule<SsrPages>(webDist) : undefined;
  const render = ssr?.renderSessionPage;
  // Without a build, or with one from before this page was rendered, the web app's own fallback answers.
  if (!ssr || !render) return;
  const plain = readFileSync(pageFile, 'utf8');
  const template = pageTemplate(plain, webDist, (key) => key === 'src/features/participant/ParticipantSessionPage.tsx');

  const sendPlain = (reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(plain);

  app.get('/s/:sessionId', async (request, reply) => {
    // The reader's own data: never kept by a browser's or a proxy's cache, and another login gets another page.
    void reply.header('cache-control', 'no-store').header('vary', 'Accept-Language, Accept-Encoding, Cookie');
    if (options.requestInfo(request).loginToken === undefined) return sendPlain(reply);
    const execute = async (query: string, variables?: Record<string, unknown>): Promise<unknown> => {
      const contextValue = await options.context(request, reply);
      const response = await apollo.executeOperation({ query, ...(variables ? { variables } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('the session page query answered incrementally');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Refused(errors.map((error) => error.message).join('; '));
      return data;
    };
    try {
      const rendered = await render(request.url, readerLanguage(request, ssr.LANGUAGES), execute);
      if (!rendered) return sendPlain(reply);
      return await send(request, reply, documentFor(template, rendered));
    } catch (error) {
      if (!(error instanceof Refused)) logger.error({ err: error, path: '/s/…' }, 'session page render failed');
      return sendPlain(reply);
    }
  });
}
