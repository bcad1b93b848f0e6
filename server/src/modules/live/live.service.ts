import { msg } from '../../core/i18n/messages.js';
import { badInput, notFound } from '../../core/errors.js';
import type { EntityManager } from '../../core/orm.js';
import { sameForEverySubscriber, type LiveContext, type PubSub } from '../../core/pubsub.js';
import { getById } from '../../core/repository.js';
import { Attendance } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { SessionEventType, type SessionEventFields } from './live.entity.js';
import type { SessionEvent } from './live.input.js';

export const SESSION_EVENTS_CHANNEL = 'session_events';
// PostgreSQL refuses notifications of 8000 bytes or more: a bigger event is announced by its number only,
// and listeners read it from the log.
const NOTIFY_PAYLOAD_LIMIT = 7_000;
// Events read from the log at a time when a subscriber catches up.
const LOG_BATCH = 500;
// Events held for a subscriber that reads slowly; past this it drops them and reads the log instead.
const INBOX_LIMIT = 1_000;

// ---------------------------------------------------------------------------------------------------------------
// Publishing: called at the end of each domain action that changes a board, inside its transaction.

// Writes the event into the session's log and announces it, in the transaction of the change: both happen when the
// change commits and neither when it rolls back. Events of one session are numbered 1, 2, 3, … in commit order:
// taking a number locks the session's counter until commit, so the next number waits for this one to be visible.
export async function publishSessionEvent(
  tx: EntityManager,
  sessionId: string,
  type: SessionEventType,
  fields: SessionEventFields = {},
): Promise<void> {
  // The change's own rows and locks first; the counter last, so that it is held only for the commit and never
  // while waiting for another lock. The key share on the session (which the log's foreign keys need) comes before
  // it: an action holding the session row for update (a status change) never waits behind us.
  await tx.flush();
  const payload = JSON.stringify(fields);
  const announced = Buffer.byteLength(payload) <= NOTIFY_PAYLOAD_LIMIT ? payload : null;
  // One statement (a statement is a round trip, and a full room sends dozens of changes a second): the key share on
  // the session (the counter's insert reads its row from `target`, so it is locked first), the next number (the
  // upsert waits for the counter and reads its latest value), the log row, and the announcement that PostgreSQL
  // delivers on commit. No row: no such session.
  const published = await tx.execute<unknown[]>(
    `with target as (select id from session where id = ? for key share),
     counter as (
       insert into session_event_counter as c (session_id, last_seq) select id, 1 from target
       on conflict (session_id) do update set last_seq = c.last_seq + 1
       returning session_id, last_seq),
     event as (
       insert into session_event (session_id, seq, type, payload, created_at)
       select session_id, last_seq, ?, ?::jsonb, clock_timestamp() from counter
       returning session_id, seq, type, created_at)
     select pg_notify(?, json_build_object('s', session_id, 'q', seq, 't', type, 'p', ?::jsonb, 'a', created_at)::text)
       from event`,
    [sessionId, type, payload, SESSION_EVENTS_CHANNEL, announced],
  );
  if (!published.length) throw notFound('session', sessionId);
}

// For a create that may have found its record already made (a retry with the same id): only a new record is news.
export async function publishCreated(
  tx: EntityManager,
  record: object,
  sessionId: string,
  type: SessionEventType,
  fields: SessionEventFields = {},
): Promise<void> {
  if (tx.getUnitOfWork().getPersistStack().has(record)) await publishSessionEvent(tx, sessionId, type, fields);
}

// Someone joined or left: the board shows how many are present, never who.
export async function publishAttendance(
  tx: EntityManager,
  sessionId: string,
  type: typeof SessionEventType.PARTICIPANT_JOINED | typeof SessionEventType.PARTICIPANT_LEFT,
): Promise<void> {
  await tx.flush();
  const participantCount = await tx.count(Attendance, { session: sessionId });
  await publishSessionEvent(tx, sessionId, type, { participantCount });
}

// The events after which a screen needs the session itself again: its status, phase, agenda, details, one of its
// short lists (themes, voting rounds, attendance, strategies) or its questionnaires' response counts. Contributions
// and votes name their own records instead.
const SESSION_CHANGES: ReadonlySet<SessionEventType> = new Set([
  SessionEventType.THEME_CREATED,
  SessionEventType.THEMES_REORDERED,
  SessionEventType.THEME_DELETED,
  SessionEventType.VOTING_ROUND_OPENED,
  SessionEventType.VOTING_ROUND_CLOSED,
  SessionEventType.SESSION_UPDATED,
  SessionEventType.AGENDA_CHANGED,
  SessionEventType.SESSION_PHASE_CHANGED,
  SessionEventType.SESSION_STATUS_CHANGED,
  SessionEventType.PARTICIPANT_JOINED,
  SessionEventType.PARTICIPANT_LEFT,
  SessionEventType.STRATEGY_CHANGED,
  // The questionnaires' response counts (how many started and finished) are the session's: the cockpit's counts
  // follow without reloading.
  SessionEventType.QUESTIONNAIRE_ANSWERED,
]);

export const changesSession = (type: SessionEventType): boolean => SESSION_CHANGES.has(type);

// The events that name a challenge without changing it but for its dot count: a vote on it, or a change to one of its
// ideas (the idea comes in the event's own `idea`).
const CHALLENGE_UNCHANGED: ReadonlySet<SessionEventType> = new Set([
  SessionEventType.VOTE_CAST,
  SessionEventType.VOTE_WITHDRAWN,
  SessionEventType.PAPER_VOTES_RECORDED,
  SessionEventType.IDEA_CREATED,
  SessionEventType.IDEA_UPDATED,
  SessionEventType.IDEA_TRANSLATED,
  SessionEventType.IDEA_STATUS_CHANGED,
]);

export const leavesChallengeAsItWas = (type: SessionEventType): boolean => CHALLENGE_UNCHANGED.has(type);

// The events that name a voting round without changing it but for its figures (tallies, dots by group, its list of
// votes): a vote given, withdrawn or counted on paper (the vote comes in the event's own `vote`).
const ROUND_UNCHANGED: ReadonlySet<SessionEventType> = new Set([
  SessionEventType.VOTE_CAST,
  SessionEventType.VOTE_WITHDRAWN,
  SessionEventType.PAPER_VOTES_RECORDED,
]);

export const leavesRoundAsItWas = (type: SessionEventType): boolean => ROUND_UNCHANGED.has(type);

// ---------------------------------------------------------------------------------------------------------------
// Reading: the log, and the live feed of each API process.

interface EventRow {
  seq: number;
  type: SessionEventType;
  payload: SessionEventFields;
  created_at: Date | string;
}

function toSessionEvent(sessionId: string, row: EventRow): SessionEvent {
  const f = row.payload;
  return {
    cursor: String(row.seq),
    type: row.type,
    at: new Date(row.created_at),
    sessionId,
    challengeId: f.challengeId ?? null,
    challengeIds: f.challengeIds ?? null,
    ideaId: f.ideaId ?? null,
    themeId: f.themeId ?? null,
    themeIds: f.themeIds ?? null,
    roundId: f.roundId ?? null,
    phaseId: f.phaseId ?? null,
    voteId: f.voteId ?? null,
    status: f.status ?? null,
    dots: f.dots ?? null,
    participantCount: f.participantCount ?? null,
    language: f.language ?? null,
  };
}

export function parseCursor(cursor: string): number {
  if (!/^\d{1,10}$/.test(cursor)) throw badInput(msg('common:eventCursor'), 'after');
  return Number(cursor);
}

async function latestSeq(em: EntityManager, sessionId: string): Promise<number> {
  const [row] = await em.execute<{ seq: number }[]>(
    'select coalesce(max(seq), 0)::int as seq from session_event where session_id = ?',
    [sessionId],
  );
  return row?.seq ?? 0;
}

// The cursor to subscribe after once the board is loaded: read it first, then the board, then subscribe.
export async function latestCursor(em: EntityManager, sessionId: string): Promise<string> {
  await getById(em, Session, sessionId, 'session');
  return String(await latestSeq(em, sessionId));
}

function readLog(em: EntityManager, sessionId: string, after: number): Promise<EventRow[]> {
  return em.execute<EventRow[]>(
    `select seq, type, payload, created_at from session_event
      where session_id = ? and seq > ? order by seq limit ${LOG_BATCH}`,
    [sessionId, after],
  );
}

// One announced event; `event` is null when it was too big to announce and must be read from the log.
interface Announcement {
  seq: number;
  event: SessionEvent | null;
}

// One subscriber's events, in order, each once: live ones as they are announced, and from the log whatever it
// has not seen (the backlog after its cursor, a gap in the numbers, anything sent while a connection was down).
class SessionEventStream implements AsyncIterableIterator<SessionEvent> {
  private inbox: Announcement[] = [];
  private fromLog: SessionEvent[] = [];
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly em: EntityManager,
    readonly sessionId: string,
    // The number of the last event handed out.
    private last: number,
    // Whether the log may hold events after `last` that were not announced to this stream.
    private behind: boolean,
    private readonly detach: () => void,
  ) {}

  push(announcement: Announcement): void {
    if (this.closed) return;
    if (this.inbox.length >= INBOX_LIMIT) {
      this.inbox = [];
      this.behind = true;
    } else this.inbox.push(announcement);
    this.wake?.();
  }

  catchUp(): void {
    this.behind = true;
    this.wake?.();
  }

  // Hands out only events numbered after `seq`; called before the first `next`.
  skipTo(seq: number): void {
    this.last = Math.max(this.last, seq);
  }

  async next(): Promise<IteratorResult<SessionEvent>> {
    try {
      for (;;) {
        if (this.closed) return { done: true, value: undefined };
        const logged = this.fromLog.shift();
        if (logged) return { done: false, value: logged };
        if (this.behind) {
          await this.readLog();
          continue;
        }
        const live = this.inbox.shift();
        if (!live) {
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = undefined;
          continue;
        }
        // Already handed out from the log.
        if (live.seq <= this.last) continue;
        // A gap (an announcement lost with a connection) or an event too big to announce: the log has it.
        if (live.seq !== this.last + 1 || !live.event) {
          this.behind = true;
          continue;
        }
        this.last = live.seq;
        return { done: false, value: live.event };
      }
    } catch (error) {
      await this.return();
      throw error;
    }
  }

  private async readLog(): Promise<void> {
    // Cleared before reading: a gap noticed while the query runs sets it again.
    this.behind = false;
    const rows = await readLog(this.em, this.sessionId, this.last);
    for (const row of rows) {
      if (row.seq <= this.last) continue;
      this.fromLog.push(toSessionEvent(this.sessionId, row));
      this.last = row.seq;
    }
    if (rows.length === LOG_BATCH) this.behind = true;
  }

  async return(): Promise<IteratorResult<SessionEvent>> {
    if (!this.closed) {
      this.closed = true;
      this.inbox = [];
      this.fromLog = [];
      this.detach();
      this.wake?.();
    }
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SessionEvent> {
    return this;
  }
}

// The streams of one API process by session, fed by its pubsub connection: each announcement is read once and
// handed to every stream of its session.
class SessionFeed {
  private readonly streams = new Map<string, Set<SessionEventStream>>();

  static async start(pubsub: PubSub): Promise<SessionFeed> {
    const feed = new SessionFeed();
    await pubsub.listen(SESSION_EVENTS_CHANNEL, (payload) => feed.receive(payload));
    pubsub.onReconnect(() => feed.catchUpAll());
    return feed;
  }

  private receive(payload: string): void {
    const message = JSON.parse(payload) as {
      s: string;
      q: number;
      t: SessionEventType;
      p: SessionEventFields | null;
      a: string;
    };
    const streams = this.streams.get(message.s);
    if (!streams) return;
    const event = message.p
      ? sameForEverySubscriber(
          toSessionEvent(message.s, { seq: message.q, type: message.t, payload: message.p, created_at: message.a }),
        )
      : null;
    // After the replies already waiting (a transaction's next step, a commit), so that a change in progress is
    // not held up while this one is sent to hundreds of phones. Announcements keep their order.
    setImmediate(() => {
      for (const stream of streams) stream.push({ seq: message.q, event });
    });
  }

  private catchUpAll(): void {
    for (const streams of this.streams.values()) for (const stream of streams) stream.catchUp();
  }

  attach(stream: SessionEventStream): void {
    let streams = this.streams.get(stream.sessionId);
    if (!streams) {
      streams = new Set();
      this.streams.set(stream.sessionId, streams);
    }
    streams.add(stream);
  }

  detach(stream: SessionEventStream): void {
    const streams = this.streams.get(stream.sessionId);
    streams?.delete(stream);
    if (streams?.size === 0) this.streams.delete(stream.sessionId);
  }
}

const feeds = new WeakMap<PubSub, Promise<SessionFeed>>();

function feedOf(pubsub: PubSub): Promise<SessionFeed> {
  let feed = feeds.get(pubsub);
  if (!feed) {
    feed = SessionFeed.start(pubsub);
    feeds.set(pubsub, feed);
    feed.catch(() => feeds.delete(pubsub));
  }
  return feed;
}

// The events of a session from now on, or, with `after`, everything after that cursor first. The stream is attached
// to the live feed before the log is read, so that nothing committed in between is missed; what both bring is
// handed out once, by its number.
export async function subscribeSessionEvents(
  ctx: LiveContext,
  sessionId: string,
  after: string | null | undefined,
): Promise<AsyncIterableIterator<SessionEvent>> {
  const from = after == null ? null : parseCursor(after);
  await getById(ctx.em, Session, sessionId, 'session');
  const feed = await feedOf(ctx.pubsub);
  const stream: SessionEventStream = new SessionEventStream(ctx.em, sessionId, from ?? 0, from !== null, () =>
    feed.detach(stream),
  );
  feed.attach(stream);
  try {
    const latest = await latestSeq(ctx.em, sessionId);
    // Without a cursor only what happens from now on: everything up to the latest number is skipped.
    if (from === null) stream.skipTo(latest);
    // A cursor this session never reached (from another session, say) would wait for numbers that were already given.
    else if (from > latest) throw badInput(msg('common:eventCursorElsewhere'), 'after');
  } catch (error) {
    await stream.return();
    throw error;
  }
  return stream;
}
