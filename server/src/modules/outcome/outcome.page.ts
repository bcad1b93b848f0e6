// The public outcome pages in the HTML the server sends: `/outcomes/<projectId>` and
// `/outcomes/<projectId>/sessions/<sessionId>` read without JavaScript, in a link preview and on a slow phone.
// The web's SSR module (web/dist-ssr/entry.js, built by `vite build --ssr`) names the query and renders the app's
// own components; the server runs that query against its schema as an anonymous reader, so the page shows exactly
// what `publicProject` gives anyone, through the same policy. Pages are cached per path and language in each API
// process; a change announced on the outcomes channel (or a board event of one of the project's sessions) clears
// the project's pages in every process. A render that is not cached counts against the reader's address.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createContext, type Context, type RequestInfo } from '../../core/context.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import {
  escapeHtml,
  loadSsrModule,
  inLanguage,
  readerLanguage,
  stylesheetLinks,
  stylesheetsOf,
  type PageHost,
} from '../../core/http/server-rendered.js';
import type { MikroORM } from '../../core/orm.js';
import type { PubSub } from '../../core/pubsub.js';
import { SESSION_EVENTS_CHANNEL } from '../live/live.service.js';
import { OUTCOMES_CHANNEL } from './outcome.events.js';

// What web/src/ssr/entry.tsx exports.
interface SsrModule {
  LANGUAGES: readonly string[];
  PUBLIC_PROJECT_QUERY: string;
  projectOf(pathname: string): { projectId: string; sessionId?: string } | null;
  render(
    url: string,
    language: string,
    data: unknown,
  ): { html: string; title: string; description: string; lang: string; dir: string; found: boolean };
}

interface Page {
  projectId: string;
  status: number;
  html: string;
}

// What the query answers for a project that is not there for the public: the page says so, as for a missing one.
const NOT_THERE = new Set<string>([
  ErrorCode.NOT_FOUND,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.BAD_USER_INPUT,
]);

// Enough for every page of a municipality's projects in three languages; the oldest go first.
const MAX_PAGES = 2_000;

export interface OutcomePages {
  // Starts clearing cached pages on the announcements of every API process.
  follow(pubsub: PubSub): Promise<void>;
}

export async function serveOutcomePages(
  app: FastifyInstance,
  options: PageHost & {
    apollo: ApolloServer<Context>;
    orm: MikroORM;
  },
): Promise<OutcomePages> {
  const { webDist, apollo, orm, logger, limits } = options;
  const indexFile = path.join(webDist, 'index.html');
  const built = existsSync(indexFile) ? await loadSsrModule<SsrModule>(webDist) : undefined;
  // Without a build (tests of the API alone, `pnpm dev`), the web app's own fallback answers these paths.
  if (!built) return { follow: async () => undefined };
  const ssr = built;
  const template = readFileSync(indexFile, 'utf8');
  // Without JavaScript, the lazy chunk that would bring them never loads.
  const stylesheets = stylesheetLinks(stylesheetsOf(webDist, (key) => key.startsWith('src/features/outcome/')));

  const pages = new Map<string, Page>();
  const sessionsOf = new Map<string, string>();
  const forget = (projectId: string) => {
    for (const [key, page] of pages) if (page.projectId === projectId) pages.delete(key);
  };

  function documentFor(rendered: ReturnType<SsrModule['render']>): string {
    const title = escapeHtml(rendered.title);
    const description = escapeHtml(rendered.description);
    const head = [
      `<title>${title}</title>`,
      `<meta property="og:title" content="${title}" />`,
      `<meta property="og:type" content="article" />`,
      `<meta property="og:locale" content="${escapeHtml(rendered.lang)}" />`,
      `<meta name="twitter:card" content="summary" />`,
      `<meta name="twitter:title" content="${title}" />`,
      ...(description
        ? [
            `<meta property="og:description" content="${description}" />`,
            `<meta name="twitter:description" content="${description}" />`,
          ]
        : []),
      stylesheets,
    ].join('');
    return inLanguage(template, rendered.lang, rendered.dir)
      .replace(
        /<meta name="description"[^>]*>/,
        description ? `<meta name="description" content="${description}" />` : '',
      )
      .replace(/<title>[^<]*<\/title>/, head)
      .replace('<div id="root"></div>', `<div id="root">${rendered.html}</div>`)
      .replace(/<noscript>.*?<\/noscript>/s, '');
  }

  async function load(request: FastifyRequest, projectId: string): Promise<unknown> {
    // An anonymous reader: the login cookie is left out, so that the page never shows more than anyone may see.
    const info: RequestInfo = { ...options.requestInfo(request), loginToken: undefined, setCookie: () => undefined };
    const contextValue = await createContext(orm, logger, limits, info);
    const response = await apollo.executeOperation(
      { query: ssr.PUBLIC_PROJECT_QUERY, variables: { id: projectId } },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('the public project query answered incrementally');
    const { data, errors } = response.body.singleResult;
    if (!errors?.length) return data;
    const codes = errors.map((error) => error.extensions?.['code']);
    if (codes.every((code) => NOT_THERE.has(String(code)))) return null;
    throw new Error(`the public project query failed: ${errors.map((error) => error.message).join('; ')}`);
  }

  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    const [pathname = '/'] = request.url.split('?');
    const target = ssr.projectOf(pathname);
    if (!target) return reply.callNotFound();
    const lang = readerLanguage(request, ssr.LANGUAGES);
    void reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'no-cache');
    const key = `${pathname}|${lang}`;
    let page = pages.get(key);
    if (!page) {
      try {
        await limits.publicPage(options.requestInfo(request).clientKey);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const retry = Number(error.extensions?.['retryAfterSeconds'] ?? 60);
        return reply
          .code(429)
          .header('retry-after', String(retry))
          .type('text/plain; charset=utf-8')
          .send(error.message);
      }
      const data = await load(request, target.projectId);
      const project = (data as { publicProject?: { sessions?: { id: string }[] } } | null)?.publicProject;
      for (const session of project?.sessions ?? []) sessionsOf.set(session.id, target.projectId);
      const rendered = ssr.render(`${pathname}?lang=${lang}`, lang, data);
      page = {
        projectId: target.projectId,
        status: rendered.found ? 200 : 404,
        html: documentFor(rendered),
      };
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
      pages.set(key, page);
    }
    return reply.code(page.status).type('text/html; charset=utf-8').send(page.html);
  };
  app.get('/outcomes/:projectId', answer);
  app.get('/outcomes/:projectId/sessions/:sessionId', answer);

  return {
    async follow(pubsub) {
      await pubsub.listen(OUTCOMES_CHANNEL, (projectId) => forget(projectId));
      await pubsub.listen(SESSION_EVENTS_CHANNEL, (payload) => {
        try {
          const sessionId = (JSON.parse(payload) as { s?: string }).s;
          const projectId = sessionId ? sessionsOf.get(sessionId) : undefined;
          if (projectId) forget(projectId);
        } catch {
          pages.clear();
        }
      });
      // What was announced while the connection was down never arrives: start afresh.
      pubsub.onReconnect(() => pages.clear());
    },
  };
}
