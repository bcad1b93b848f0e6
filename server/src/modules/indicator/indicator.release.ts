// When the figures of the indicators are released. Every figure about groups of people an evaluator or a funder
// reads was released before, once, by the disclosure module (audit included), and is read back as released: no
// dashboard request ever runs a release or an audit. Releases are made in the background, by this releaser, when a
// session closes, and by a sweep that catches up on anything missed (a restart, a year that ended).
//
// What is released, and when:
// - `session:<id>`: a session's own figures (the session report), when it closes.
// - `session-evaluation:<id>`: the end-of-session evaluation, when the session closes. Paper forms entered later
//   count in the funder's year, not in the session's figures.
// - `project-step:<project>:<n>:<part>`: the project's figures over every session closed so far, in steps (each step
//   in four parts, indicator.tables.ts). A step is taken
//   when sessions closed since the previous one and either at least k people took part in them for the first time
//   in the project, or three months have passed since the previous step, or no session of the project is left to
//   hold (the final step). Why so: each step is audited against every earlier one, and two steps that differ by a few
//   people would have to hide most of their groups (their difference is about those few); k new people give the
//   next step room to show something, the three months keep figures of a stable group of regulars from waiting for
//   ever, and fewer steps keep the audit of each release short.
// - `project-year:<project>:<year>` and `project-year-helped:<project>:<year>`: the funder's year (people and hours,
//   and who said it helped them: one grouping each), once it is over (or the project's last session closed in it).
// A release holds tables of one grouping only (backgrounds, or agreement), since the audit compares tables about the
// same groups.
import type { Logger } from '../../core/logger.js';
import type { EntityManager, MikroORM } from '../../core/orm.js';
import type { PubSub } from '../../core/pubsub.js';
import { releaseOnce } from '../disclosure/disclosure.service.js';
import { SESSION_EVENTS_CHANNEL } from '../live/live.service.js';
import { SessionEventType } from '../live/live.entity.js';
import { Project } from '../project/project.entity.js';
import { sessionFigures } from '../report/report.figures.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { IndicatorStep } from './indicator.entity.js';
import {
  evaluationContent,
  helpedContent,
  STEP_PARTS,
  stepContent,
  yearContent,
  type StepPart,
} from './indicator.tables.js';

export const STEP_INTERVAL_MONTHS = 3;

export const stepScope = (projectId: string, n: number, part: StepPart): string =>
  `project-step:${projectId}:${n}:${part}`;
export const yearScope = (projectId: string, year: number): string => `project-year:${projectId}:${year}`;
export const helpedScope = (projectId: string, year: number): string => `project-year-helped:${projectId}:${year}`;
export const evaluationScope = (sessionId: string): string => `session-evaluation:${sessionId}`;

const CLOSED = [SessionStatus.CLOSED, SessionStatus.REVIEWED];
const OPEN = [SessionStatus.DRAFT, SessionStatus.SCHEDULED, SessionStatus.LIVE];

const lock = (tx: EntityManager, key: string) =>
  tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);

const addMonths = (date: Date, months: number): Date => {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
};

// The next step of a project, when the step rule says one is due.
async function dueStep(
  tx: EntityManager,
  project: Project,
  sessions: readonly Session[],
  now: Date,
): Promise<{ number: number; sessionIds: string[]; final: boolean } | undefined> {
  const closed = sessions.filter((s) => CLOSED.includes(s.status));
  if (!closed.length) return undefined;
  const last = await tx.findOne(IndicatorStep, { project }, { orderBy: { number: 'desc' } });
  const covered = new Set(last?.sessionIds ?? []);
  const added = closed.filter((s) => !covered.has(s.id));
  if (!added.length) return undefined;
  const final = !sessions.some((s) => OPEN.includes(s.status));
  const [{ n } = { n: 0 }] = await tx.execute<{ n: number }[]>(
    `select count(distinct a.participant_id)::int as n from attendance a
      where a.session_id in (?)
        and not exists (select 1 from attendance b where b.participant_id = a.participant_id and b.session_id in (?))`,
    [added.map((s) => s.id), covered.size ? [...covered] : ['00000000-0000-0000-0000-000000000000']],
  );
  const waited = last ? addMonths(last.takenAt, STEP_INTERVAL_MONTHS) <= now : false;
  if (!(final || waited || n >= project.smallGroupThreshold)) return undefined;
  return { number: (last?.number ?? 0) + 1, sessionIds: closed.map((s) => s.id).toSorted(), final };
}

// The years of a project whose figures are due: those that are over, and the last one once no session is left.
function dueYears(project: Project, sessions: readonly Session[], now: Date): number[] {
  const held = sessions.filter((s) => CLOSED.includes(s.status));
  const years = [...new Set(held.map((s) => s.startsAt.getUTCFullYear()))];
  const done = !sessions.some((s) => OPEN.includes(s.status));
  const lastYear = Math.max(...years);
  return years.filter((y) => y < now.getUTCFullYear() || (done && y === lastYear)).toSorted((a, b) => a - b);
}

// Releases whatever of a project is due, in order: each closed session, its evaluation, the next step, the years.
// Safe to call at any moment and from several processes: each release is made once (the disclosure module), and
// steps are decided one at a time per project. `stopping` ends it between two releases (a process that shuts down
// does not wait for a whole project's audits); what is left is due at the next sweep.
export async function releaseDue(
  em: EntityManager,
  projectId: string,
  now = new Date(),
  stopping: () => boolean = () => false,
): Promise<void> {
  const project = await em.findOne(Project, projectId);
  if (!project) return;
  const sessions = await em.find(Session, { project }, { populate: ['project'], orderBy: { startsAt: 'asc' } });
  const closed = sessions.filter((s) => CLOSED.includes(s.status));
  await sessionFigures(em, closed);
  const threshold = project.smallGroupThreshold;
  for (const session of closed) {
    if (stopping()) return;
    await releaseOnce(em, { key: evaluationScope(session.id), projectIds: [projectId], threshold }, (tx) =>
      evaluationContent(tx, session.id),
    );
  }
  if (stopping()) return;
  await em.transactional(async (tx) => {
    await lock(tx, `indicator-step:${projectId}`);
    const step = await dueStep(tx, project, sessions, now);
    if (!step) return;
    for (const part of STEP_PARTS) {
      await releaseOnce(
        tx,
        { key: stepScope(projectId, step.number, part), projectIds: [projectId], threshold },
        (inner) => stepContent(inner, projectId, step.sessionIds, part),
      );
    }
    tx.create(IndicatorStep, {
      project: tx.getReference(Project, projectId),
      number: step.number,
      sessionIds: step.sessionIds,
      final: step.final,
      takenAt: now,
    });
  });
  for (const year of dueYears(project, sessions, now)) {
    if (stopping()) return;
    const held = closed.filter((s) => s.startsAt.getUTCFullYear() === year).map((s) => s.id);
    await releaseOnce(em, { key: yearScope(projectId, year), projectIds: [projectId], threshold }, (tx) =>
      yearContent(tx, held),
    );
    await releaseOnce(em, { key: helpedScope(projectId, year), projectIds: [projectId], threshold }, (tx) =>
      helpedContent(tx, held),
    );
  }
}

// The projects that may have something due: a closed session without its release, or a year that ended.
async function projectsToSweep(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ project_id: string }[]>(
    `select distinct s.project_id from session s
      where s.status in ('${SessionStatus.CLOSED}', '${SessionStatus.REVIEWED}')
        and (not exists (select 1 from disclosure_release r where r.scope = 'session-evaluation:' || s.id)
             or not exists (select 1 from indicator_step i where i.project_id = s.project_id and s.id::text = any(i.session_ids))
             or (extract(year from s.starts_at at time zone 'UTC') < extract(year from now() at time zone 'UTC')
                 and not exists (select 1 from disclosure_release r
                                  where r.scope = 'project-year:' || s.project_id || ':' || extract(year from s.starts_at at time zone 'UTC')::int)))`,
  );
  return rows.map((r) => r.project_id);
}

export interface Releaser {
  // Releases what is due for these projects now (and waits for it); for tests and the sweep.
  settle(projectIds?: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

const SWEEP_EVERY_MS = 10 * 60_000;

// The background releaser of one API process: a project is worked on once a session of it closes, and every project
// with something due at start and every ten minutes. One project at a time, so that audits never pile up.
export function startReleaser(orm: MikroORM, pubsub: PubSub, logger: Logger): Releaser {
  const waiting = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  const state = { stopped: false };

  const work = (projectIds: readonly string[]): Promise<void> => {
    for (const id of projectIds) waiting.add(id);
    running = running.then(async () => {
      while (waiting.size && !state.stopped) {
        const [projectId] = waiting;
        if (!projectId) break;
        waiting.delete(projectId);
        const started = Date.now();
        try {
          await releaseDue(orm.em.fork(), projectId, new Date(), () => state.stopped);
          logger.debug({ projectId, ms: Date.now() - started }, 'released what was due');
        } catch (error) {
          logger.error({ err: error, projectId }, 'releasing indicators failed; the next sweep tries again');
        }
      }
    });
    return running;
  };
  const sweep = async () => {
    if (state.stopped) return;
    try {
      await work(await projectsToSweep(orm.em.fork()));
    } catch (error) {
      logger.error({ err: error }, 'the indicator sweep failed');
    }
  };

  let unlisten: (() => void) | undefined;
  void pubsub
    .listen(SESSION_EVENTS_CHANNEL, (payload) => {
      try {
        const event = JSON.parse(payload) as { s?: string; t?: string; p?: { status?: string } | null };
        if (event.t !== SessionEventType.SESSION_STATUS_CHANGED || event.p?.status !== SessionStatus.CLOSED) return;
        const sessionId = event.s;
        if (!sessionId) return;
        void orm.em
          .fork()
          .findOne(Session, sessionId)
          .then((session) => session && work([session.project.id]))
          .catch((error: unknown) => logger.error({ err: error, sessionId }, 'finding the closed session failed'));
      } catch {
        // Not an event of ours to act on.
      }
    })
    .then((stop) => {
      unlisten = stop;
    });
  const first = setTimeout(() => void sweep(), 5_000);
  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  first.unref();
  timer.unref();

  return {
    settle: async (projectIds) => {
      await work(projectIds ?? (await projectsToSweep(orm.em.fork())));
    },
    stop: async () => {
      state.stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      unlisten?.();
      await running;
    },
  };
}
