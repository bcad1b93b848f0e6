import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { GraphQLSchema } from 'graphql';
import { readLoginCookie } from './auth/cookies.js';
import type { RateLimits } from './auth/rate-limit.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { formatError } from './format-error.js';
import type { Logger } from './logger.js';
import type { MikroORM } from './orm.js';
import { createPubSub, serveSubscriptions } from './pubsub.js';
import { matchFunderDownload, serveFunderDownload } from '../modules/funder/funder.download.js';
import { startReleaser } from '../modules/indicator/indicator.release.js';
import { matchReportDownload, serveReportDownload } from '../modules/report/report.download.js';
import { matchResearchDownload, serveResearchDownload } from '../modules/research/research.download.js';

const MAX_BODY_BYTES = 1_000_000;

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
  config: Pick<Config, 'NODE_ENV' | 'WEB_DIST' | 'TRUST_PROXY'> & Partial<Pick<Config, 'RELEASE_INDICATORS'>>;
  limits: RateLimits;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function createApp({ orm, schema, logger, config, limits }: AppOptions): Promise<App> {
  // Behind a reverse proxy the client's address and scheme come from its headers; otherwise from the socket.
  const clientKey = (req: IncomingMessage): string =>
    (config.TRUST_PROXY
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '') ||
    req.socket.remoteAddress ||
    'unknown';
  const isSecure = (req: IncomingMessage): boolean =>
    config.TRUST_PROXY ? req.headers['x-forwarded-proto'] === 'https' : 'encrypted' in req.socket;

  const server = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
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

  const pubsub = await createPubSub({ url: String(orm.config.get('clientUrl')), logger });
  const live = serveSubscriptions(server, { orm, schema, logger, limits, config, pubsub, clientKey, isSecure });
  // Figures about groups of people are released in the background when sessions close (modules/indicator).
  const releaser = config.RELEASE_INDICATORS === false ? undefined : startReleaser(orm, pubsub, logger);

  const staticFiles = existsSync(config.WEB_DIST)
    ? sirv(config.WEB_DIST, { single: true, etag: true, gzip: true, immutable: config.NODE_ENV === 'production' })
    : undefined;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      try {
        body = raw && headers.get('content-type')?.includes('json') ? JSON.parse(raw) : raw;
      } catch {
        sendJson(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () =>
        createContext(orm, logger, limits, {
          clientKey: clientKey(req),
          secure: isSecure(req),
          loginToken: readLoginCookie(req.headers.cookie),
          setCookie: (value) => res.appendHeader('set-cookie', value),
        }),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (error: unknown) => {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, { errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
    };
    const reportDownload = req.method === 'GET' ? matchReportDownload(url.pathname) : undefined;
    const researchDownload = req.method === 'GET' ? matchResearchDownload(url.pathname) : undefined;
    const funderDownload = req.method === 'GET' ? matchFunderDownload(url.pathname) : undefined;
    if (url.pathname === '/graphql') {
      handleGraphQL(req, res, url).catch(done);
    } else if (reportDownload) {
      // A report download answers under the same login and policy as the `sessionReport` query.
      const context = () =>
        createContext(orm, logger, limits, {
          clientKey: clientKey(req),
          secure: isSecure(req),
          loginToken: readLoginCookie(req.headers.cookie),
          setCookie: (value) => res.appendHeader('set-cookie', value),
        });
      serveReportDownload(apollo, context, reportDownload, res).catch(done);
    } else if (funderDownload) {
      // The funder's report as CSV or PDF: the `funderReport` query under the browser's own login.
      const context = () =>
        createContext(orm, logger, limits, {
          clientKey: clientKey(req),
          secure: isSecure(req),
          loginToken: readLoginCookie(req.headers.cookie),
          setCookie: (value) => res.appendHeader('set-cookie', value),
        });
      serveFunderDownload(apollo, context, funderDownload, res).catch(done);
    } else if (researchDownload) {
      // The research export's files answer under the same login and policy as the `researchExport` query.
      const context = () =>
        createContext(orm, logger, limits, {
          clientKey: clientKey(req),
          secure: isSecure(req),
          loginToken: readLoginCookie(req.headers.cookie),
          setCookie: (value) => res.appendHeader('set-cookie', value),
        });
      serveResearchDownload(context, researchDownload, res).catch(done);
    } else if (url.pathname === '/healthz') {
      orm
        .checkConnection()
        .then((check) =>
          sendJson(res, check.ok ? 200 : 503, {
            status: check.ok ? 'ok' : 'degraded',
            database: check.ok ? 'up' : 'down',
          }),
        )
        .catch(done);
    } else if (staticFiles && (req.method === 'GET' || req.method === 'HEAD')) {
      staticFiles(req, res, () => sendJson(res, 404, { error: 'Not found' }));
    } else {
      sendJson(res, 404, { error: 'Not found' });
    }
  });

  return {
    server,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      await live.stop();
      await releaser?.stop();
      await apollo.stop();
      await pubsub.close();
    },
  };
}
