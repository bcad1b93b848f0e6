import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { funderReport } from './funder.service.js';
import { FunderReport } from './funder.types.js';

@Resolver()
export class FunderResolver {
  @Query(() => FunderReport, {
    description:
      'The report a promoter sends the funder for one project and calendar year: people reached by group, sessions, hours, strategies, the share who said it helped them, competence change.',
  })
  async funderReport(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('year', () => Int, { description: 'The calendar year, such as 2026.' }) year: number,
    @Ctx() { em }: Context,
  ): Promise<FunderReport> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput('The year must be a calendar year such as 2026.', 'year');
    const report = await funderReport(em, projectId, year);
    if (!report) throw notFound('project', projectId);
    return report;
  }
}
