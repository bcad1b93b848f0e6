import type { EntityManager } from '../../core/orm.js';
import {
  findReleases,
  releaseOnce,
  withheldWhileOpen,
  type PeopleTable,
  type ReleasedFigure,
  type ReleasedTable,
} from '../disclosure/disclosure.service.js';
import { ContributionStatus } from '../challenge/challenge.entity.js';
import { Background } from '../participant/participant.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import type { SuppressionReason } from '../disclosure/disclosure.types.js';
import type { ReportAttendance, ReportContributions, ReportGroupFigure } from './report.types.js';

// The figures about people in a session report, by background group. They go through the disclosure
// module like every other figure about groups of people: nothing by group while the session is open,
// then one release when it closes, frozen, audited against the project's earlier releases.

// The order in which groups are listed, everywhere.
export const BACKGROUND_GROUPS: readonly Background[] = [
  Background.THIRD_COUNTRY_NATIONAL,
  Background.HOST_COMMUNITY,
  Background.EU_CITIZEN,
  Background.PREFERS_NOT_TO_SAY,
];

const RETURNING = 'RETURNING';
const FIRST_TIME = 'FIRST_TIME';

export interface SessionFigures {
  smallGroupThreshold: number;
  attendance: ReportAttendance;
  contributions: ReportContributions;
}

// A session's figures are final once it is closed.
export const isFinal = (status: SessionStatus): boolean =>
  status === SessionStatus.CLOSED || status === SessionStatus.REVIEWED;

export const sessionScope = (sessionId: string): string => `session:${sessionId}`;

type Row = Record<string, unknown>;

// Who is behind each figure of these sessions: one statement for attendance, one for contributions.
async function sessionTables(em: EntityManager, sessionIds: readonly string[]): Promise<Map<string, PeopleTable[]>> {
  if (!sessionIds.length) return new Map();
  const ids = [...sessionIds];
  const [attendance, contributions] = await Promise.all([
    em.execute<Row[]>(
      `select a.session_id, a.participant_id, p.background,
              exists (select 1 from attendance earlier join session es on es.id = earlier.session_id
                       where earlier.participant_id = a.participant_id
                         and es.project_id = s.project_id and es.starts_at < s.starts_at) as returning
         from attendance a join participant p on p.id = a.participant_id join session s on s.id = a.session_id
        where a.session_id in (?)`,
      [ids],
    ),
    em.execute<Row[]>(
      `select c.session_id, 'challenges' as kind, c.author_id as person, p.background, count(*)::int as n
         from challenge c left join participant p on p.id = c.author_id
        where c.session_id in (?) and c.status <> '${ContributionStatus.HIDDEN}'
        group by c.session_id, c.author_id, p.background
       union all
       select c.session_id, 'ideas' as kind, i.author_id as person, p.background, count(*)::int as n
         from idea i join challenge c on c.id = i.challenge_id left join participant p on p.id = i.author_id
        where c.session_id in (?) and c.status <> '${ContributionStatus.HIDDEN}'
          and i.status = '${ContributionStatus.VISIBLE}'
        group by c.session_id, i.author_id, p.background
       union all
       select r.session_id, 'dots' as kind, v.participant_id as person, p.background, sum(v.dots)::int as n
         from vote v join voting_round r on r.id = v.round_id join participant p on p.id = v.participant_id
        where r.session_id in (?)
        group by r.session_id, v.participant_id, p.background`,
      [ids, ids, ids],
    ),
  ]);
  const tables = new Map<string, PeopleTable[]>();
  for (const sessionId of ids) {
    const present = attendance.filter((row) => String(row.session_id) === sessionId);
    const contributed = (kind: string): PeopleTable => {
      const rows = contributions.filter((row) => String(row.session_id) === sessionId && row.kind === kind);
      return {
        name: kind,
        groups: BACKGROUND_GROUPS,
        people: rows
          .filter((row) => row.person !== null)
          .map((row) => ({ personId: String(row.person), group: String(row.background), weight: Number(row.n) })),
        unattributed: rows.filter((row) => row.person === null).reduce((sum, row) => sum + Number(row.n), 0),
        follows: 'attendance',
      };
    };
    tables.set(sessionId, [
      {
        name: 'attendance',
        groups: BACKGROUND_GROUPS,
        people: present.map((row) => ({
          personId: String(row.participant_id),
          group: String(row.background),
          weight: 1,
        })),
      },
      {
        name: 'returning',
        groups: [RETURNING, FIRST_TIME],
        people: present.map((row) => ({
          personId: String(row.participant_id),
          group: row.returning ? RETURNING : FIRST_TIME,
          weight: 1,
        })),
        // Who came before is seen by whoever was there; it is suppressed, not audited by background.
        sensitive: false,
      },
      contributed('challenges'),
      contributed('ideas'),
      contributed('dots'),
    ]);
  }
  return tables;
}

interface Figure {
  count: number | null;
  suppressed: boolean;
  hiddenBecause: SuppressionReason | null;
}

const figureOf = (cell: ReleasedFigure | undefined): Figure => ({
  count: cell?.value ?? null,
  suppressed: cell?.value == null,
  hiddenBecause: cell?.hiddenBecause ?? null,
});

const groupFigures = (table: ReleasedTable | undefined): ReportGroupFigure[] =>
  BACKGROUND_GROUPS.map((background) => ({
    background,
    ...figureOf(table?.cells.find((c) => c.group === background)),
  }));

function toFigures(threshold: number, tables: Record<string, ReleasedTable>): SessionFigures {
  const grouped = (name: string) => ({ total: tables[name]?.total ?? 0, byBackground: groupFigures(tables[name]) });
  return {
    smallGroupThreshold: threshold,
    attendance: {
      total: tables.attendance?.total ?? 0,
      byBackground: groupFigures(tables.attendance),
      returning: figureOf(tables.returning?.cells.find((c) => c.group === RETURNING)),
    },
    contributions: {
      challenges: grouped('challenges'),
      ideas: grouped('ideas'),
      dotsGiven: grouped('dots'),
    },
  };
}

// The figures of these sessions (with their project loaded). A closed session's first report releases its
// figures; every later one reads them back as released.
export async function sessionFigures(
  em: EntityManager,
  sessions: readonly Session[],
): Promise<Map<string, SessionFigures>> {
  const final = sessions.filter((s) => isFinal(s.status));
  const released = await findReleases(
    em,
    final.map((s) => sessionScope(s.id)),
  );
  const open = sessions.filter((s) => !isFinal(s.status));
  const openTables = await sessionTables(
    em,
    open.map((s) => s.id),
  );
  const figures = new Map<string, SessionFigures>();
  for (const session of open) {
    const threshold = session.project.getEntity().smallGroupThreshold;
    figures.set(session.id, toFigures(threshold, withheldWhileOpen(openTables.get(session.id) ?? [])));
  }
  for (const session of final) {
    const scope = sessionScope(session.id);
    const release =
      released.get(scope) ??
      (await releaseOnce(
        em,
        { key: scope, projectIds: [session.project.id], threshold: session.project.getEntity().smallGroupThreshold },
        async (tx) => (await sessionTables(tx, [session.id])).get(session.id) ?? [],
      ));
    figures.set(session.id, toFigures(release.threshold, release.tables));
  }
  return figures;
}
