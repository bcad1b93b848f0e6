import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { planExport, variablesOf } from './research.service.js';
import { ResearchExport } from './research.types.js';

@Resolver()
export class ResearchResolver {
  @Query(() => ResearchExport, {
    description:
      'The research export of a project, for its evaluators: its size and the paths of its files (CSV, JSON, codebook, README).',
  })
  async researchExport(@Arg('projectId', () => ID) projectId: string, @Ctx() { em }: Context): Promise<ResearchExport> {
    const plan = await planExport(em, projectId);
    if (!plan) throw notFound('project', projectId);
    const base = `/projects/${encodeURIComponent(projectId)}/research-`;
    return {
      projectId,
      participants: plan.people.size,
      rows: plan.rowCount,
      variables: variablesOf(plan),
      blankedAgeBands: plan.blanked.ageBand,
      blankedBackgrounds: plan.blanked.background,
      csvPath: `${base}export.csv`,
      jsonPath: `${base}export.json`,
      codebookPath: `${base}codebook.json`,
      readmePath: `${base}readme.md`,
    };
  }
}
