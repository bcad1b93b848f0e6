import { msg } from '../../core/i18n/messages.js';
import {
  anyone,
  participant,
  staff,
  system,
  type Access,
  type FeaturePolicy,
  type Subject,
} from '../../core/auth/rules.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import { SessionStatus } from './session.entity.js';

const { DRAFT, SCHEDULED, LIVE, CLOSED, REVIEWED } = SessionStatus;

// Who moves a session from one status to the next: a facilitator plans, opens and closes a workshop; a reviewer
// never runs one; a session becomes reviewed by itself when the municipality has answered it, never by hand. Which
// moves exist at all is the service's STATUS_TRANSITIONS; a move that exists for nobody is refused there, with a
// sentence saying which moves there are.
export const STATUS_CHANGES: readonly { from: SessionStatus; to: SessionStatus; by: Access }[] = [
  { from: DRAFT, to: SCHEDULED, by: staff('plan') },
  { from: SCHEDULED, to: DRAFT, by: staff('plan') },
  { from: SCHEDULED, to: LIVE, by: staff('record') },
  { from: LIVE, to: CLOSED, by: staff('record') },
  { from: CLOSED, to: REVIEWED, by: system(msg('errors:session.reviewedByItself')) },
];

const requested = (args: Subject['args']) => (args.input as { status?: SessionStatus } | undefined)?.status;

// Read without loading the entity, so that the service's locked read of the session is the one it works with.
async function currentStatus({ ctx, args }: Subject): Promise<SessionStatus | undefined> {
  const id = (args.input as { sessionId?: string } | undefined)?.sessionId;
  if (!id || !isUuid(id)) return undefined;
  return ctx.loaders
    .custom<SessionStatus | undefined>('session-status', async (ids) => {
      const rows = await ctx.em
        .getConnection()
        .execute<{ id: string; status: SessionStatus }[]>(
          `select id, status from session where id in (${placeholders(ids)})`,
          [...ids],
        );
      return ids.map((key) => rows.find((row) => row.id === key)?.status);
    })
    .load(id);
}

const declared = (from: SessionStatus | undefined, to: SessionStatus | undefined) =>
  STATUS_CHANGES.some((change) => change.from === from && change.to === to);

// Each change is allowed to those its rule names. A move nobody can make (from draft straight to live) is let
// through to whoever may make the change into that status, so that the service tells them why it cannot be. A
// status the server sets by itself is refused to every request that asks for it.
const changeSessionStatus: Access[] = STATUS_CHANGES.flatMap(({ from, to, by }) => {
  const way = by.on('Session', 'input.sessionId');
  if (by.who.kind === 'system') return [way.when(({ args }) => requested(args) === to)];
  return [
    way.when(async (subject) => requested(subject.args) === to && (await currentStatus(subject)) === from),
    way.when(async (subject) => requested(subject.args) === to && !declared(await currentStatus(subject), to)),
  ];
});

const readers = (arg: string) => [staff('read').on('Session', arg), participant().on('Session', arg)];

export const sessionPolicy: FeaturePolicy = {
  operations: {
    session: readers('id'),
    // The clock every screen counts phases down by: nothing about anyone.
    serverTime: [anyone()],
    // An agenda is made from the template and methods the planner may use (method.policy.ts says which).
    createSession: [
      staff('plan')
        .on('Project', 'input.projectId')
        .on('AgendaTemplate', 'input.templateId')
        .on('Method', 'input.agenda.methodId'),
    ],
    updateSession: [staff('plan').on('Session', 'input.sessionId')],
    setSessionAgenda: [staff('plan').on('Session', 'input.sessionId').on('Method', 'input.phases.methodId')],
    changeSessionStatus,
    setCurrentPhase: [staff('record').on('Session', 'input.sessionId').on('AgendaPhase', 'input.phaseId')],
  },
  records: {
    Session: {
      place: {
        sql: 'select id, project_id, id as session_id from session where id in (%)',
        own: { project: 'project', session: 'id' },
        // A session stays in its project and is never deleted (a closed one is kept for its report).
        fixed: true,
      },
      read: [staff('read'), participant()],
      fields: {
        // How many have answered the session's questionnaires: for those who run and read it, not the phones.
        questionnaireResponses: { read: [staff('read')] },
      },
    },
    AgendaPhase: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from agenda_phase t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('read'), participant()],
    },
  },
};
