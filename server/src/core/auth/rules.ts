import type { Context } from '../context.js';
import type { Message } from '../i18n/messages.js';
import type { Viewer } from './viewer.js';

// The words every feature writes its access rules with (`modules/<feature>/<feature>.policy.ts`). The guard
// (guard.ts) applies them and knows no feature: a rule says WHO may do something, ON which records the
// arguments name, and WHEN, if a further condition holds. A record type says where its records live and who may
// read them. Anything no rule lets in is refused.

// What staff may do. Which role holds which capability, and in which projects, is the account feature's role
// table (modules/account/account.policy.ts).
export type Capability =
  | 'read' // read a project's sessions and their contributions
  | 'plan' // plan sessions and register participants
  | 'record' // run a workshop: open, record, moderate and close it
  | 'personal' // read and manage participants' personal data
  | 'review' // answer strategies for the municipality
  | 'administer' // organisations, projects, accounts, invitations, audit log
  | 'evaluate' // anonymised indicators
  | 'translate'; // translate what people wrote and staff texts into a project's languages

export type Args = Record<string, unknown>;

// A record as the API returns it: an entity, or any object with an id.
export type Row = { id: string };

// Where a record lives: the project it belongs to and, for workshop content, its session.
export interface Place {
  projectId: string;
  sessionId: string | null;
}

// What a condition sees: who asks, the arguments of the operation (or of the field), and, for a record, the
// record itself and where it lives. For an operation, `place` is where the first record it names lives.
export interface Subject {
  ctx: Context;
  viewer: Viewer;
  args: Args;
  row?: Row;
  place?: Place;
}

export type Condition = (subject: Subject) => boolean | Promise<boolean>;

// A condition that looks at the record alone, never at who asks (a hidden challenge): everyone a way in admits is
// let in or kept out alike, so that a live event can be resolved once for all participants of a session
// (core/pubsub.ts). A condition not marked so is taken to depend on the viewer.
const recordOnly = new WeakSet<Condition>();

export function onRecordOnly<T extends Condition>(condition: T): T {
  recordOnly.add(condition);
  return condition;
}

export const looksAtRecordOnly = (condition: Condition): boolean => recordOnly.has(condition);

// A condition that looks at the record and at the session the participant joined, never at who they are (what was
// carried onto their session's board): all participants of one session are let in or kept out alike, so that a
// live event can still be resolved once for them (core/pubsub.ts). It may look at the participant themself only
// when they joined no session (a participant signed in to a call between sessions), whose events are never shared.
const sessionAlike = new WeakSet<Condition>();

export function onSessionAndRecordOnly<T extends Condition>(condition: T): T {
  sessionAlike.add(condition);
  return condition;
}

export const sameForOneSession = (condition: Condition): boolean =>
  recordOnly.has(condition) || sessionAlike.has(condition);

// Who a way in is for. `staff` holds one of the capabilities where each record lives; `participant` acts within
// the session (or project) they joined; `system` is the server itself (an automatic step), never a request.
export type Who =
  | { kind: 'anyone' }
  | { kind: 'staff'; can: readonly Capability[] }
  | { kind: 'participant'; within: 'session' | 'project' }
  | { kind: 'system'; why: string | Message };

// A record an operation names: its GraphQL type and where its id sits in the arguments (`input.sessionId`).
// Every id given there (one, or each of a list) must be within reach of the way in.
export interface Target {
  type: string;
  arg: string;
}

// One way in. An operation, a record type or a field lists its ways in; the first that lets the viewer in decides.
export class Access {
  constructor(
    readonly who: Who,
    readonly targets: readonly Target[] = [],
    // An argument that must hold the participant's own id (a participant acting as themselves).
    readonly selfArg?: string,
    readonly condition?: Condition,
    // Why it is refused, when only the condition kept the viewer out.
    readonly because?: string | Message,
  ) {}

  // The operation names a record of `type` at `arg`.
  on(type: string, arg: string): Access {
    return new Access(this.who, [...this.targets, { type, arg }], this.selfArg, this.condition, this.because);
  }

  // A participant acting as themselves: `arg` must be their own participant id.
  self(arg: string): Access {
    return new Access(this.who, this.targets, arg, this.condition, this.because);
  }

  // Only when `condition` holds; `because` is the sentence a refused person reads.
  when(condition: Condition, because?: string | Message): Access {
    return new Access(this.who, this.targets, this.selfArg, condition, because);
  }
}

export const CAPABILITIES: readonly Capability[] = [
  'read',
  'plan',
  'record',
  'personal',
  'review',
  'administer',
  'evaluate',
  'translate',
];

export const anyone = (): Access => new Access({ kind: 'anyone' });
export const staff = (...can: Capability[]): Access => new Access({ kind: 'staff', can });
// Any staff member, whatever their role (in a project: whatever they may do there).
export const anyStaff = (): Access => staff(...CAPABILITIES);
export const participant = (within: 'session' | 'project' = 'session'): Access =>
  new Access({ kind: 'participant', within });
// Done by the server itself: no request may do it.
export const system = (why: string | Message): Access => new Access({ kind: 'system', why });

// Where records of a type live, so that "within reach" can be decided: one statement that finds the project and
// session of records by id (`select id, project_id, session_id from … where id in (%)`), batched per request.
// `parent` names the field of a loaded row that points at the record it belongs to (a relation, or a plain id
// column), whose place it shares: the parent's place is cached per request, so checking many rows costs one
// statement per level however they arrive.
//
// `own` names the fields of a loaded row that hold its project and its session (a relation or a plain id; `id` for a
// session itself): a row that has both is placed from them, without a statement, as `sql` would place it in the same
// request. Rows of a board that come from different sessions (carried from an earlier one, or sent between sessions)
// are then all checked in the same turn, and what the board reads next goes out in one batch rather than two.
// `fixed` says that a record of the type never moves to another project or session and is never deleted (a session, a
// voting round): its place, once read, is kept for the life of the app, and a room's events and requests stop asking
// for it.
export interface PlaceRule {
  sql: string;
  parent?: { field: string; type: string };
  own?: { project: string; session: string };
  fixed?: boolean;
}

// For a record that lives in no project (an organisation, an account): whether the viewer reaches it, given only
// its id (and the row when it is loaded). Undefined when there is no such record: the resolver answers NOT_FOUND.
export type Reach = (ctx: Context, viewer: Viewer, id: string, row?: Row) => Promise<boolean | undefined>;

// A field about one person: who may read it, and what to note when staff read it (the audit log of personal data).
export interface FieldRule {
  read: readonly Access[];
  audit?: (ctx: Context, record: { type: string; id: string; projectId: string | null }, field: string) => void;
}

// A target that names a record of one of several record types (the record a translation is about): it lives where
// the record of whichever of these types has that id lives.
export interface OneOf {
  oneOf: readonly string[];
}

export const isOneOf = (target: Reach | OneOf | undefined): target is OneOf =>
  !!target && typeof target === 'object' && 'oneOf' in target;

// A record type of the API: where it lives (`place`, or `reach` when it lives in no project) and who may read it.
export interface RecordRule {
  place?: PlaceRule;
  reach?: Reach;
  read: readonly Access[];
  fields?: Readonly<Record<string, FieldRule>>;
}

// How a staff account stands to a project (promoter, partner, member: the project feature says which exist), and a
// query that lists them for one account.
export type Standings = (
  ctx: Pick<Context, 'em'>,
  accountId: string,
) => Promise<{ projectId: string; standing: string }[]>;

// Per role, what it may do in a project it stands to in each way.
export type RoleTable = Readonly<Record<string, Readonly<Record<string, readonly Capability[]>>>>;

// Everything a feature declares, beside its resolvers.
export interface FeaturePolicy {
  // Query, Mutation and Subscription fields.
  operations?: Readonly<Record<string, readonly Access[]>>;
  // Object types that are records.
  records?: Readonly<Record<string, RecordRule>>;
  // Target types that are not record types of their own (`OwnOrganisation`: an organisation one belongs to), or that
  // are one of several record types (`OneOf`).
  targets?: Readonly<Record<string, Reach | OneOf>>;
  roles?: RoleTable;
  standings?: Standings;
}

export interface AppPolicy {
  operations: Readonly<Record<string, readonly Access[]>>;
  records: Readonly<Record<string, RecordRule>>;
  targets: Readonly<Record<string, Reach | OneOf>>;
  roles: RoleTable;
  standings: Standings;
}

// All features' declarations as one; a name declared twice is a mistake, not an override.
export function combinePolicies(policies: readonly FeaturePolicy[]): AppPolicy {
  const merged = {
    operations: {} as Record<string, readonly Access[]>,
    records: {} as Record<string, RecordRule>,
    targets: {} as Record<string, Reach | OneOf>,
  };
  let roles: RoleTable | undefined;
  let standings: Standings | undefined;
  for (const policy of policies) {
    for (const key of ['operations', 'records', 'targets'] as const) {
      for (const [name, rule] of Object.entries(policy[key] ?? {})) {
        if (name in merged[key]) throw new Error(`Two features declare ${key}.${name}.`);
        (merged[key] as Record<string, unknown>)[name] = rule;
      }
    }
    if (policy.roles) {
      if (roles) throw new Error('Two features declare the role table.');
      roles = policy.roles;
    }
    if (policy.standings) {
      if (standings) throw new Error('Two features declare how accounts stand to projects.');
      standings = policy.standings;
    }
  }
  if (!roles || !standings) throw new Error('No feature declares the role table and how accounts stand to projects.');
  return { ...merged, roles, standings };
}

// The capabilities a role holds anywhere, and per standing.
export function roleCapabilities(roles: RoleTable, role: string): Set<Capability> {
  return new Set(Object.values(roles[role] ?? {}).flat());
}
