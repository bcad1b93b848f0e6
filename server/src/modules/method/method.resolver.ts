import { Arg, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeRecord } from '../../core/auth/guard.js';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { placeholders } from '../../core/sql.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { AgendaPhase, PhaseKind } from '../session/session.entity.js';
import { AgendaTemplate, Method, MethodText, MethodValidation } from './method.entity.js';
import {
  AgendaTemplatePayload,
  CreateMethodInput,
  DeleteAgendaTemplateInput,
  DeleteAgendaTemplatePayload,
  MethodPayload,
  SaveAgendaTemplateInput,
  ShareMethodInput,
  TemplatePhaseView,
  UpdateMethodInput,
  ValidateMethodInput,
  ValidateMethodPayload,
  ValidationEvidence,
} from './method.input.js';
import {
  bestText,
  createMethod,
  deleteAgendaTemplate,
  getMethod,
  listAgendaTemplates,
  listMethods,
  saveAgendaTemplate,
  shareMethod,
  updateMethod,
  validateMethod,
} from './method.service.js';

interface EvidenceRow {
  project_id: string;
  title: string;
  project_title: string;
  starts_at: Date;
}

// Whether the viewer may see an organisation, by the guard's rule for organisations (never a rule of its own here).
const mayRead = (ctx: Context, organisation: Organisation): Promise<boolean> =>
  authorizeRecord(ctx, 'Organisation', organisation).then(
    () => true,
    () => false,
  );

const textsOf = ({ loaders }: Context, method: Method): Promise<MethodText[]> =>
  loaders.childrenOf(MethodText, 'method', { language: 'asc', id: 'asc' }).load(method.id);

@Resolver(() => Method)
export class MethodResolver {
  @Query(() => [Method], {
    description:
      'The method library: the starter methods, those shared by any organisation, and your own organisations’ methods, by name.',
  })
  methods(
    @Arg('language', () => String, {
      nullable: true,
      description: 'The language to sort names in (and to search first); English when left out.',
    })
    language: string | null,
    @Arg('kind', () => PhaseKind, { nullable: true, description: 'Only methods for this kind of phase.' })
    kind: PhaseKind | null,
    @Arg('search', () => String, { nullable: true, description: 'Words to look for in names and purposes.' })
    search: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Method[]> {
    return listMethods(em, staffViewer(viewer), { language, kind, search });
  }

  @Query(() => Method, { description: 'One method of the library.' })
  method(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Method> {
    return getMethod(em, id);
  }

  @FieldResolver(() => [MethodText], { description: 'Its texts, one per language it is written in.' })
  texts(@Root() method: Method, @Ctx() ctx: Context): Promise<MethodText[]> {
    return textsOf(ctx, method);
  }

  @FieldResolver(() => MethodText, {
    description:
      'Its texts in one language: that language when it has it, else English, else the first it has (see `language` on the answer).',
  })
  async text(
    @Root() method: Method,
    @Arg('language', () => String, { nullable: true, description: 'The language wanted (BCP 47 tag).' })
    language: string | null,
    @Ctx() ctx: Context,
  ): Promise<MethodText> {
    const text = bestText(await textsOf(ctx, method), language);
    if (!text) throw notFound('methodText', method.id);
    return text;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it ships with the product (the starter library).' })
  starter(@Root() method: Method): boolean {
    return method.key !== null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether every organisation on the server sees it (the starter library, or shared by its makers).',
  })
  shared(@Root() method: Method): boolean {
    return method.key !== null || method.sharedAt !== null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation that made it; null for the starter library, and for a method another organisation you do not work with shared.',
  })
  async organisation(@Root() method: Method, @Ctx() ctx: Context): Promise<Organisation | null> {
    const maker = method.organisation ? await ctx.loaders.byId(Organisation).load(method.organisation.id) : undefined;
    return maker && (await mayRead(ctx, maker)) ? maker : null;
  }

  // The maker's name as a plain value: a method shared with everyone is read by organisations that do not work with its
  // maker, and those may not read the maker's record (`organisation`).
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The name of the organisation that made it, readable by every organisation that sees the method; null for the starter library.',
  })
  async organisationName(@Root() method: Method, @Ctx() { loaders }: Context): Promise<string | null> {
    if (!method.organisation) return null;
    return (await loaders.byId(Organisation).load(method.organisation.id))?.name ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether it belongs to one of your organisations: then its planners may change it and share it with everyone.',
  })
  ofYourOrganisation(@Root() method: Method, @Ctx() { viewer }: Context): boolean {
    return viewer.kind === 'staff' && !!method.organisation && viewer.organisationIds.has(method.organisation.id);
  }

  @FieldResolver(() => [String], {
    description:
      'The languages it has been used in (BCP 47 tags): those its makers name, and those of the sessions whose agenda used it.',
  })
  async languagesUsed(@Root() method: Method, @Ctx() { em, loaders }: Context): Promise<string[]> {
    const used = await loaders
      .custom<string[]>('method:session-languages', async (ids) => {
        const rows = await em.getConnection().execute<{ method_id: string; language: string }[]>(
          `select distinct p.method_id, unnest(s.languages) as language from agenda_phase p
               join session s on s.id = p.session_id where p.method_id in (${placeholders(ids)})`,
          [...ids],
        );
        return ids.map((id) => rows.filter((row) => row.method_id === id).map((row) => row.language));
      })
      .load(method.id);
    return [...new Set([...method.languagesUsed, ...used])].toSorted();
  }

  @FieldResolver(() => [MethodValidation], {
    description:
      'Evaluators’ findings that it works, with their evidence: those of evaluation teams you may see (your own, and those working on your projects).',
  })
  async validations(@Root() method: Method, @Ctx() ctx: Context): Promise<MethodValidation[]> {
    const validations = await ctx.loaders.childrenOf(MethodValidation, 'method').load(method.id);
    // Whether the viewer may see the team is the guard's rule for organisations: another tenant's validation of a
    // method everyone sees stays out, rather than failing the whole answer on its team.
    const seen = await Promise.all(
      validations.map(async (validation) => {
        const team = await ctx.loaders.byId(Organisation).load(validation.organisation.id);
        return !!team && (await mayRead(ctx, team));
      }),
    );
    return validations.filter((_, index) => seen[index]);
  }

  @Mutation(() => MethodPayload, { description: 'Add a method of your organisation to the library.' })
  async createMethod(
    @Arg('input', () => CreateMethodInput) input: CreateMethodInput,
    @Ctx() { em }: Context,
  ): Promise<MethodPayload> {
    return { clientMutationId: input.clientMutationId ?? null, method: await createMethod(em, input) };
  }

  @Mutation(() => MethodPayload, {
    description: 'Change a method of your organisation, or add or replace its texts in one language.',
  })
  async updateMethod(
    @Arg('input', () => UpdateMethodInput) input: UpdateMethodInput,
    @Ctx() { em }: Context,
  ): Promise<MethodPayload> {
    return { clientMutationId: input.clientMutationId ?? null, method: await updateMethod(em, input) };
  }

  @Mutation(() => MethodPayload, {
    description: 'Share a method of your organisation with every organisation on the server, or stop sharing it.',
  })
  async shareMethod(
    @Arg('input', () => ShareMethodInput) input: ShareMethodInput,
    @Ctx() { em }: Context,
  ): Promise<MethodPayload> {
    return { clientMutationId: input.clientMutationId ?? null, method: await shareMethod(em, input) };
  }

  @Mutation(() => ValidateMethodPayload, {
    description:
      'Mark a method as validated, as an evaluator: the sessions it was used in and the indicators that show it works are shown next to it.',
  })
  async validateMethod(
    @Arg('input', () => ValidateMethodInput) input: ValidateMethodInput,
    @Ctx() { em }: Context,
  ): Promise<ValidateMethodPayload> {
    return { clientMutationId: input.clientMutationId ?? null, validation: await validateMethod(em, input) };
  }
}

@Resolver(() => MethodValidation)
export class MethodValidationResolver {
  @FieldResolver(() => Organisation, { description: 'The evaluation team that validated it.' })
  async organisation(@Root() validation: MethodValidation, @Ctx() { loaders }: Context): Promise<Organisation> {
    const organisation = await loaders.byId(Organisation).load(validation.organisation.id);
    if (!organisation) throw notFound('organisation', validation.organisation.id);
    return organisation;
  }

  @FieldResolver(() => String, {
    description:
      'The name of the evaluation team that validated it, readable by every organisation that sees the method (unlike `organisation`).',
  })
  async organisationName(@Root() validation: MethodValidation, @Ctx() { loaders }: Context): Promise<string> {
    const organisation = await loaders.byId(Organisation).load(validation.organisation.id);
    if (!organisation) throw notFound('organisation', validation.organisation.id);
    return organisation.name;
  }

  @FieldResolver(() => GraphQLISODateTime, { description: 'When it was validated.' })
  validatedAt(@Root() validation: MethodValidation): Date {
    return validation.createdAt;
  }

  @FieldResolver(() => [ValidationEvidence], {
    description:
      'The sessions the evidence comes from, as plain values: those of the projects you work on (another project’s sessions are not named).',
  })
  async evidence(
    @Root() validation: MethodValidation,
    @Ctx() { em, loaders, viewer }: Context,
  ): Promise<ValidationEvidence[]> {
    const rows = await loaders
      .custom<EvidenceRow[]>('validation:evidence', async (ids) => {
        const found = await em.getConnection().execute<(EvidenceRow & { method_validation_id: string })[]>(
          `select v.method_validation_id, s.project_id, s.title, p.title as project_title, s.starts_at
             from method_validation_sessions v join session s on s.id = v.session_id join project p on p.id = s.project_id
            where v.method_validation_id in (${placeholders(ids)}) order by s.starts_at, s.id`,
          [...ids],
        );
        return ids.map((id) => found.filter((row) => row.method_validation_id === id));
      })
      .load(validation.id);
    // Like every list, only what the viewer reaches: the sessions of the projects they hold a grant in.
    return rows
      .filter((row) => viewer.kind === 'staff' && viewer.projectIds.has(row.project_id))
      .map((row) => ({ sessionTitle: row.title, projectTitle: row.project_title, startsAt: new Date(row.starts_at) }));
  }
}

@Resolver(() => AgendaTemplate)
export class AgendaTemplateResolver {
  @Query(() => [AgendaTemplate], {
    description: 'Agenda templates to start a session from: the starter ones and your organisations’ own.',
  })
  agendaTemplates(
    @Arg('language', () => String, {
      nullable: true,
      description: 'Only templates written in this language (BCP 47 tag); all when left out.',
    })
    language: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<AgendaTemplate[]> {
    return listAgendaTemplates(em, staffViewer(viewer), language);
  }

  @FieldResolver(() => [TemplatePhaseView], { description: 'Its phases, in order.' })
  phases(@Root() template: AgendaTemplate): TemplatePhaseView[] {
    return template.phases.map((phase) => ({ ...phase, methodId: phase.methodId ?? null }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether it ships with the product (the starter library).' })
  starter(@Root() template: AgendaTemplate): boolean {
    return template.key !== null;
  }

  @FieldResolver(() => Int, { description: 'How long its phases take together, in minutes.' })
  durationMinutes(@Root() template: AgendaTemplate): number {
    return template.phases.reduce((sum, phase) => sum + phase.durationMinutes, 0);
  }

  @Mutation(() => AgendaTemplatePayload, {
    description: 'Save the agenda of a session as a template of your organisation.',
  })
  async saveAgendaTemplate(
    @Arg('input', () => SaveAgendaTemplateInput) input: SaveAgendaTemplateInput,
    @Ctx() { em }: Context,
  ): Promise<AgendaTemplatePayload> {
    return { clientMutationId: input.clientMutationId ?? null, template: await saveAgendaTemplate(em, input) };
  }

  @Mutation(() => DeleteAgendaTemplatePayload, { description: 'Remove a template of your organisation.' })
  async deleteAgendaTemplate(
    @Arg('input', () => DeleteAgendaTemplateInput) input: DeleteAgendaTemplateInput,
    @Ctx() { em }: Context,
  ): Promise<DeleteAgendaTemplatePayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      deletedTemplateId: await deleteAgendaTemplate(em, input),
    };
  }
}

@Resolver(() => AgendaPhase)
export class AgendaPhaseMethodResolver {
  @FieldResolver(() => Method, { nullable: true, description: 'The method of the library the phase follows, if any.' })
  async method(@Root() phase: AgendaPhase, @Ctx() { loaders }: Context): Promise<Method | null> {
    return phase.methodId ? ((await loaders.byId(Method).load(phase.methodId)) ?? null) : null;
  }
}
