// The participant's join page in the HTML the server sends: `/join` and `/join/<code>` show their first step as soon
// as the HTML arrives, before any script, on a cheap phone on hall Wi-Fi. The web's SSR module renders it with the
// components the phone's entry (web/src/participant.tsx) renders first, in the reader's language, and the phone's
// app takes that HTML over (hydrates it) when it speaks the same language. The page holds nothing of the database:
// it is rendered once per path and language in each API process. A render that is not cached counts against the
// reader's address; past the limit, or without a build, the plain participant.html answers (the app draws the page).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimits } from '../../core/auth/rate-limit.js';
import type { RequestInfo } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import {
  escapeHtml,
  inlineStylesheets,
  loadSsrModule,
  inLanguage,
  readerLanguage,
  stylesheetsOf,
} from '../../core/http/server-rendered.js';
import type { Logger } from '../../core/logger.js';

// What web/src/ssr/entry.tsx exports for these pages.
interface SsrModule {
  LANGUAGES: readonly string[];
  renderParticipantPage?: (
    url: string,
    language: string,
  ) => Promise<{ html: string; title: string; lang: string; dir: string } | null>;
}

interface Page {
  html: string;
  br: Buffer;
  gzip: Buffer;
}

// The join codes of a municipality's open sessions, in each language, with room to spare; the oldest go first.
const MAX_PAGES = 500;

export async function serveJoinPage(
  app: FastifyInstance,
  options: {
    webDist: string;
    logger: Logger;
    limits: RateLimits;
    requestInfo: (request: FastifyRequest) => RequestInfo;
  },
): Promise<void> {
  const { webDist, logger, limits } = options;
  const pageFile = path.join(webDist, 'participant.html');
  const ssr = existsSync(pageFile) ? await loadSsrModule<SsrModule>(webDist) : undefined;
  const render = ssr?.renderParticipantPage;
  // Without a build, or with one from before this page was rendered, the web app's own fallback answers.
  if (!ssr || !render) return;
  const plain = readFileSync(pageFile, 'utf8');
  // The page's stylesheets (the entry's, and those the join page's chunk brings with its script) in the page itself:
  // the first step paints as soon as the HTML arrives, with no stylesheet to wait for.
  const template = inlineStylesheets(
    plain,
    webDist,
    stylesheetsOf(webDist, (key) => key === 'src/features/join/JoinPage.tsx'),
  );
  // Each page as it is and compressed (the static files are compressed at build time; this one once, when made).
  const pages = new Map<string, Page>();

  const documentFor = (rendered: { html: string; title: string; lang: string; dir: string }): string =>
    inLanguage(template, rendered.lang, rendered.dir)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-rendered="server" data-language="${escapeHtml(rendered.lang)}">${rendered.html}</div>`,
      );

  const send = (request: FastifyRequest, reply: FastifyReply, page: Page) => {
    const accepts = request.headers['accept-encoding'] ?? '';
    void reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Accept-Encoding');
    if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(page.br);
    if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(page.gzip);
    return reply.send(page.html);
  };

  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    const [pathname = '/', search = ''] = request.url.split('?');
    const lang = readerLanguage(request, ssr.LANGUAGES);
    void reply.header('cache-control', 'no-cache');
    const key = `${pathname}|${lang}`;
    let page = pages.get(key);
    if (page === undefined) {
      let html: string;
      try {
        await limits.publicPage(options.requestInfo(request).clientKey);
        const rendered = await render(`${pathname}${search ? `?${search}` : ''}`, lang);
        if (!rendered) return reply.callNotFound();
        html = documentFor(rendered);
      } catch (error) {
        if (!(error instanceof DomainError)) logger.error({ err: error, path: pathname }, 'join page render failed');
        // The page without its first render: the app draws it.
        return reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language').send(plain);
      }
      page = { html, br: brotliCompressSync(html), gzip: gzipSync(html) };
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
      pages.set(key, page);
    }
    return send(request, reply, page);
  };
  app.get('/join', answer);
  app.get('/join/:code', answer);
}
