import { AuditTrail } from '../modules/audit/audit.service.js';
import type { MachineTranslator } from '../modules/translation/machine-translation.js';
import { deviceCookie } from './auth/cookies.js';
import type { Pace, RateLimits } from './auth/rate-limit.js';
import { newToken } from './auth/tokens.js';
import { loadViewer, type Viewer } from './auth/viewer.js';
import { requestedLanguages, uiLanguageFor } from './i18n/languages.js';
import { actAs } from './mutation.js';
import type { Logger } from './logger.js';
import { Loaders } from './loaders.js';
import type { EntityManager, MikroORM } from './orm.js';

// What a request brings besides its GraphQL document: who sends it and how to answer with a cookie.
export interface RequestInfo {
  // Identifies the client for rate limiting (its address).
  clientKey: string;
  // Whether the page was served over HTTPS, so cookies get the Secure flag.
  secure: boolean;
  loginToken?: string;
  // This browser's device id, from its device cookie (see `deviceOf`).
  deviceId?: string;
  setCookie(value: string): void;
  // The request's Accept-Language header: the languages the reader reads (the web app sends the one they chose).
  acceptLanguage?: string | undefined;
}

// What the app was set up with that requests use (from the configuration, see core/config.ts).
export interface AppServices {
  // Drafts translations; undefined when no machine-translation service is configured.
  machineTranslator?: MachineTranslator | undefined;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  viewer: Viewer;
  request: RequestInfo;
  limits: RateLimits;
  // How fast this viewer may contribute and vote.
  pace: Pace;
  // Records the guard has checked in this request: the check while it runs, `true` once it let the record through.
  // A plain map: it ends with the request, as the records do (a weak map's entries cost the garbage collector more).
  authorized: Map<object, Promise<void> | true>;
  // Reads and changes of personal data in this request, written when it ends.
  audit: AuditTrail;
  // The languages the reader reads, most wanted first (Accept-Language), for texts people wrote.
  languages: readonly string[];
  // The one of the product's languages to answer in: messages, headings (core/i18n).
  language: string;
  services: AppServices;
}

// After an action that changes what the viewer reaches (a new project, a new organisation),
// the rest of the request sees it.
export async function refreshViewer(ctx: Context): Promise<void> {
  ctx.viewer = await loadViewer(ctx.em, ctx.request.loginToken);
  actAs(ctx.em, actorKey(ctx.viewer));
}

export const actorKey = (viewer: Viewer): string =>
  viewer.kind === 'staff'
    ? `account:${viewer.accountId}`
    : viewer.kind === 'participant'
      ? `participant:${viewer.participantId}`
      : 'anonymous';

// The device that sends this request: from its cookie, or a new one that the answer gives it.
export function deviceOf(request: RequestInfo): string {
  if (!request.deviceId) {
    request.deviceId = newToken();
    request.setCookie(deviceCookie(request.deviceId, request.secure));
  }
  return request.deviceId;
}

// A fresh entity manager per request: no identity map is shared between requests.
export async function createContext(
  orm: MikroORM,
  logger: Logger,
  limits: RateLimits,
  request: RequestInfo,
  services: AppServices = {},
): Promise<Context> {
  const em = orm.em.fork();
  const languages = requestedLanguages(request.acceptLanguage);
  const context: Context = {
    em,
    loaders: new Loaders(em),
    logger,
    viewer: await loadViewer(em, request.loginToken),
    request,
    limits,
    pace: limits.pace(() => context.viewer),
    authorized: new Map(),
    audit: new AuditTrail(() => context.viewer),
    languages,
    language: uiLanguageFor(languages),
    services,
  };
  actAs(em, actorKey(context.viewer));
  return context;
}
