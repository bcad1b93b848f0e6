import { anyStaff, staff, type FeaturePolicy, type Reach } from '../../core/auth/rules.js';
import type { Context } from '../../core/context.js';
import { isUuid } from '../../core/uuid.js';
import {
  AgendaTemplate,
  Method,
  MethodText,
  MethodValidation,
  methodVisibleTo,
  templateVisibleTo,
} from './method.entity.js';

// The library lives outside projects. Staff see the starter library, what any organisation shared with everyone,
// and their own organisations' methods and templates; only those organisations' planners change them.

const loadMethod = async (ctx: Context, id: string) =>
  isUuid(id) ? await ctx.loaders.byId(Method).load(id) : undefined;

const seesMethod: Reach = async (ctx, viewer, id) => {
  const method = await loadMethod(ctx, id);
  if (!method) return undefined;
  return viewer.kind === 'staff' && methodVisibleTo(method, viewer.organisationIds);
};

// A method an organisation of the staff member made (not the starter library, not another's shared one).
const ownMethod: Reach = async (ctx, viewer, id) => {
  const method = await loadMethod(ctx, id);
  if (!method) return undefined;
  return viewer.kind === 'staff' && !!method.organisation && viewer.organisationIds.has(method.organisation.id);
};

const seesTemplate: Reach = async (ctx, viewer, id) => {
  const template = isUuid(id) ? await ctx.loaders.byId(AgendaTemplate).load(id) : undefined;
  if (!template) return undefined;
  return viewer.kind === 'staff' && templateVisibleTo(template, viewer.organisationIds);
};

const ownTemplate: Reach = async (ctx, viewer, id) => {
  const template = isUuid(id) ? await ctx.loaders.byId(AgendaTemplate).load(id) : undefined;
  if (!template) return undefined;
  return viewer.kind === 'staff' && !!template.organisation && viewer.organisationIds.has(template.organisation.id);
};

// Texts and validations are seen with their method.
const withMethod =
  (entity: typeof MethodText | typeof MethodValidation): Reach =>
  async (ctx, viewer, id, row) => {
    const record =
      (row as { method: { id: string } } | undefined) ??
      (isUuid(id) ? await ctx.loaders.byId(entity as typeof MethodText).load(id) : undefined);
    if (!record) return undefined;
    return seesMethod(ctx, viewer, record.method.id);
  };

export const methodPolicy: FeaturePolicy = {
  operations: {
    methods: [anyStaff()],
    method: [anyStaff().on('Method', 'id')],
    createMethod: [staff('plan').on('OwnOrganisation', 'input.organisationId')],
    updateMethod: [staff('plan').on('OwnMethod', 'input.methodId')],
    shareMethod: [staff('plan').on('OwnMethod', 'input.methodId')],
    // An evaluator validates with evidence from sessions they evaluate, for their own evaluation team.
    validateMethod: [
      staff('evaluate')
        .on('Method', 'input.methodId')
        .on('OwnOrganisation', 'input.organisationId')
        .on('Session', 'input.sessionIds'),
    ],
    agendaTemplates: [anyStaff()],
    saveAgendaTemplate: [staff('plan').on('Session', 'input.sessionId').on('OwnOrganisation', 'input.organisationId')],
    deleteAgendaTemplate: [staff('plan').on('OwnAgendaTemplate', 'input.templateId')],
  },
  records: {
    Method: { reach: seesMethod, read: [anyStaff()] },
    MethodText: { reach: withMethod(MethodText), read: [anyStaff()] },
    MethodValidation: { reach: withMethod(MethodValidation), read: [anyStaff()] },
    AgendaTemplate: { reach: seesTemplate, read: [anyStaff()] },
  },
  targets: { OwnMethod: ownMethod, OwnAgendaTemplate: ownTemplate },
};
