// The funder's report of one project and year: what a promoter reports (people reached by group, sessions held,
// hours, strategies and their answers, the share who said the activity helped them, competence change). Figures by
// group come from the year's release (indicator.release.ts releases it once the year is over); before that the
// report shows totals only, like a live session.
import type { EntityManager } from '../../core/orm.js';
import { findById } from '../../core/repository.js';
import { findReleases, withheldWhileOpen, type ReleasedTable } from '../disclosure/disclosure.service.js';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { helpedScope, yearScope } from '../indicator/indicator.release.js';
import { competenceOf, groupedFigure, loadProjectStates, strategiesOf } from '../indicator/indicator.service.js';
import { AGREE, helpedContent, yearContent } from '../indicator/indicator.tables.js';
import { Project } from '../project/project.entity.js';
import { SessionStatus } from '../session/session.entity.js';
import type { FunderReport, HelpedFigure } from './funder.types.js';

function helpedOf(table: ReleasedTable | undefined): HelpedFigure {
  const agreed = table?.cells.find((c) => c.group === AGREE);
  const respondents = table?.total ?? 0;
  const value = agreed?.value ?? null;
  return {
    respondents,
    agreed: value,
    share: value !== null && respondents > 0 ? value / respondents : null,
    hiddenBecause: value === null ? (agreed?.hiddenBecause ?? SuppressionReason.SMALL_GROUP) : null,
  };
}

export async function funderReport(
  em: EntityManager,
  projectId: string,
  year: number,
): Promise<FunderReport | undefined> {
  const project = await findById(em, Project, projectId);
  if (!project) return undefined;
  const [sessions, released, [state]] = await Promise.all([
    em.execute<{ id: string }[]>(
      `select id from session where project_id = ? and status in (?, ?)
          and starts_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'UTC') and starts_at < make_timestamptz(?, 1, 1, 0, 0, 0, 'UTC')`,
      [projectId, SessionStatus.CLOSED, SessionStatus.REVIEWED, year, year + 1],
    ),
    findReleases(em, [yearScope(projectId, year), helpedScope(projectId, year)]),
    loadProjectStates(em, [projectId]),
  ]);
  const sessionIds = sessions.map((s) => s.id);
  const release = released.get(yearScope(projectId, year));
  const helped = released.get(helpedScope(projectId, year));
  const tables = {
    ...(release?.tables ?? withheldWhileOpen(await yearContent(em, sessionIds))),
    ...(helped?.tables ?? withheldWhileOpen(await helpedContent(em, sessionIds))),
  };
  const strategies = await strategiesOf(em, [projectId], sessionIds);
  return {
    projectId,
    title: project.title,
    year,
    smallGroupThreshold: project.smallGroupThreshold,
    final: !!release,
    sessionsHeld: sessionIds.length,
    peopleReached: groupedFigure(tables.people),
    minutes: groupedFigure(tables.minutes),
    strategies: strategies.get(projectId) ?? {
      submitted: 0,
      answered: 0,
      adopted: 0,
      partlyAdopted: 0,
      underStudy: 0,
      declined: 0,
      done: null,
    },
    helped: helpedOf(tables.helped),
    competence: state ? competenceOf(state) : [],
  };
}
