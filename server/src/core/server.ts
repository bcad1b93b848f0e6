// The HTTP edge: Fastify with Apollo Server's integration. Every response gets a request id and the security
// headers; the GraphQL endpoint, the report downloads, the health check and the built web app are routes below.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyHelmet from '@fastify/helmet';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { readDeviceCookie, readLoginCookie } from './auth/cookies.js';
import type { RateLimits } from './auth/rate-limit.js';
import type { Config } from './config.js';
import { createContext, type AppServices, type Context, type RequestInfo } from './context.js';
import { ErrorCode } from './errors.js';
import { formatError } from './format-error.js';
import { errorLanguagePlugin } from './i18n/error-language.js';
import { requestOrigin, trustFunction, type RequestOrigin } from './http/proxy.js';
import { inRequestScope } from './http/request-scope.js';
import { addTransportSecurity, securityHeaders } from './http/security-headers.js';
import { serveHomePage } from './http/home-page.js';
import type { PageHost } from './http/server-rendered.js';
import { serveWebApp } from './http/web-app.js';
import type { Logger } from './logger.js';
import type { MikroORM } from './orm.js';
import { createPubSub, serveSubscriptions } from './pubsub.js';
import { limitRules, parseOptions, QUERY_LIMIT_DEFAULTS, queryGuardPlugin, type QueryLimits } from './query-guard.js';
import { servePhotoImage, servePhotoUpload } from '../modules/minutes/minutes.http.js';
import { serveJoinPage } from '../modules/join/join.page.js';
import { serveSessionPage } from '../modules/participant/session.page.js';
import { serveOutcomePages } from '../modules/outcome/outcome.page.js';
import { matchFunderDownload, serveFunderDownload } from '../modules/funder/funder.download.js';
import { startReleaser } from '../modules/indicator/indicator.release.js';
import { matchReportDownload, serveReportDownload, type ReportFormat } from '../modules/report/report.download.js';
import { matchResearchDownload, serveResearchDownload } from '../modules/research/research.download.js';
import { createMachineTranslator } from '../modules/translation/machine-translation.js';

// A GraphQL request is a document and its variables: a megabyte is far more than any screen sends.
export const MAX_BODY_BYTES = 1_000_000;
// A slow client may not hold a connection open for ever (a report PDF of a big session takes a few seconds).
const REQUEST_TIMEOUT_MS = 120_000;

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  config: Pick<Config, 'NODE_ENV' | 'WEB_DIST' | 'TRUST_PROXY'> &
    Partial<
      Pick<
        Config,
        'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_MAX_TOKENS' | 'RELEASE_INDICATORS'
      >
    > &
    Partial<Pick<Config, 'MACHINE_TRANSLATION_URL' | 'MACHINE_TRANSLATION_API_KEY' | 'MACHINE_TRANSLATION_TIMEOUT_MS'>>;
  limits: RateLimits;
}

const REPORT_FORMATS: ReportFormat[] = ['json', 'csv', 'pdf'];

const errorBody = (message: string, code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

// Errors of the HTTP layer itself (a body too large, not JSON, of an unknown type), answered in the shape of a
// GraphQL error so that clients read them the same way; anything else is unexpected, logged with its stack, and
// answered with the request id only.
function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  void reply.header('cache-control', 'no-store');
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return reply
      .code(413)
      .send(
        errorBody(
          `The request is larger than ${MAX_BODY_BYTES / 1_000_000} MB. Send less at once.`,
          ErrorCode.BAD_REQUEST,
          { maxBytes: MAX_BODY_BYTES },
        ),
      );
  }
  if (status >= 400 && status < 500) {
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? 'The request body is not valid JSON.'
        : error.message;
    return reply.code(status).send(errorBody(message, ErrorCode.BAD_REQUEST));
  }
  request.log.error({ err: error }, 'unexpected error in an HTTP request');
  return reply
    .code(500)
    .send(
      errorBody(
        `Something went wrong on our side. Please try again; if it keeps happening, tell the organisers and give them this reference: ${request.id}.`,
        ErrorCode.INTERNAL_SERVER_ERROR,
        { requestId: request.id },
      ),
    );
}

// A Host header that is no host (`a b`, `x/y`) cannot be answered sensibly; it never comes from a browser.
const validHost = (host: string | undefined): boolean => {
  if (host === undefined) return true;
  try {
    return new URL(`http://${host}`).host !== '';
  } catch {
    return false;
  }
};

// Runs a route's work in its request's scope: error formatting finds the request id and the logger there.
const scoped =
  <T>(work: (request: FastifyRequest, reply: FastifyReply) => Promise<T>) =>
  (request: FastifyRequest, reply: FastifyReply): Promise<T> =>
    inRequestScope({ requestId: request.id, logger: request.log }, () => work(request, reply));

const pathOf = (request: FastifyRequest): string => request.url.split('?')[0] ?? '';

export async function createApp({ orm, schema, logger, config, limits }: AppOptions): Promise<App> {
  const production = config.NODE_ENV === 'production';
  const origin: RequestOrigin = requestOrigin(config.TRUST_PROXY);
  const queryLimits: QueryLimits = {
    depth: config.GRAPHQL_MAX_DEPTH ?? QUERY_LIMIT_DEFAULTS.depth,
    aliases: config.GRAPHQL_MAX_ALIASES ?? QUERY_LIMIT_DEFAULTS.aliases,
    cost: config.GRAPHQL_MAX_COST ?? QUERY_LIMIT_DEFAULTS.cost,
    tokens: config.GRAPHQL_MAX_TOKENS ?? QUERY_LIMIT_DEFAULTS.tokens,
  };

  // Fastify's own logger type, which pino's satisfies: the app's type then stays the one plugins expect.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    // One line per unexpected error, with the request id; not one per request.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
    // The id is ours: a client could otherwise write any text into our log lines.
    requestIdHeader: false,
    // The same trust as the rate limits' client address (core/http/proxy.ts), for Fastify's request.ip and logs.
    trustProxy: trustFunction(config.TRUST_PROXY),
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });

  app.addHook('onRequest', async (request, reply) => {
    // On the raw response, so that routes which answer it themselves carry it as well.
    reply.raw.setHeader('x-request-id', request.id);
    if (!validHost(request.headers.host)) {
      return reply.code(400).send(errorBody('The Host header is not a host name.', ErrorCode.BAD_REQUEST));
    }
    return undefined;
  });
  await app.register(fastifyHelmet, securityHeaders());
  addTransportSecurity(app, origin);
  app.setErrorHandler(answerError);

  const services: AppServices = {
    machineTranslator: createMachineTranslator({ MACHINE_TRANSLATION_TIMEOUT_MS: 15_000, ...config }, logger),
  };
  const apollo = new ApolloServer<Context>({
    schema,
    nodeEnv: config.NODE_ENV,
    formatError: formatError(logger, { production }),
    includeStacktraceInErrorResponses: false,
    // Asked per request: in production only signed-in staff may introspect (queryGuardPlugin).
    introspection: true,
    allowBatchedHttpRequests: false,
    logger,
    parseOptions: parseOptions(queryLimits),
    validationRules: limitRules(queryLimits),
    plugins: [
      // In production nothing is shown to a browser that opens /graphql: the landing page would load Apollo's
      // sandbox from its CDN and tell anyone what the API holds.
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      queryGuardPlugin({ schema, limits: queryLimits, production }),
      // Error messages in the reader's language (Accept-Language).
      errorLanguagePlugin,
      // No field gives a cache hint and no response is cached: Apollo's cache-control plugin would only add a hook to
      // every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      // Reads of personal data are written to the audit log once the answer is ready.
      {
        requestDidStart: async () => ({
          willSendResponse: async ({ contextValue }) => {
            await contextValue.audit.flush(contextValue.em);
          },
        }),
      },
    ],
  });
  await apollo.start();

  const requestInfo = (request: FastifyRequest, setCookie: (value: string) => void): RequestInfo => ({
    clientKey: origin.clientAddress(request.raw),
    secure: origin.isSecure(request.raw),
    loginToken: readLoginCookie(request.headers.cookie),
    deviceId: readDeviceCookie(request.headers.cookie),
    setCookie,
    acceptLanguage: request.headers['accept-language'],
  });
  // --- Routes --------------------------------------------------------------------------------------------------

  app.get('/healthz', async (_request, reply) => {
    const check = await orm.checkConnection();
    void reply.code(check.ok ? 200 : 503).header('cache-control', 'no-store');
    return { status: check.ok ? 'ok' : 'degraded', database: check.ok ? 'up' : 'down' };
  });

  // The API's context for a request, its renewed login cookie going out on the reply: /graphql's, and the session
  // page's, which asks the API as the phone that opens it.
  const apiContext = (request: FastifyRequest, reply: FastifyReply): Promise<Context> =>
    createContext(
      orm,
      logger,
      limits,
      requestInfo(request, (value) => void reply.header('set-cookie', value)),
      services,
    );
  const graphqlHandler = fastifyApolloHandler(apollo, { context: apiContext });
  const graphqlRoute = scoped(async (request, reply) => graphqlHandler.call(app, request, reply));
  app.post('/graphql', graphqlRoute);
  // Outside production a browser that opens /graphql gets Apollo's sandbox, which loads from Apollo's CDN.
  app.get('/graphql', production ? {} : { helmet: { contentSecurityPolicy: false } }, graphqlRoute);

  // A file download (report, research export, funder's report) runs under the browser's own login and the same rule
  // as its query; the module writes the response itself (headers set so far stay on it).
  const fileRoute = (
    serve: (request: FastifyRequest, context: () => Promise<Context>, res: http.ServerResponse) => Promise<boolean>,
  ) =>
    scoped(async (request, reply) => {
      const context = () =>
        createContext(
          orm,
          logger,
          limits,
          requestInfo(request, (value) => reply.raw.appendHeader('set-cookie', value)),
          services,
        );
      reply.hijack();
      try {
        if (!(await serve(request, context, reply.raw))) {
          reply.raw.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          reply.raw.end(JSON.stringify(errorBody('There is no such file.', ErrorCode.NOT_FOUND)));
        }
      } catch (error) {
        request.log.error({ err: error }, 'a download failed');
        if (!reply.raw.headersSent) {
          reply.raw.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          reply.raw.end(
            JSON.stringify(
              errorBody(
                `Something went wrong on our side while making the file. Reference: ${request.id}.`,
                ErrorCode.INTERNAL_SERVER_ERROR,
                { requestId: request.id },
              ),
            ),
          );
        } else reply.raw.end();
      }
      return reply;
    });

  // A report download answers under the same login and policy as the `sessionReport` query.
  for (const format of REPORT_FORMATS) {
    app.get(
      `/sessions/:sessionId/report.${format}`,
      fileRoute(async (request, context, res) => {
        const download = matchReportDownload(pathOf(request));
        if (download) await serveReportDownload(apollo, context, download, res);
        return download !== undefined;
      }),
    );
  }
  // The research export's files answer under the same rule as the `researchExport` query; the funder's report as CSV
  // or PDF is the `funderReport` query's answer.
  for (const file of ['export.csv', 'export.json', 'codebook.json', 'readme.md']) {
    app.get(
      `/projects/:projectId/research-${file}`,
      fileRoute(async (request, context, res) => {
        const download = matchResearchDownload(pathOf(request));
        if (download) await serveResearchDownload(context, download, res);
        return download !== undefined;
      }),
    );
  }
  app.get(
    '/projects/:projectId/funder-report-:yearAndFormat',
    fileRoute(async (request, context, res) => {
      const download = matchFunderDownload(pathOf(request));
      if (download) await serveFunderDownload(apollo, context, download, res);
      return download !== undefined;
    }),
  );

  // Photos of a session: the upload is the image itself as the request body (too big for a GraphQL request), handed
  // to the `addSessionPhoto` mutation inside the API; the stored image is served to whoever may read the photo.
  // Both answer under the same login and policy as the API (the minutes module writes the response itself).
  const photoRoute = (
    serve: (request: FastifyRequest, reply: FastifyReply, context: () => Promise<Context>) => Promise<void>,
  ) =>
    scoped(async (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const context = () =>
        createContext(
          orm,
          logger,
          limits,
          requestInfo(request, (value) => reply.raw.appendHeader('set-cookie', value)),
        );
      try {
        await serve(request, reply, context);
      } catch (error) {
        request.log.error({ err: error }, 'a photo request failed');
        if (!reply.raw.headersSent) {
          reply.raw.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          reply.raw.end(
            JSON.stringify(
              errorBody(
                `Something went wrong on our side with the photo. Reference: ${request.id}.`,
                ErrorCode.INTERNAL_SERVER_ERROR,
                { requestId: request.id },
              ),
            ),
          );
        } else reply.raw.end();
      }
      return reply;
    });
  await app.register(async (photos) => {
    // The body is read (and its size limited) by the minutes module, whatever type the client names: the image is
    // checked by its content, never by its claimed type.
    photos.removeAllContentTypeParsers();
    photos.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    photos.post<{ Params: { sessionId: string } }>(
      '/sessions/:sessionId/photos',
      photoRoute((request, reply, context) => {
        const url = new URL(request.url, 'http://localhost');
        const { sessionId } = request.params as { sessionId: string };
        return servePhotoUpload(apollo, context, { sessionId }, url, request.raw, reply.raw);
      }),
    );
  });
  app.get(
    '/sessions/:sessionId/photos/:file',
    photoRoute(async (request, reply, context) => {
      const { sessionId, file } = request.params as { sessionId: string; file: string };
      const photoId = file.endsWith('.jpg') ? file.slice(0, -4) : '';
      return servePhotoImage(apollo, context, { sessionId, photoId }, reply.raw);
    }),
  );

  // Pages in the HTML the server sends, as routes of their own, before the web app's fallback below takes every other
  // page path. They get the same security headers: their HTML holds no inline script, only data.
  const pageHost: PageHost = {
    webDist: config.WEB_DIST,
    logger,
    limits,
    requestInfo: (request) => requestInfo(request, () => undefined),
  };
  // The public outcome pages (`/outcomes/...`).
  const outcomePages = await serveOutcomePages(app, { ...pageHost, apollo, orm });
  // The participant's join page with its first step in the HTML (`/join`, `/join/<code>`).
  await serveJoinPage(app, pageHost);
  // `/` for a visitor who has not signed in, with the landing page in the HTML.
  await serveHomePage(app, pageHost);
  // A participant's session page with their board in the HTML (`/s/<session>`), asked of the API as them.
  await serveSessionPage(app, { ...pageHost, apollo, context: apiContext });

  // The built web app, and index.html for every page path its router knows (last: it answers what nothing else does).
  await serveWebApp(app, config.WEB_DIST);

  // --- Live events over WebSocket, on /graphql of the same server ----------------------------------------------

  const pubsub = await createPubSub({ url: String(orm.config.get('clientUrl')), logger });
  await outcomePages.follow(pubsub);
  const live = serveSubscriptions(app.server, {
    orm,
    schema,
    logger,
    limits,
    pubsub,
    origin,
    queryLimits,
    production,
    services,
  });
  // Figures about groups of people are released in the background when sessions close (modules/indicator).
  const releaser = config.RELEASE_INDICATORS === false ? undefined : startReleaser(orm, pubsub, logger);

  await app.ready();
  let stopped = false;
  return {
    server: app.server,
    apollo,
    listen: async (port, host) => {
      await app.listen({ port, ...(host ? { host } : {}) });
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Live clients first (they would hold the server open), then HTTP: Fastify answers what is in flight and
      // closes idle connections; then Apollo and the message bus.
      await live.stop();
      await releaser?.stop();
      await app.close();
      await apollo.stop();
      await pubsub.close();
    },
  };
}
