import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '../../core/orm.js';
import { isUuid } from '../../core/uuid.js';
import {
  findReleases,
  releaseOnce,
  withheldWhileOpen,
  type PeopleTable,
  type ReleasedTable,
} from '../disclosure/disclosure.service.js';
import { BACKGROUND_GROUPS } from '../report/report.figures.js';
import { ReportGroupFigure } from '../report/report.types.js';
import { RoundStatus } from './vote.entity.js';

// Dots by background group, per voting round: where the votes are counted (the cockpit, the projector, the report),
// next to the round's total. Like every figure about groups of people they go through the disclosure module:
// nothing by group while the round is open (dots that change live would show who just voted), then one release
// when it has closed, frozen and audited against the project's earlier releases.
//
// The people behind a group's dots count, not the dots: five dots from one person are one person's. Digital dots
// count for their voter's background. Paper dots that a facilitator entered for a group (a table of host-community
// residents) count as ONE person of that group per round (a fixed id made from the round and the group): we do not
// know how many gave them, and counting fewer people can only hide more. Paper dots of unknown origin are in the
// total and in no group.

@ObjectType({ description: 'The dots of a voting round in all and by the background of who gave them.' })
export class RoundDotsByGroup {
  @Field(() => Int, { description: 'All dots of the round, in the app and on paper.' })
  total!: number;

  @Field(() => Int, { description: 'Dots counted on paper without a known group: in the total, in no group.' })
  withoutGroup!: number;

  @Field(() => [ReportGroupFigure], {
    description:
      'Dots by background group, in a fixed order: hidden while the round is open, and for groups too small to show.',
  })
  byBackground!: ReportGroupFigure[];
}

export const roundScope = (roundId: string): string => `voting-round:${roundId}`;

const TABLE = 'dots';

type Row = { round_id: string; person: string | null; grp: string | null; dots: number };

// Who gave the dots of each round, in one statement.
async function roundTables(em: EntityManager, roundIds: readonly string[]): Promise<Map<string, PeopleTable>> {
  if (!roundIds.length) return new Map();
  const rows = await em.execute<Row[]>(
    `select v.round_id, v.participant_id::text as person, p.background as grp, sum(v.dots)::int as dots
       from vote v join participant p on p.id = v.participant_id
      where v.round_id in (?)
      group by v.round_id, v.participant_id, p.background
     union all
     select v.round_id,
            case when v.background is null then null
                 else md5('paper:' || v.round_id || ':' || v.background)::uuid::text end,
            v.background, sum(v.dots)::int
       from vote v
      where v.round_id in (?) and v.participant_id is null
      group by v.round_id, v.background`,
    [roundIds, roundIds],
  );
  return new Map(
    roundIds.map((roundId) => {
      const mine = rows.filter((row) => row.round_id === roundId);
      const table: PeopleTable = {
        name: TABLE,
        groups: BACKGROUND_GROUPS,
        people: mine
          .filter((row) => row.person !== null && row.grp !== null)
          .map((row) => ({ personId: String(row.person), group: String(row.grp), weight: row.dots })),
        unattributed: mine.filter((row) => row.person === null).reduce((sum, row) => sum + row.dots, 0),
      };
      return [roundId, table];
    }),
  );
}

function toFigures(table: ReleasedTable | undefined, withoutGroup: number): RoundDotsByGroup {
  return {
    total: table?.total ?? 0,
    withoutGroup,
    byBackground: BACKGROUND_GROUPS.map((background) => {
      const cell = table?.cells.find((c) => c.group === background);
      return {
        background,
        count: cell?.value ?? null,
        suppressed: cell?.value == null,
        hiddenBecause: cell?.hiddenBecause ?? null,
      };
    }),
  };
}

// A round as its figures need it: whether it is closed, and its project's threshold.
export interface RoundRef {
  id: string;
  status: RoundStatus;
  projectId: string;
  threshold: number;
}

// The figures of these rounds, by id: two statements however many rounds. A closed round's first reading
// releases its figures; every later one reads them back as released.
export async function figuresOfRounds(
  em: EntityManager,
  rounds: readonly RoundRef[],
): Promise<Map<string, RoundDotsByGroup>> {
  if (!rounds.length) return new Map();
  const closed = rounds.filter((r) => r.status === RoundStatus.CLOSED);
  const [tables, released] = await Promise.all([
    roundTables(
      em,
      rounds.map((r) => r.id),
    ),
    findReleases(
      em,
      closed.map((r) => roundScope(r.id)),
    ),
  ]);
  const figures = new Map<string, RoundDotsByGroup>();
  for (const round of rounds) {
    const table = tables.get(round.id);
    const withoutGroup = table?.unattributed ?? 0;
    if (round.status !== RoundStatus.CLOSED || !table) {
      figures.set(round.id, toFigures(withheldWhileOpen(table ? [table] : [])[TABLE], withoutGroup));
      continue;
    }
    const release =
      released.get(roundScope(round.id)) ??
      (await releaseOnce(
        em,
        { key: roundScope(round.id), projectIds: [round.projectId], threshold: round.threshold },
        async (tx) => [(await roundTables(tx, [round.id])).get(round.id)!],
      ));
    figures.set(round.id, toFigures(release.tables[TABLE], withoutGroup));
  }
  return figures;
}

// The figures of rounds by id, in their order; undefined for a round that does not exist. One statement to find
// the rounds, then figuresOfRounds.
export async function roundFigures(
  em: EntityManager,
  roundIds: readonly string[],
): Promise<(RoundDotsByGroup | undefined)[]> {
  const ids = [...new Set(roundIds.filter(isUuid))];
  const rows = ids.length
    ? await em.execute<{ id: string; status: RoundStatus; project_id: string; threshold: number }[]>(
        `select r.id, r.status, s.project_id, p.small_group_threshold as threshold
           from voting_round r join session s on s.id = r.session_id join project p on p.id = s.project_id
          where r.id in (?)`,
        [ids],
      )
    : [];
  const figures = await figuresOfRounds(
    em,
    rows.map((row) => ({ id: row.id, status: row.status, projectId: row.project_id, threshold: row.threshold })),
  );
  return roundIds.map((id) => figures.get(id));
}
