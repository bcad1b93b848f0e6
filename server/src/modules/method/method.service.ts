import type { StaffViewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { canonicalLanguage } from '../../core/i18n/languages.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { getOrganisation } from '../organisation/organisation.service.js';
import { PhaseKind, Session } from '../session/session.entity.js';
import { getSession, listAgenda, normaliseLanguages } from '../session/session.service.js';
import { AgendaTemplate, Method, MethodText, MethodValidation, type TemplatePhase } from './method.entity.js';
import { starterTemplateKeys } from './method.library.js';
import type {
  CreateMethodInput,
  DeleteAgendaTemplateInput,
  MethodTextInput,
  SaveAgendaTemplateInput,
  ShareMethodInput,
  UpdateMethodInput,
  ValidateMethodInput,
} from './method.input.js';

export function getMethod(em: EntityManager, id: string): Promise<Method> {
  return getById(em, Method, id, 'method');
}

export function getAgendaTemplate(em: EntityManager, id: string): Promise<AgendaTemplate> {
  return getById(em, AgendaTemplate, id, 'agendaTemplate');
}

export function getMethodValidation(em: EntityManager, id: string): Promise<MethodValidation> {
  return getById(em, MethodValidation, id, 'methodValidation');
}

export interface MethodFilter {
  kind?: PhaseKind | null;
  search?: string | null;
  language?: string | null;
}

// The best text of a method for a language: that language, else its base language (`nl` for `nl-BE`), else English,
// else the first there is.
export function bestText(texts: readonly MethodText[], language: string | null | undefined): MethodText | undefined {
  const wanted = (language ?? 'en').toLowerCase();
  const base = wanted.split('-')[0];
  return (
    texts.find((t) => t.language.toLowerCase() === wanted) ??
    texts.find((t) => t.language.toLowerCase().split('-')[0] === base) ??
    texts.find((t) => t.language === 'en') ??
    texts[0]
  );
}

// The methods a staff member sees, by name in the asked language; a search looks in names and purposes in every
// language.
export async function listMethods(em: EntityManager, viewer: StaffViewer, filter: MethodFilter): Promise<Method[]> {
  const methods = await em.find(Method, {
    $or: [{ key: { $ne: null } }, { sharedAt: { $ne: null } }, { organisation: { $in: [...viewer.organisationIds] } }],
    ...(filter.kind ? { kind: filter.kind } : {}),
  });
  const texts = methods.length ? await em.find(MethodText, { method: { $in: methods.map((m) => m.id) } }) : [];
  const textsOf = (method: Method) => texts.filter((t) => t.method.id === method.id);
  const search = filter.search?.trim().toLowerCase();
  const found = search
    ? methods.filter((method) => textsOf(method).some((t) => `${t.name} ${t.purpose}`.toLowerCase().includes(search)))
    : methods;
  const language = filter.language ? canonicalLanguage(filter.language) : 'en';
  const name = (method: Method) => bestText(textsOf(method), language)?.name ?? '';
  const collator = new Intl.Collator(language);
  return found.toSorted((a, b) => collator.compare(name(a), name(b)) || a.id.localeCompare(b.id));
}

const cleanLines = (lines: readonly string[] | null | undefined): string[] =>
  (lines ?? []).map((line) => line.trim()).filter(Boolean);

function textValues(input: MethodTextInput) {
  const steps = cleanLines(input.steps);
  if (!steps.length) throw badInput('A method needs at least one step.', 'steps');
  return {
    language: normaliseLanguages([input.language])[0] ?? input.language,
    name: input.name.trim(),
    purpose: input.purpose.trim(),
    steps,
    materials: cleanLines(input.materials),
    accessibilityNotes: input.accessibilityNotes?.trim() ?? '',
    lessonsLearned: input.lessonsLearned?.trim() ?? '',
  };
}

export function createMethod(em: EntityManager, input: CreateMethodInput): Promise<Method> {
  return runMutation(
    em,
    input,
    'createMethod',
    async (tx) => {
      const organisation = await getOrganisation(tx, input.organisationId);
      return createOnce(tx, Method, input.id, (id) => {
        const text = textValues(input.text);
        const method = tx.create(Method, {
          id,
          organisation,
          kind: input.kind,
          durationMinutes: input.durationMinutes,
          languagesUsed: normaliseLanguages(input.languagesUsed ?? []),
        });
        tx.create(MethodText, { method, ...text });
        return method;
      });
    },
    getMethod,
  );
}

export function updateMethod(em: EntityManager, input: UpdateMethodInput): Promise<Method> {
  return runMutation(
    em,
    input,
    'updateMethod',
    async (tx) => {
      const method = await getMethod(tx, input.methodId);
      if (method.key)
        throw badInput('Methods of the starter library cannot be changed; make your own instead.', 'methodId');
      if (input.kind != null) method.kind = input.kind;
      if (input.durationMinutes != null) method.durationMinutes = input.durationMinutes;
      if (input.languagesUsed != null) method.languagesUsed = normaliseLanguages(input.languagesUsed);
      if (input.text) {
        const values = textValues(input.text);
        const text =
          (await tx.findOne(MethodText, { method, language: values.language })) ??
          tx.create(MethodText, { method, ...values });
        Object.assign(text, values);
      }
      return method;
    },
    getMethod,
  );
}

export function shareMethod(em: EntityManager, input: ShareMethodInput): Promise<Method> {
  return runMutation(
    em,
    input,
    'shareMethod',
    async (tx) => {
      const method = await getMethod(tx, input.methodId);
      if (method.key) throw badInput('Methods of the starter library are shared with everyone already.', 'methodId');
      // Sharing again keeps the first moment it was shared.
      method.sharedAt = input.shared ? (method.sharedAt ?? new Date()) : null;
      return method;
    },
    getMethod,
  );
}

export function validateMethod(em: EntityManager, input: ValidateMethodInput): Promise<MethodValidation> {
  return runMutation(
    em,
    input,
    'validateMethod',
    async (tx) => {
      const method = await getMethod(tx, input.methodId);
      const organisation = await getOrganisation(tx, input.organisationId);
      const ids = [...new Set(input.sessionIds)];
      const sessions = ids.filter(isUuid).length ? await tx.find(Session, { id: { $in: ids.filter(isUuid) } }) : [];
      const missing = ids.find((id) => !sessions.some((s) => s.id === id));
      if (missing) throw notFound('session', missing);
      const indicators = cleanLines(input.indicators);
      const validation = tx.create(MethodValidation, {
        method,
        organisation,
        note: input.note.trim(),
        indicators,
      });
      validation.sessions.set(sessions);
      return validation;
    },
    getMethodValidation,
  );
}

// The agenda of a new session: a template's phases (one the person planning may use), or the starter template in the
// session's first language that has one (English when none does).
export async function agendaForNewSession(
  em: EntityManager,
  templateId: string | null | undefined,
  languages: readonly string[],
): Promise<TemplatePhase[]> {
  if (templateId) return (await getAgendaTemplate(em, templateId)).phases;
  const starters = await em.find(AgendaTemplate, { key: 'standard' });
  const pick = (language: string) =>
    starters.find((t) => t.language === language) ?? starters.find((t) => t.language === language.split('-')[0]);
  const template = [...languages, 'en'].map(pick).find(Boolean);
  if (!template) {
    throw conflict('The starter library is not loaded: restart the server so that it can add the standard agenda.');
  }
  return template.phases;
}

export function saveAgendaTemplate(em: EntityManager, input: SaveAgendaTemplateInput): Promise<AgendaTemplate> {
  return runMutation(
    em,
    input,
    'saveAgendaTemplate',
    async (tx) => {
      const session = await getSession(tx, input.sessionId);
      const organisation = await getOrganisation(tx, input.organisationId);
      const phases = (await listAgenda(tx, session.id)).map((phase) => ({
        kind: phase.kind,
        title: phase.title,
        durationMinutes: phase.durationMinutes,
        methodId: phase.methodId,
      }));
      return createOnce(tx, AgendaTemplate, input.id, (id) =>
        tx.create(AgendaTemplate, {
          id,
          organisation,
          language: normaliseLanguages([input.language ?? session.languages[0] ?? 'en'])[0] ?? 'en',
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          phases,
        }),
      );
    },
    getAgendaTemplate,
  );
}

export function deleteAgendaTemplate(em: EntityManager, input: DeleteAgendaTemplateInput): Promise<string> {
  return runMutation(
    em,
    input,
    'deleteAgendaTemplate',
    async (tx) => {
      const template = await getAgendaTemplate(tx, input.templateId);
      if (template.key) throw badInput('Templates of the starter library cannot be removed.', 'templateId');
      tx.remove(template);
      return template;
    },
    // A retry answers with what was removed the first time.
    async (_tx, id) => ({ id }) as AgendaTemplate,
  ).then((template) => template.id);
}

// The templates a staff member may start from, in one language (or all), the starter ones first.
export async function listAgendaTemplates(
  em: EntityManager,
  viewer: StaffViewer,
  language: string | null | undefined,
): Promise<AgendaTemplate[]> {
  const base = language?.toLowerCase().split('-')[0];
  const rows = await em.find(
    AgendaTemplate,
    { $or: [{ key: { $ne: null } }, { organisation: { $in: [...viewer.organisationIds] } }] },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  // The starter ones in the library's order, then the organisation's own as they were made.
  const order = starterTemplateKeys();
  const rank = (template: AgendaTemplate): number =>
    template.key === null
      ? order.length + 1
      : order.includes(template.key)
        ? order.indexOf(template.key)
        : order.length;
  return rows
    .filter((t) => !base || t.language.toLowerCase().split('-')[0] === base)
    .toSorted((a, b) => rank(a) - rank(b));
}
