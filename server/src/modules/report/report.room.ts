import { Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { EntityManager } from '../../core/orm.js';
import { ContributionStatus } from '../challenge/challenge.entity.js';
import { photoUrl } from '../minutes/minutes.resolver.js';
import { SessionMinutes, SessionPhoto } from '../minutes/minutes.entity.js';
import { AgendaPhase, PhaseKind } from '../session/session.entity.js';
import { actualSeconds } from '../session/session.service.js';
import { carriedIdsOf } from '../trajectory/board.js';
import { SessionReport } from './report.types.js';

// The room as it happened, for the report: each phase planned against actual time and what it produced, the items
// brought in from earlier sessions, the minutes and the photos. Counts of contributions, never who made them.

@ObjectType({ description: 'What one phase produced: contributions made while it ran.' })
export class ReportPhaseOutput {
  @Field(() => Int, { description: 'Themes made.' })
  themes!: number;

  @Field(() => Int, { description: 'Challenges raised (hidden ones not counted).' })
  challenges!: number;

  @Field(() => Int, { description: 'Ideas proposed (hidden ones not counted).' })
  ideas!: number;

  @Field(() => Int, { description: 'Dots given, in the app and on paper.' })
  dots!: number;

  @Field(() => Int, { description: 'Strategies drafted.' })
  strategies!: number;

  @Field(() => Int, { description: 'Photos added.' })
  photos!: number;
}

@ObjectType({ description: 'One phase of the agenda: planned against actual time, and what it produced.' })
export class ReportPhase {
  @Field(() => ID, { description: 'The phase.' })
  id!: string;

  @Field(() => Int, { description: 'Order within the agenda, from 0.' })
  position!: number;

  @Field(() => PhaseKind, { description: 'The kind of work done in it.' })
  kind!: PhaseKind;

  @Field(() => String, { description: 'What it is called on the agenda.' })
  title!: string;

  @Field(() => Int, { description: 'The time box, in minutes.' })
  plannedMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How long it actually ran, in seconds, by the server clock; null when it never ran.',
  })
  actualSeconds!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it actually started (the first time).' })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it actually ended (the last time).' })
  endedAt!: Date | null;

  @Field(() => ReportPhaseOutput, { description: 'What was made while it ran.' })
  produced!: ReportPhaseOutput;
}

@ObjectType({ description: 'A theme, challenge or idea brought into the session from earlier, as plain values.' })
export class ReportCarriedItem {
  @Field(() => String, { description: 'THEME, CHALLENGE or IDEA.' })
  kind!: string;

  @Field(() => String, { description: 'The theme’s title, or the challenge’s or idea’s text.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The language of the text (none for a theme).' })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The session it was made in; null when it was contributed between sessions.',
  })
  fromSession!: string | null;

  @Field(() => Int, { description: 'Visible ideas made on it in this session (for a challenge).' })
  newIdeas!: number;
}

@ObjectType({ description: 'A photo of the session, as the report shows it.' })
export class ReportPhoto {
  @Field(() => ID, { description: 'The photo.' })
  id!: string;

  @Field(() => String, { description: 'What it shows.' })
  caption!: string;

  @Field(() => String, { description: 'Where to get the image, with the reader’s own login.' })
  url!: string;

  @Field(() => Int, { description: 'Width in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Height in pixels.' })
  height!: number;
}

interface CountRow {
  phase_id: string;
  kind: string;
  n: number;
}

async function phasesOf(em: EntityManager, sessionIds: readonly string[]): Promise<ReportPhase[][]> {
  const phases = await em.find(
    AgendaPhase,
    { session: { $in: [...sessionIds] } },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  const ids = phases.map((p) => p.id);
  const rows = ids.length
    ? await em.getConnection().execute<CountRow[]>(
        `select phase_id, 'themes' as kind, count(*)::int as n from theme where phase_id in (?) group by phase_id
         union all select phase_id, 'challenges', count(*)::int from challenge
           where phase_id in (?) and status in ('${ContributionStatus.VISIBLE}', '${ContributionStatus.MERGED}') group by phase_id
         union all select phase_id, 'ideas', count(*)::int from idea
           where phase_id in (?) and status = '${ContributionStatus.VISIBLE}' group by phase_id
         union all select phase_id, 'dots', coalesce(sum(dots), 0)::int from vote where phase_id in (?) group by phase_id
         union all select phase_id, 'strategies', count(*)::int from strategy where phase_id in (?) group by phase_id
         union all select phase_id, 'photos', count(*)::int from session_photo where phase_id in (?) group by phase_id`,
        [ids, ids, ids, ids, ids, ids],
      )
    : [];
  const count = (phaseId: string, kind: string) =>
    rows.find((row) => row.phase_id === phaseId && row.kind === kind)?.n ?? 0;
  const now = new Date();
  return sessionIds.map((sessionId) =>
    phases
      .filter((phase) => phase.session.id === sessionId)
      .map((phase) => ({
        id: phase.id,
        position: phase.position,
        kind: phase.kind,
        title: phase.title,
        plannedMinutes: phase.durationMinutes,
        actualSeconds: phase.startedAt ? actualSeconds(phase, now) : null,
        startedAt: phase.startedAt,
        endedAt: phase.endedAt,
        produced: {
          themes: count(phase.id, 'themes'),
          challenges: count(phase.id, 'challenges'),
          ideas: count(phase.id, 'ideas'),
          dots: count(phase.id, 'dots'),
          strategies: count(phase.id, 'strategies'),
          photos: count(phase.id, 'photos'),
        },
      })),
  );
}

async function carriedOf(em: EntityManager, sessionIds: readonly string[]): Promise<ReportCarriedItem[][]> {
  const carried = await carriedIdsOf(em, sessionIds);
  const all = [...carried.values()];
  const themeIds = [...new Set(all.flatMap((c) => [...c.themes]))];
  const challengeIds = [...new Set(all.flatMap((c) => [...c.challenges]))];
  const ideaIds = [...new Set(all.flatMap((c) => [...c.ideas]))];
  const connection = em.getConnection();
  const [themes, challenges, ideas, newIdeas] = await Promise.all([
    themeIds.length
      ? connection.execute<{ id: string; title: string; session: string }[]>(
          `select t.id, t.title, s.title as session from theme t join session s on s.id = t.session_id where t.id in (?)`,
          [themeIds],
        )
      : [],
    challengeIds.length
      ? connection.execute<{ id: string; text: string; language: string; session: string | null }[]>(
          `select c.id, c.text, c.language, s.title as session from challenge c left join session s on s.id = c.session_id
            where c.id in (?)`,
          [challengeIds],
        )
      : [],
    ideaIds.length
      ? connection.execute<{ id: string; text: string; language: string; session: string | null }[]>(
          `select i.id, i.text, i.language, s.title as session from idea i left join session s on s.id = i.session_id
            where i.id in (?)`,
          [ideaIds],
        )
      : [],
    challengeIds.length
      ? connection.execute<{ challenge_id: string; session_id: string; n: number }[]>(
          `select challenge_id, session_id, count(*)::int as n from idea
            where challenge_id in (?) and session_id in (?) and status = '${ContributionStatus.VISIBLE}'
            group by challenge_id, session_id`,
          [challengeIds, [...sessionIds]],
        )
      : [],
  ]);
  return sessionIds.map((sessionId) => {
    const ids = carried.get(sessionId);
    if (!ids) return [];
    const ideasOn = (challengeId: string) =>
      newIdeas.find((row) => row.challenge_id === challengeId && row.session_id === sessionId)?.n ?? 0;
    return [
      ...[...ids.themes].flatMap((id) =>
        themes
          .filter((t) => t.id === id)
          .map((t) => ({ kind: 'THEME', text: t.title, language: null, fromSession: t.session, newIdeas: 0 })),
      ),
      ...[...ids.challenges].flatMap((id) =>
        challenges
          .filter((c) => c.id === id)
          .map((c) => ({
            kind: 'CHALLENGE',
            text: c.text,
            language: c.language,
            fromSession: c.session,
            newIdeas: ideasOn(c.id),
          })),
      ),
      ...[...ids.ideas].flatMap((id) =>
        ideas
          .filter((i) => i.id === id)
          .map((i) => ({ kind: 'IDEA', text: i.text, language: i.language, fromSession: i.session, newIdeas: 0 })),
      ),
    ];
  });
}

@Resolver(() => SessionReport)
export class ReportRoomResolver {
  @FieldResolver(() => [ReportPhase], {
    description:
      'The agenda as it happened: each phase planned against actual time (by the server clock) and what it produced.',
  })
  phases(@Root() report: SessionReport, @Ctx() { em, loaders }: Context): Promise<ReportPhase[]> {
    return loaders.custom('report:phases', (ids) => phasesOf(em, ids)).load(report.session.id);
  }

  @FieldResolver(() => [ReportCarriedItem], {
    description: 'The themes, challenges and ideas brought into this session from earlier ones (or between sessions).',
  })
  carriedIn(@Root() report: SessionReport, @Ctx() { em, loaders }: Context): Promise<ReportCarriedItem[]> {
    return loaders.custom('report:carried', (ids) => carriedOf(em, ids)).load(report.session.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The minutes, as cleaned HTML (paragraphs, headings, lists, emphasis, links); null when none.',
  })
  async minutesHtml(@Root() report: SessionReport, @Ctx() { loaders }: Context): Promise<string | null> {
    const [minutes] = await loaders.childrenOf(SessionMinutes, 'session').load(report.session.id);
    return minutes?.html ?? null;
  }

  @FieldResolver(() => [ReportPhoto], { description: 'The photos of the session, in the order they were added.' })
  async photos(@Root() report: SessionReport, @Ctx() { loaders }: Context): Promise<ReportPhoto[]> {
    const photos = await loaders.childrenOf(SessionPhoto, 'session').load(report.session.id);
    return photos.map((photo) => ({
      id: photo.id,
      caption: photo.caption,
      url: photoUrl(photo),
      width: photo.width,
      height: photo.height,
    }));
  }
}
