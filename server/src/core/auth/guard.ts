import { defaultFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { DomainError, ErrorCode } from '../errors.js';
import { msg, type Message } from '../i18n/messages.js';
import { appPolicy } from '../policies.js';
import {
  isOneOf,
  looksAtRecordOnly,
  type Access,
  type AppPolicy,
  type Args,
  type FieldRule,
  type Place,
  type RecordRule,
  type Row,
  type Subject,
  type Target,
  type Who,
} from './rules.js';
import { placeFromFields, placeOf, placeOfOneOf, placeOfRow } from './scope.js';
import type { Viewer } from './viewer.js';

// The one guard every field of the API passes (wrapped around each field's resolver, see `guardSchema` below). It applies what the
// features declare (core/policies.ts) and knows none of them: operations by their ways in, records by their
// type's read rule, personal fields by their field rule. Payloads, connections and other plain types pass.
// Built from a policy (`createGuard`), so that a test can try rules no feature declares yet.

const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, msg('common:auth.signInOrJoin'));
const forbidden = (because?: string | Message) =>
  new DomainError(ErrorCode.FORBIDDEN, because ?? msg('common:auth.forbidden'));
const refusal = (viewer: Viewer, because?: string | Message) =>
  viewer.kind === 'anonymous' ? unauthenticated() : forbidden(because);

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const step = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

// The value at a path of the arguments. A path through a list of inputs (`input.agenda.methodId`) gives the value of
// each item that has one, so that a target can name an id inside every item of a list.
function argAt(args: Args, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (value, key) =>
      Array.isArray(value)
        ? value.flatMap((item) => {
            const inner = step(item, key);
            return inner == null ? [] : Array.isArray(inner) ? inner : [inner];
          })
        : step(value, key),
    args,
  );
}

// The ids an operation names for a target: one, a list, or none when the argument is left out.
function idsAt(args: Args, target: Target): string[] {
  const value = argAt(args, target.arg);
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Whether a viewer is one of those a way in is for, before any record is looked at.
function admits(who: Who, viewer: Viewer): boolean {
  if (who.kind === 'anyone') return true;
  if (who.kind === 'staff') return viewer.kind === 'staff' && who.can.some((c) => viewer.capabilities.has(c));
  if (who.kind === 'participant') return viewer.kind === 'participant';
  // The server's own steps are never a request's.
  return false;
}

// Whether a place is within the reach of a way in for a viewer it admits: anywhere for `anyone`, a project where staff
// hold one of the way's capabilities, the participant's session (or project).
function within(who: Who, viewer: Viewer, place: Place): boolean {
  if (who.kind === 'anyone') return true;
  if (who.kind === 'staff' && viewer.kind === 'staff') {
    const held = viewer.grants.get(place.projectId);
    return !!held && who.can.some((c) => held.has(c));
  }
  if (who.kind === 'participant' && viewer.kind === 'participant') {
    // A participant signed in to a call between sessions is in no session: `within: 'session'` lets them nowhere.
    return who.within === 'session'
      ? viewer.sessionId !== null && place.sessionId === viewer.sessionId
      : place.projectId === viewer.projectId;
  }
  return false;
}

type Verdict = 'in' | 'out' | { because: string | Message };

async function decide(ways: readonly Access[], attempt: (access: Access) => Promise<Verdict>) {
  let because: string | Message | undefined;
  for (const access of ways) {
    const verdict = await attempt(access);
    if (verdict === 'in') return { access, because };
    if (verdict !== 'out') because ??= verdict.because;
  }
  return { access: undefined, because };
}

// What a field of a type must pass before it resolves: nothing (undefined, so that the field resolves at once), or a
// check that settles first. Most fields of a record ask nothing new once the record itself was let through.
type Gate = (ctx: Context, root: unknown, args: Args, info: GraphQLResolveInfo) => Promise<void> | undefined;

export interface Guard {
  // The check every field passes, applied to a schema by `guardSchema`.
  gate: Gate;
  // Whether the viewer may call an operation with these arguments; throws UNAUTHENTICATED or FORBIDDEN when not.
  authorizeOperation: (ctx: Context, operation: string, args: Args) => Promise<void>;
  // Whether the viewer may read a record of a type; throws like the above.
  authorizeRecord: (ctx: Context, type: string, row: Row) => Promise<void>;
  hasReadRules: (type: string, field?: string) => boolean;
}

export function createGuard(policy: AppPolicy): Guard {
  // Whether a record is within reach of the viewer as `who`: anywhere for `anyone` (a condition may still ask where
  // it lives), inside a project where staff hold one of the capabilities, inside the participant's session (or
  // project), or as its type's own `reach` says for a record that lives in no project. Undefined when there is no
  // such record.
  async function reaches(
    ctx: Context,
    who: Who,
    type: string,
    id: string,
    row: Row | undefined,
  ): Promise<{ ok: boolean | undefined; place?: Place }> {
    const { viewer } = ctx;
    const target = policy.records[type]?.reach ?? policy.targets[type];
    if (target && !isOneOf(target)) return { ok: who.kind === 'anyone' || (await target(ctx, viewer, id, row)) };
    const place = isOneOf(target)
      ? await placeOfOneOf(ctx, policy, target.oneOf, id)
      : row
        ? await placeOfRow(ctx, policy, type, row)
        : await placeOf(ctx, policy, type, id);
    if (!place) return { ok: undefined };
    return { ok: within(who, viewer, place), place };
  }

  // One way in for an operation: every record it names within reach, the participant as themselves, the condition.
  async function tryOperation(ctx: Context, access: Access, args: Args): Promise<Verdict> {
    const { viewer } = ctx;
    // What the server does by itself: a request that asks for it hears why nobody does it by hand.
    if (access.who.kind === 'system') {
      const asked = !access.condition || (await access.condition({ ctx, viewer, args }));
      return asked ? { because: msg('common:auth.nobodyByHand', { why: access.who.why }) } : 'out';
    }
    if (!admits(access.who, viewer)) return 'out';
    if (access.selfArg && (viewer.kind !== 'participant' || argAt(args, access.selfArg) !== viewer.participantId))
      return 'out';
    // A participant acts within their session or on their own record: a way in that names neither lets nobody in.
    if (
      access.who.kind === 'participant' &&
      !access.selfArg &&
      !access.targets.some((target) => idsAt(args, target).length)
    )
      return 'out';
    let place: Place | undefined;
    for (const target of access.targets) {
      for (const id of idsAt(args, target)) {
        const reached = await reaches(ctx, access.who, target.type, id, undefined);
        // An id that points at nothing is left to the resolver, which answers NOT_FOUND.
        if (reached.ok === false) return 'out';
        place ??= reached.place;
      }
    }
    if (access.condition && !(await access.condition({ ctx, viewer, args, ...(place ? { place } : {}) }))) {
      return access.because ? { because: access.because } : 'out';
    }
    return 'in';
  }

  async function authorizeOperation(ctx: Context, operation: string, args: Args): Promise<void> {
    const ways = policy.operations[operation] ?? [];
    const { access, because } = await decide(ways, (way) => tryOperation(ctx, way, args));
    if (!access) throw refusal(ctx.viewer, because);
  }

  // One way in for a record (or a field of it): the record within reach, and the condition on it.
  async function tryRecord(ctx: Context, access: Access, type: string, row: Row, args: Args): Promise<Verdict> {
    if (!admits(access.who, ctx.viewer)) return 'out';
    const { ok, place } = await reaches(ctx, access.who, type, row.id, row);
    if (ok !== true) return 'out';
    const subject: Subject = { ctx, viewer: ctx.viewer, args, row, ...(place ? { place } : {}) };
    if (access.condition && !(await access.condition(subject))) return 'out';
    return 'in';
  }

  // Whether a record's own fields let it in at once, without a lookup: a way in admits the viewer, the record names its
  // place in its own fields (`own` in its place rule) within the way's reach, and the way's condition, if it has one,
  // looks at the record alone and answers at once. A record is let in when any one of its ways lets it in, so a way
  // settled here lets it in as the full check (`tryRecord`) would; false leaves the record to the full check. A board's
  // own challenges and ideas pass here, and their fields resolve without waiting for a promise each.
  function letInAtOnce(ctx: Context, type: string, rule: RecordRule, row: Row): boolean {
    const own = rule.place?.own;
    if (!own || rule.reach || policy.targets[type]) return false;
    const place = placeFromFields(row, own);
    if (!place) return false;
    const { viewer } = ctx;
    return rule.read.some((access) => {
      if (!admits(access.who, viewer) || !within(access.who, viewer, place)) return false;
      if (!access.condition) return true;
      if (!looksAtRecordOnly(access.condition)) return false;
      const answer = access.condition({ ctx, viewer, args: {}, row, place });
      // One that answers later is the full check's to wait for.
      if (answer instanceof Promise) answer.catch(() => undefined);
      return answer === true;
    });
  }

  // Each record is checked once per request, however many of its fields are asked for: the check is shared while it
  // runs, and once it let the record through, its other fields pass without waiting (undefined).
  function checkRecord(ctx: Context, type: string, rule: RecordRule, row: Row): Promise<void> | undefined {
    const known = ctx.authorized.get(row);
    if (known === true) return undefined;
    if (known) return known;
    if (letInAtOnce(ctx, type, rule, row)) {
      ctx.authorized.set(row, true);
      return undefined;
    }
    const check = decide(rule.read, (access) => tryRecord(ctx, access, type, row, {})).then(({ access }) => {
      if (!access) throw refusal(ctx.viewer);
      ctx.authorized.set(row, true);
    });
    ctx.authorized.set(row, check);
    return check;
  }

  async function checkField(
    ctx: Context,
    type: string,
    row: Row,
    args: Args,
    info: GraphQLResolveInfo,
    rule: FieldRule,
  ): Promise<void> {
    const { access } = await decide(rule.read, (way) => tryRecord(ctx, way, type, row, args));
    if (!access) throw refusal(ctx.viewer);
    if (rule.audit && access.who.kind === 'staff') {
      const place = await placeOfRow(ctx, policy, type, row);
      rule.audit(ctx, { type, id: row.id, projectId: place?.projectId ?? null }, info.fieldName);
    }
  }

  // Applied to every field the API resolves.
  const gate: Gate = (context, root, args, info) => {
    const parent = info.parentType.name;
    if (ROOT_TYPES.has(parent)) return authorizeOperation(context, info.fieldName, args);
    const rule = policy.records[parent];
    if (!rule) return undefined;
    const record = checkRecord(context, parent, rule, root as Row);
    const field = rule.fields?.[info.fieldName];
    if (!field) return record;
    return (record ?? Promise.resolve()).then(() => checkField(context, parent, root as Row, args, info, field));
  };

  // Whether what a type's fields answer can depend on who asks (a record type, or a field with its own rule): the
  // live feed shares an event's result between subscribers only when it cannot (core/pubsub.ts).
  const hasReadRules = (type: string, field?: string): boolean =>
    field === undefined ? type in policy.records : !!policy.records[type]?.fields?.[field];

  const authorizeRecord = async (ctx: Context, type: string, row: Row): Promise<void> => {
    const rule = policy.records[type];
    if (!rule) throw refusal(ctx.viewer);
    await checkRecord(ctx, type, rule, row);
  };

  return { gate, authorizeOperation, authorizeRecord, hasReadRules };
}

// Puts the guard in front of every field's resolver, subscriptions' events included. A field that needs no check (a
// plain type's, or a record's whose check has passed) resolves at once, as graphql-js would without the guard: a
// board of a thousand objects with a dozen fields each does not pay for a promise per field.
export function guardSchema(schema: GraphQLSchema, gate: Gate): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // By its tag rather than `isObjectType`: type-graphql and this file may load graphql in two module systems.
    if (Object.prototype.toString.call(type) !== '[object GraphQLObjectType]' || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args: Args, context: Context, info) => {
        const pending = gate(context, root, args, info);
        return pending ? pending.then(() => resolve(root, args, context, info)) : resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

// The guard of the API, with every feature's rules. `authorizeOperation` is also used by subscriptions, which are
// checked when a client subscribes, and `authorizeRecord` by live events, which answer null for a record the
// follower may not read (modules/live).
export const { gate, authorizeOperation, authorizeRecord, hasReadRules } = createGuard(appPolicy);
