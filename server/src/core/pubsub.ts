// Real time: the message bus between API processes (PostgreSQL LISTEN/NOTIFY) and the GraphQL subscription endpoint
// (WebSocket). What is published, and when, is the business of the features (see modules/live).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import type {
  ASTNode,
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  SelectionSetNode,
  GraphQLFormattedError,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { Client } from 'pg';
import type { PubSub as TopicPubSub } from 'type-graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { AuditTrail } from '../modules/audit/audit.service.js';
import { readLoginCookie } from './auth/cookies.js';
import { hasReadRules } from './auth/guard.js';
import { hashToken } from './auth/tokens.js';
import { placeholders } from './sql.js';
import type { RateLimits } from './auth/rate-limit.js';
import { looksAtRecordOnly, sameForOneSession } from './auth/rules.js';
import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import { createContext, type AppServices, type Context } from './context.js';
import { formatError } from './format-error.js';
import { localizeError } from './i18n/error-language.js';
import { requestedLanguages, uiLanguageFor } from './i18n/languages.js';
import type { RequestOrigin } from './http/proxy.js';
import { inRequestScope } from './http/request-scope.js';
import { Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { EntityManager, MikroORM } from './orm.js';
import { appPolicy } from './policies.js';
import { checkOperation, limitRules, parseOptions, type QueryLimits } from './query-guard.js';

// The copy of graphql that built the schema: type-graphql loads its CommonJS build, while vitest (like a bundler)
// hands an `import` in our own files the ESM build, and graphql refuses a schema made by another copy.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// Messages between API processes ride on PostgreSQL's LISTEN/NOTIFY, so no other server is needed: a change's
// transaction calls `pg_notify(channel, payload)`, PostgreSQL delivers it on commit (never after a rollback, and in
// commit order), and every API process hears it on one dedicated connection and hands it to its local listeners.
export interface PubSub {
  // Listens on `channel` from the moment the returned promise resolves; call the returned function to stop.
  listen(channel: string, listener: (payload: string) => void): Promise<() => void>;
  // Called each time a lost connection is back: what was sent in between never arrives, so listeners that
  // must not miss anything catch up from where the messages are stored.
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

// What the resolvers of a subscription get: the usual context, built per subscription, and the app's pubsub.
export interface LiveContext extends Context {
  pubsub: PubSub;
}

export interface PubSubOptions {
  url: string;
  logger: Logger;
  // How often the connection is tested, so that a silently dropped one is noticed and made again.
  heartbeatMs?: number;
}

const RETRY_FIRST_MS = 200;
const RETRY_MAX_MS = 5_000;

const quote = (channel: string): string => `"${channel.replaceAll('"', '""')}"`;

export async function createPubSub({ url, logger, heartbeatMs = 10_000 }: PubSubOptions): Promise<PubSub> {
  const listeners = new Map<string, Set<(payload: string) => void>>();
  const listening = new Map<string, Promise<void>>();
  const reconnectListeners = new Set<() => void>();
  let client: Client | undefined;
  let closed = false;
  let retryMs = RETRY_FIRST_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  const deliver = (channel: string, payload: string) => {
    for (const listener of listeners.get(channel) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        logger.error({ err: error, channel }, 'a pubsub listener failed');
      }
    }
  };

  // One connection that does nothing but listen: a pooled one would be handed to queries and lose its LISTENs.
  async function connect(): Promise<Client> {
    const next = new Client({
      connectionString: url,
      application_name: 'samenspraak-pubsub',
      keepAlive: true,
      query_timeout: heartbeatMs,
    });
    next.on('notification', (message) => deliver(message.channel, message.payload ?? ''));
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      for (const channel of listeners.keys()) await next.query(`listen ${quote(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    return next;
  }

  function lost(which: Client, error?: unknown): void {
    if (which !== client || closed) return;
    client = undefined;
    logger.warn({ err: error }, 'lost the pubsub connection to PostgreSQL; connecting again');
    void which.end().catch(() => undefined);
    reconnectSoon();
  }

  function reconnectSoon(): void {
    retryTimer = setTimeout(() => {
      connect()
        .then((next) => {
          if (closed) {
            next.end().catch(() => undefined);
            return;
          }
          client = next;
          retryMs = RETRY_FIRST_MS;
          logger.info('the pubsub connection to PostgreSQL is back');
          for (const listener of reconnectListeners) listener();
        })
        .catch((error: unknown) => {
          retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
          logger.warn({ err: error, retryMs }, 'could not connect the pubsub to PostgreSQL yet');
          if (!closed) reconnectSoon();
        });
    }, retryMs);
  }

  client = await connect();
  const heartbeat = setInterval(() => {
    const current = client;
    current?.query('select 1').catch((error: unknown) => lost(current, error));
  }, heartbeatMs);
  heartbeat.unref();

  return {
    async listen(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      set.add(listener);
      let ready = listening.get(channel);
      if (!ready) {
        // Without a connection right now, the reconnect listens and then tells everyone to catch up.
        ready = client ? client.query(`listen ${quote(channel)}`).then(() => undefined) : Promise.resolve();
        listening.set(channel, ready);
        ready.catch(() => listening.delete(channel));
      }
      await ready;
      return () => {
        set.delete(listener);
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

// type-graphql only builds @Subscription fields when given a topic pubSub, even when each subscription brings its
// own `subscribe`, as ours do: their feed belongs to the running app (see LiveContext), not to the schema, which the
// tests share between apps. Nothing publishes or subscribes through this one.
export const noTopicPubSub: TopicPubSub = {
  publish() {
    throw new Error('Topic subscriptions are not used: changes are published through the session event log.');
  },
  subscribe() {
    throw new Error('Topic subscriptions are not used: subscribe with a `subscribe` function instead.');
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Error messages in the language of the browser that opened the socket.
function localized(request: IncomingMessage, errors: GraphQLFormattedError[]): GraphQLFormattedError[] {
  const language = uiLanguageFor(requestedLanguages(request.headers['accept-language']));
  return errors.map((error) => localizeError(error, language));
}

// GraphQL subscriptions over WebSocket.

// Root values that resolve alike for every subscriber: their producer says so (see modules/live).
const sharedRootValues = new WeakSet<object>();

// Marks an event as the same for everyone who receives it, so that it is executed once per query in this process
// instead of once per subscriber (a board followed by 300 phones sends each change to all of them), and its records
// are read once for every query (`readsOf`).
export function sameForEverySubscriber<T extends object>(value: T): T {
  sharedRootValues.add(value);
  return value;
}

// Who a result is the same for. Everyone, when the selection reaches no record with read rules (the plain fields of
// an event); the participants of one session, when every record it reaches is read alike by all of them (their
// ways in reach their session and look at nothing but the record, as a hidden challenge: see `onRecordOnly` in
// auth/rules.ts); one staff member or one participant otherwise (staff reach different projects; a participant's own
// record is theirs alone). A selection of a field with a rule of its own (a personal field) is never shared: its
// reads are the reader's own, and staff reads are audited.
function audienceOf(viewer: Viewer, types: ReadonlySet<string>): string {
  const ruled = [...types].filter((type) => hasReadRules(type));
  if (!ruled.length) return 'everyone';
  if (viewer.kind === 'staff') return `staff:${viewer.accountId}`;
  if (viewer.kind !== 'participant') return 'anonymous';
  return viewer.sessionId && ruled.every(participantsReadAlike)
    ? `session:${viewer.sessionId}`
    : `participant:${viewer.participantId}`;
}

function participantsReadAlike(type: string): boolean {
  const rule = appPolicy.records[type];
  if (!rule || rule.reach) return !rule;
  return rule.read.every(
    (access) =>
      access.who.kind !== 'participant' ||
      (access.who.within === 'session' && (!access.condition || looksAtRecordOnly(access.condition))) ||
      (access.who.within === 'project' && !!access.condition && sameForOneSession(access.condition)),
  );
}

// The key under which subscribers of one event share its execution: the selection (with the fragments it uses and
// the values of the variables inside it) and who the result is the same for; undefined when it cannot be shared.
// The subscription itself was authorized when it started; each event is resolved under the same rules as a query.
function shareKey(args: ExecutionArgs): string | undefined {
  const operation = graphql.getOperationAST(args.document, args.operationName);
  const root = operation?.selectionSet.selections[0];
  if (!operation || operation.selectionSet.selections.length !== 1 || root?.kind !== graphql.Kind.FIELD)
    return undefined;
  if (root.directives?.length || !root.selectionSet) return undefined;
  const field = args.schema.getSubscriptionType()?.getFields()[root.name.value];
  const type = field && graphql.getNamedType(field.type);
  if (!type || !graphql.isObjectType(type)) return undefined;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of args.document.definitions) {
    if (definition.kind === graphql.Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const types = new Set<string>();
  const used = new Set<string>();
  const variables = new Set<string>();
  let personal = false;
  const collectVariables = (nodes: readonly ASTNode[] = []) => {
    for (const node of nodes) graphql.visit(node, { Variable: (variable) => void variables.add(variable.name.value) });
  };
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): boolean => {
    for (const selection of selectionSet.selections) {
      collectVariables(selection.directives);
      if (selection.kind === graphql.Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && args.schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !on) return false;
        if (used.has(fragment.name.value)) continue;
        used.add(fragment.name.value);
        if (!walk(fragment.selectionSet, on)) return false;
        continue;
      }
      if (selection.kind === graphql.Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? args.schema.getType(selection.typeCondition.name.value) : parent;
        if (!on || !walk(selection.selectionSet, on)) return false;
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (!graphql.isObjectType(parent)) return false;
      const selected = parent.getFields()[name];
      if (!selected) return false;
      types.add(parent.name);
      if (hasReadRules(parent.name, name)) personal = true;
      collectVariables(selection.arguments);
      const named = graphql.getNamedType(selected.type);
      if (selection.selectionSet && !walk(selection.selectionSet, named)) return false;
    }
    return true;
  };
  if (!walk(root.selectionSet, type) || personal) return undefined;

  const context = args.contextValue as Partial<Context> | undefined;
  const viewer = context?.viewer ?? ANONYMOUS;
  const values = [...variables].toSorted().map((name) => [name, args.variableValues?.[name] ?? null]);
  return [
    audienceOf(viewer, types),
    root.alias?.value ?? root.name.value,
    graphql.print(root.selectionSet),
    ...[...used].toSorted().map((name) => graphql.print(fragments.get(name)!)),
    JSON.stringify(values),
  ].join('\n');
}

// Each event is resolved as a request of its own: with the event's own loaders (`readsOf`), so that it reads the
// records as they are after the change (a subscription lives for hours; what its loaders held at the start is stale),
// with an authorization cache of the subscriber's own, and with reads of personal data audited as a request's are.
function contextForEvent(context: unknown, event: unknown): unknown {
  const ctx = context as LiveContext | undefined;
  if (!ctx?.em) return context;
  const { em, loaders } = readsOf(ctx.em, event);
  return {
    ...ctx,
    em,
    loaders,
    authorized: new Map(),
    audit: new AuditTrail(() => ctx.viewer),
  } satisfies LiveContext;
}

// What the resolutions of one event read, shared by all of them in this process: a room's phones, its projector and
// its cockpit read the same records after a change (the challenge, the idea, their dot counts, where they live), so
// they are read once, in one entity manager and one set of loaders. A loader's answer depends on its key alone, never
// on who asks (core/loaders.ts); what each subscriber may see is still decided for them, by the guard, with an
// authorization cache of their own (`authorized`). An event read from the log is one subscriber's and reads alone.
const eventReads = new WeakMap<object, { em: EntityManager; loaders: Loaders }>();

function readsOf(subscription: EntityManager, event: unknown): { em: EntityManager; loaders: Loaders } {
  const shared = typeof event === 'object' && event !== null && sharedRootValues.has(event);
  let reads = shared ? eventReads.get(event) : undefined;
  if (!reads) {
    const em = subscription.fork();
    reads = { em, loaders: new Loaders(em) };
    if (shared) eventReads.set(event, reads);
  }
  return reads;
}

const sharedResults = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

async function executeEvent(args: ExecutionArgs, key: string | undefined, event: unknown): Promise<ExecutionResult> {
  const run = async () => {
    const contextValue = contextForEvent(args.contextValue, event);
    const result = await graphql.execute({ ...args, rootValue: event, contextValue });
    const { audit, em } = contextValue as Partial<LiveContext>;
    if (audit && em) await audit.flush(em);
    return result;
  };
  if (key === undefined || typeof event !== 'object' || event === null || !sharedRootValues.has(event)) return run();
  let results = sharedResults.get(event);
  if (!results) sharedResults.set(event, (results = new Map()));
  let result = results.get(key);
  if (!result) results.set(key, (result = run()));
  const shared = await result;
  // An error is about the one who asked first: everyone else asks for themselves.
  return shared.errors ? run() : shared;
}

const withCode = (error: GraphQLError, code: string): GraphQLError =>
  error.extensions.code
    ? error
    : new graphql.GraphQLError(error.message, {
        nodes: error.nodes ?? null,
        source: error.source ?? null,
        positions: error.positions ?? null,
        extensions: { ...error.extensions, code },
      });

// A variable that does not fit its type is the client's mistake, as Apollo Server says over HTTP.
const variableError = (error: GraphQLError): GraphQLError =>
  error.nodes?.length === 1 && error.nodes[0]?.kind === graphql.Kind.VARIABLE_DEFINITION
    ? withCode(error, 'BAD_USER_INPUT')
    : error;

// graphql's own `subscribe`, with each event going through `executeEvent`. `return` goes straight to the source, so
// that a client who leaves ends a wait for the next event at once.
async function subscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await graphql.createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return { ...source, errors: source.errors?.map(variableError) };
  const events = source[Symbol.asyncIterator]();
  const key = shareKey(args);
  const stream: AsyncGenerator<ExecutionResult> = {
    async next() {
      const next = await events.next();
      return next.done
        ? { done: true, value: undefined }
        : { done: false, value: await executeEvent(args, key, next.value) };
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    async [Symbol.asyncDispose]() {
      await events.return?.();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

// ---------------------------------------------------------------------------------------------------------------
// Access that ends: live subscriptions end with it.

// Announces, with the change that ends them, the logins (by the hash of their cookie's token) whose access ended
// or changed: signed out, deactivated, erased, or given another role. Every API process closes the WebSockets
// opened with them at once; a browser that still may follow a board opens a new one under its current rights.
export const ACCESS_ENDED_CHANNEL = 'access_ended';
// 100 hashes of 64 characters stay well within PostgreSQL's 8000 bytes for one notification.
const HASHES_PER_NOTIFICATION = 100;
// graphql-ws's Forbidden: the client is told why; it may connect again, and is then let in or not as it is now.
export const ACCESS_ENDED_CLOSE_CODE = CloseCode.Forbidden;

export async function announceAccessEnded(tx: EntityManager, tokenHashes: readonly string[]): Promise<void> {
  for (let i = 0; i < tokenHashes.length; i += HASHES_PER_NOTIFICATION) {
    const hashes = tokenHashes.slice(i, i + HASHES_PER_NOTIFICATION);
    await tx.execute('select pg_notify(?, ?)', [ACCESS_ENDED_CHANNEL, JSON.stringify(hashes)]);
  }
}

// The open WebSockets of this process by the login they were opened with. A socket is known from its upgrade
// request on, before any subscription reads who it is, so no ending is missed in between; and it is closed when
// its login expires.
class SocketsByLogin {
  private readonly sockets = new Map<string, Set<WebSocket>>();

  constructor(private readonly orm: MikroORM) {}

  add(socket: WebSocket, cookieHeader: string | undefined): void {
    const token = readLoginCookie(cookieHeader);
    if (!token) return;
    const key = hashToken(token);
    let sockets = this.sockets.get(key);
    if (!sockets) this.sockets.set(key, (sockets = new Set()));
    sockets.add(socket);
    let expiry: NodeJS.Timeout | undefined;
    socket.once('close', () => {
      clearTimeout(expiry);
      sockets.delete(socket);
      if (!sockets.size && this.sockets.get(key) === sockets) this.sockets.delete(key);
    });
    this.expiries([key])
      .then(([expiresAt]) => {
        if (socket.readyState > socket.OPEN) return;
        if (!expiresAt) this.close(socket);
        else expiry = setTimeout(() => this.close(socket), Math.max(0, expiresAt.getTime() - Date.now())).unref();
      })
      .catch(() => undefined);
  }

  // When each login ends: null for one that is gone or expired.
  private async expiries(keys: readonly string[]): Promise<(Date | null)[]> {
    const rows = await this.orm.em.fork().execute<{ token_hash: string; expires_at: Date | string }[]>(
      `select token_hash, expires_at from login_session
          where token_hash in (${placeholders(keys)}) and expires_at > now()`,
      [...keys],
    );
    const found = new Map(rows.map((row) => [row.token_hash, new Date(row.expires_at)]));
    return keys.map((key) => found.get(key) ?? null);
  }

  private close(socket: WebSocket): void {
    socket.close(ACCESS_ENDED_CLOSE_CODE, 'Your access ended: sign in or join again.');
  }

  end(keys: readonly string[]): void {
    for (const key of keys) for (const socket of this.sockets.get(key) ?? []) this.close(socket);
  }

  // After the pubsub connection was lost, announcements made meanwhile never arrive: close the sockets whose
  // login is gone.
  async recheck(): Promise<void> {
    const keys = [...this.sockets.keys()];
    if (!keys.length) return;
    const expiries = await this.expiries(keys);
    this.end(keys.filter((_, i) => !expiries[i]));
  }
}

// A subscribe message is a short document; nothing else comes from a WebSocket client.
const MAX_MESSAGE_BYTES = 64 * 1024;
// A phone follows one board; a few more subscriptions per connection leave room for a tab that resubscribes.
const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

export interface SubscriptionOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  limits: RateLimits;
  pubsub: PubSub;
  // Who is asking, as HTTP tells it (core/http/proxy.ts): the client's address for rate limits, HTTPS, the host.
  origin: RequestOrigin;
  // The same limits on a document as over HTTP (core/query-guard.ts).
  queryLimits: QueryLimits;
  production: boolean;
  services?: AppServices;
}

// Only another site's page would send another host as its origin: it must not ride on the login cookie.
function sameHost(req: IncomingMessage, origin: RequestOrigin): boolean {
  const sent = req.headers.origin;
  if (!sent) return true;
  try {
    return new URL(sent).hostname === origin.host(req);
  } catch {
    return false;
  }
}

// GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) at /graphql, signed in with
// the same httpOnly cookie as HTTP, read from the upgrade request. Each subscription gets its own context, so the
// authorization guard and policy apply as to any request. Queries and mutations stay on HTTP.
export function serveSubscriptions(server: Server, options: SubscriptionOptions): { stop(): Promise<void> } {
  const { orm, schema, logger, limits, pubsub, origin, queryLimits, production } = options;
  const format = formatError(logger, { production });
  const rules = [...graphql.specifiedRules, ...limitRules(queryLimits)];
  // One id per connection: on the upgrade's answer (`x-request-id`) and on every log line about it.
  const requestIds = new WeakMap<IncomingMessage, string>();
  const scopeOf = (request: IncomingMessage) => {
    const requestId = requestIds.get(request) ?? randomUUID();
    return { requestId, logger: logger.child({ requestId }) };
  };
  const formatAll = (request: IncomingMessage, errors: readonly GraphQLError[]) =>
    localized(
      request,
      inRequestScope(scopeOf(request), () => errors.map((error) => format(error.toJSON(), error))),
    );
  // Errors graphql-ws finds itself ("Unable to identify operation") come without a code; a thrown one keeps its own.
  const formatInvalid = (request: IncomingMessage, errors: readonly GraphQLError[]) =>
    formatAll(
      request,
      errors.map((error) => (error.originalError ? error : withCode(error, 'GRAPHQL_VALIDATION_FAILED'))),
    );
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ req }: { req: IncomingMessage }) => sameHost(req, origin),
  });
  wss.on('headers', (headers: string[], request: IncomingMessage) => {
    const requestId = randomUUID();
    requestIds.set(request, requestId);
    headers.push(`x-request-id: ${requestId}`);
  });
  const byLogin = new SocketsByLogin(orm);
  wss.on('connection', (socket, request) => byLogin.add(socket, request.headers.cookie));
  const listening = pubsub.listen(ACCESS_ENDED_CHANNEL, (payload) => byLogin.end(JSON.parse(payload) as string[]));
  listening.catch((error: unknown) => logger.error({ err: error }, 'could not listen for ended access'));
  const stopRechecking = pubsub.onReconnect(() => {
    byLogin.recheck().catch((error: unknown) => logger.error({ err: error }, 'could not recheck live access'));
  });
  const cleanup = useServer<Record<string, unknown> | undefined, { request: IncomingMessage }>(
    {
      schema,
      subscribe,
      // The same checks as over HTTP, before anything runs: the document's size and shape, unsafe text, cost.
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new graphql.GraphQLError(`A connection may hold at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions.`, {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = graphql.parse(payload.query, parseOptions(queryLimits));
        } catch (error) {
          const message = error instanceof Error ? error.message : 'The query could not be read.';
          return [new graphql.GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const invalid = graphql.validate(schema, document, rules);
        if (invalid.length) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const refused = checkOperation({
          schema,
          document,
          variables: payload.variables,
          operationName: payload.operationName,
          limits: queryLimits,
          production,
          // Introspection is a query, and queries are refused here anyway.
          staff: false,
        });
        if (refused) return [refused];
        return {
          schema,
          document,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          ...(payload.variables ? { variableValues: payload.variables } : {}),
        };
      },
      // Queries and mutations stay on HTTP, where reads of personal data are audited as each request ends.
      execute: () => ({
        errors: [
          new graphql.GraphQLError(
            'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
            {
              extensions: { code: 'BAD_REQUEST' },
            },
          ),
        ],
      }),
      context: async ({ extra: { request } }): Promise<LiveContext> => ({
        ...(await createContext(
          orm,
          logger,
          limits,
          {
            clientKey: origin.clientAddress(request),
            secure: origin.isSecure(request),
            loginToken: readLoginCookie(request.headers.cookie),
            // A WebSocket cannot set cookies; signing in and out happen over HTTP.
            setCookie: () => undefined,
            acceptLanguage: request.headers['accept-language'],
          },
          options.services,
        )),
        pubsub,
      }),
      onError: (ctx, _id, _payload, errors) => formatInvalid(ctx.extra.request, errors),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(ctx.extra.request, result.errors) } : undefined,
    },
    wss,
  );
  return {
    async stop() {
      stopRechecking();
      await listening.then((stopListening) => stopListening()).catch(() => undefined);
      // Clients are asked to close; one that does not answer is cut off.
      const closing = cleanup.dispose();
      const force = setTimeout(() => {
        for (const socket of wss.clients) socket.terminate();
      }, 2_000);
      await closing;
      clearTimeout(force);
    },
  };
}
