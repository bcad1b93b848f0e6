import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { SubmitSessionStrategiesInput, SubmitSessionStrategiesPayload } from './report.input.js';
import { buildSessionReports, submitSessionStrategies } from './report.service.js';
import { SessionReport } from './report.types.js';

@Resolver()
export class ReportResolver {
  @Query(() => SessionReport, {
    description:
      "The closing report of a session: attendance and contributions by background group (released once the session has closed; groups smaller than the project's threshold, at least 5, suppressed), the board by theme with votes, voting rounds and strategies. It names nobody.",
  })
  async sessionReport(
    @Arg('sessionId', () => ID) sessionId: string,
    @Ctx() { em, loaders }: Context,
  ): Promise<SessionReport> {
    const report = await loaders
      .custom<SessionReport | undefined>('session-report', (ids) => buildSessionReports(em, ids))
      .load(sessionId);
    if (!report) throw notFound('session', sessionId);
    return report;
  }

  @Mutation(() => SubmitSessionStrategiesPayload, {
    description:
      'Submit every draft strategy of a closed session to the municipality at once; each needs at least one action. Either all go, or none.',
  })
  async submitSessionStrategies(
    @Arg('input', () => SubmitSessionStrategiesInput) input: SubmitSessionStrategiesInput,
    @Ctx() { em }: Context,
  ): Promise<SubmitSessionStrategiesPayload> {
    const { strategies } = await submitSessionStrategies(em, input);
    return { clientMutationId: input.clientMutationId ?? null, strategies };
  }
}
