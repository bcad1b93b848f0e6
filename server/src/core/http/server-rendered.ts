// What the server-rendered pages share (the public outcome pages, modules/outcome/outcome.page.ts; the join and home
// pages, core/http/prerendered-page.ts; a participant's session page, modules/participant/session.page.ts): what they
// need of the server, the web's SSR module (web/dist-ssr/entry.js, built by `vite build --ssr`), the reader's
// language, and the stylesheets of the page's own chunks.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyRequest } from 'fastify';
import { readLanguageCookie } from '../auth/cookies.js';
import type { RateLimits } from '../auth/rate-limit.js';
import type { RequestInfo } from '../context.js';
import type { Logger } from '../logger.js';

// What a server-rendered page needs of the server: the web's build, the log, the rate limits, and who is asking.
export interface PageHost {
  webDist: string;
  logger: Logger;
  limits: RateLimits;
  requestInfo: (request: FastifyRequest) => RequestInfo;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// The reader's language: `?lang=` first (the pages' language links), else the first of Accept-Language we speak.
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined, known: readonly string[]) {
  if (query && known.includes(query)) return query;
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .toSorted((a, b) => b.q - a.q);
  // A tag we speak as it is (`fa-AF`, Dari), else its language (`nl-BE` is `nl`).
  const ours = (tag: string) =>
    known.find((code) => code.toLowerCase() === tag) ?? known.find((code) => code === tag.split('-')[0]);
  for (const entry of asked) {
    const code = ours(entry.tag);
    if (code) return code;
  }
  return 'en';
}

// The reader's language for a page request: its `?lang=`, else the language they picked in the app (its cookie),
// else its Accept-Language (pickLanguage).
export function readerLanguage(request: FastifyRequest, known: readonly string[]): string {
  const asked = new URLSearchParams(request.url.split('?')[1] ?? '').get('lang') ?? undefined;
  const picked = readLanguageCookie(request.headers.cookie);
  return pickLanguage(asked && known.includes(asked) ? asked : picked, request.headers['accept-language'], known);
}

// The compression a browser takes for a page, brotli before gzip; undefined for none.
export function acceptedEncoding(request: FastifyRequest): 'br' | 'gzip' | undefined {
  const accepts = request.headers['accept-encoding'] ?? '';
  if (/\bbr\b/.test(accepts)) return 'br';
  if (/\bgzip\b/.test(accepts)) return 'gzip';
  return undefined;
}

// A page's <html> element in the language it is written in, and that language's direction.
export const inLanguage = (template: string, lang: string, dir: string): string =>
  template.replace(/<html[^>]*>/, `<html lang="${escapeHtml(lang)}" dir="${dir === 'rtl' ? 'rtl' : 'ltr'}">`);

// The web's SSR module, when the web app is built (tests of the API alone and `pnpm dev` have none).
export async function loadSsrModule<T>(webDist: string): Promise<T | undefined> {
  const entry = path.join(webDist, '..', 'dist-ssr', 'entry.js');
  if (!existsSync(entry)) return undefined;
  return (await import(pathToFileURL(entry).href)) as T;
}

// The stylesheets of the client build's chunks whose source matches (and of all they import), from its manifest, as
// paths (`/assets/…css`): the HTML must read styled before the script that would bring them has run.
export function stylesheetsOf(webDist: string, source: (key: string) => boolean): string[] {
  const file = path.join(webDist, '.vite', 'manifest.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { css?: string[]; imports?: string[] }>;
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const sheet of manifest[key].css ?? []) css.add(`/${sheet}`);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of Object.keys(manifest)) if (source(key)) visit(key);
  return [...css];
}

export const stylesheetLinks = (hrefs: readonly string[]): string =>
  hrefs.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`).join('');

// An HTML page's stylesheets in the page itself, one `<style>` for all, with the template's `<link>`s to them taken
// out: nothing holds the first paint up but the HTML. `hrefs` are the page's own besides those the template links.
export function inlineStylesheets(template: string, webDist: string, hrefs: readonly string[]): string {
  const linked = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>\s*/g;
  // The template's own first, then the page's, in the order the app would load them: the cascade stays the same.
  const all = new Set([...[...template.matchAll(linked)].map((match) => match[1]!), ...hrefs]);
  const inlined = [...all].filter((href) => {
    const file = path.join(webDist, href);
    return file.startsWith(path.join(webDist, 'assets')) && existsSync(file);
  });
  const css = inlined.map((href) => readFileSync(path.join(webDist, href), 'utf8')).join('\n');
  // A stylesheet cannot end the element early: `</style` does not occur in the build's CSS, and is escaped if it did.
  const style = `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  // Each inlined stylesheet is also named by a disabled link, which a browser neither fetches nor applies: the app's
  // loader of page chunks (Vite's preload helper) counts the links a page has and so does not fetch the page's
  // stylesheets again and make the browser restyle the whole page for each.
  const named = inlined.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" disabled />`).join('');
  return template.replace(linked, '').replace('</head>', `${style}${named}</head>`);
}
