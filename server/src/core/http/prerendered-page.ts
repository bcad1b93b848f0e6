// A page of the web app in the HTML the server sends, rendered by the web's SSR module (web/src/ssr/entry.tsx) from
// the same components that entry's app renders first, in the reader's language: it shows before any script runs, and
// the app takes that HTML over (hydrates it) when it speaks the same language. Such a page holds nothing of the
// database: it is rendered once per path and language in each API process and kept, as it is and compressed. A render
// that is not cached counts against the reader's address; past the limit, when the render fails, or without a build,
// the entry's plain HTML answers (the app draws the page).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.js';
import {
  acceptedEncoding,
  escapeHtml,
  inlineStylesheets,
  inLanguage,
  loadSsrModule,
  readerLanguage,
  stylesheetsOf,
  type PageHost,
} from './server-rendered.js';

// What a render gives: the markup for <div id="root">, the page's title and language, and (for a page that read
// Apollo's cache) that cache as JSON, which the app restores before it takes the HTML over (src/app/boot.tsx).
export interface PrerenderedPage {
  html: string;
  title: string;
  lang: string;
  dir: string;
  cache?: unknown;
}

// What web/src/ssr/entry.tsx exports for the pages served this way.
type Render = (url: string, language: string) => Promise<PrerenderedPage | null>;
export interface SsrPages {
  LANGUAGES: readonly string[];
  renderParticipantPage?: Render;
  renderHomePage?: Render;
  // A page from the reader's own data: the SSR module asks the API through `execute`, as the reader.
  renderSessionPage?: (
    url: string,
    language: string,
    execute: (query: string, variables?: Record<string, unknown>) => Promise<unknown>,
  ) => Promise<PrerenderedPage | null>;
}

interface Page {
  html: string;
  br: Buffer;
  gzip: Buffer;
}

// Every path of a municipality's open sessions, in each language, with room to spare; the oldest go first.
const MAX_PAGES = 500;

// Data in a page, never code: `<` written as an escape, so that no text in it can end the element.
const jsonInHtml = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

// An entry's HTML (with its stylesheets inlined) holding a render: in its language, with its title, the markup marked
// as the server's in the language it speaks (src/app/boot.tsx takes it over only in that one), and its cache.
export const documentFor = (template: string, rendered: PrerenderedPage): string =>
  inLanguage(template, rendered.lang, rendered.dir)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-rendered="server" data-language="${escapeHtml(rendered.lang)}">${rendered.html}</div>` +
        (rendered.cache === undefined
          ? ''
          : `<script type="application/json" id="server-cache">${jsonInHtml(rendered.cache)}</script>`),
    );

// An entry's HTML with the stylesheets of the chunks `stylesheets` names besides its own in the page itself: it paints
// as soon as the HTML arrives, with no stylesheet to wait for.
export const pageTemplate = (plain: string, webDist: string, stylesheets: (key: string) => boolean): string =>
  inlineStylesheets(plain, webDist, stylesheetsOf(webDist, stylesheets));

export async function servePrerenderedPage(
  app: FastifyInstance,
  options: PageHost & {
    // What the page is, for the log.
    name: string;
    routes: readonly string[];
    // The entry's HTML in the build (`participant.html`, `index.html`).
    entryFile: string;
    // The manifest keys of the chunks whose stylesheets the page needs besides its entry's.
    stylesheets: (key: string) => boolean;
    // The SSR module's render for these routes (null: not this page, 404), or undefined when the module has none.
    load: (ssr: SsrPages) => Render | undefined;
    // A reader for whom the page cannot be rendered once for all (signed in, say) gets the plain entry.
    plainFor?: (request: FastifyRequest) => boolean;
  },
): Promise<void> {
  const { webDist, logger, limits } = options;
  const pageFile = path.join(webDist, options.entryFile);
  const ssr = existsSync(pageFile) ? await loadSsrModule<SsrPages>(webDist) : undefined;
  const render = ssr ? options.load(ssr) : undefined;
  // Without a build, or with one from before this page was rendered, the web app's own fallback answers.
  if (!ssr || !render) return;
  const plain = readFileSync(pageFile, 'utf8');
  const template = pageTemplate(plain, webDist, options.stylesheets);
  const pages = new Map<string, Page>();

  const sendPlain = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie').send(plain);

  const send = (request: FastifyRequest, reply: FastifyReply, page: Page) => {
    const encoding = acceptedEncoding(request);
    void reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Accept-Encoding, Cookie');
    return encoding ? reply.header('content-encoding', encoding).send(page[encoding]) : reply.send(page.html);
  };

  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    void reply.header('cache-control', 'no-cache');
    if (options.plainFor?.(request)) return sendPlain(reply);
    const [pathname = '/', search = ''] = request.url.split('?');
    const lang = readerLanguage(request, ssr.LANGUAGES);
    const key = `${pathname}|${lang}`;
    let page = pages.get(key);
    if (page === undefined) {
      let html: string;
      try {
        await limits.publicPage(options.requestInfo(request).clientKey);
        const rendered = await render(`${pathname}${search ? `?${search}` : ''}`, lang);
        if (!rendered) return reply.callNotFound();
        html = documentFor(template, rendered);
      } catch (error) {
        if (!(error instanceof DomainError))
          logger.error({ err: error, path: pathname }, `${options.name} render failed`);
        // The page without its first render: the app draws it.
        return sendPlain(reply);
      }
      page = { html, br: brotliCompressSync(html), gzip: gzipSync(html) };
      if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
      pages.set(key, page);
    }
    return send(request, reply, page);
  };
  for (const route of options.routes) app.get(route, answer);
}
