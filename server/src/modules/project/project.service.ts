import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { DEFAULT_SMALL_GROUP_THRESHOLD, MAX_SMALL_GROUP_THRESHOLD } from '../disclosure/disclosure.rule.js';
import { getOrganisation } from '../organisation/organisation.service.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import { GRANT_MAX_EUROS, GRANT_MIN_EUROS, Project, ProjectPartner } from './project.entity.js';
import type {
  AddProjectPartnerInput,
  CreateProjectInput,
  RemoveProjectPartnerInput,
  UpdateProjectInput,
} from './project.input.js';

const PROMOTER_KINDS = new Set([OrganisationKind.MUNICIPALITY, OrganisationKind.INTERMUNICIPAL_PARTNERSHIP]);

export function getProject(em: EntityManager, id: string): Promise<Project> {
  return getById(em, Project, id, 'project');
}

export function listProjects(em: EntityManager, projectIds: ReadonlySet<string>): Promise<Project[]> {
  return em.find(Project, { id: { $in: [...projectIds] } }, { orderBy: { startsOn: 'desc', id: 'asc' } });
}

export function assertGrant(euros: number): void {
  if (euros < GRANT_MIN_EUROS || euros > GRANT_MAX_EUROS) {
    throw new DomainError(
      ErrorCode.GRANT_OUT_OF_RANGE,
      msg('errors:project.grantRange', { min: GRANT_MIN_EUROS, max: GRANT_MAX_EUROS, euros }),
      { min: GRANT_MIN_EUROS, max: GRANT_MAX_EUROS },
    );
  }
}

// k may be raised, never lowered: figures already released were protected at the current k, and a
// lower one would let counts between the two be worked out from them.
function assertThreshold(value: number, current: number = DEFAULT_SMALL_GROUP_THRESHOLD): void {
  if (value > MAX_SMALL_GROUP_THRESHOLD) {
    throw badInput(
      `The small-group threshold can be at most ${MAX_SMALL_GROUP_THRESHOLD}; with ${value} almost every figure would be hidden.`,
      'smallGroupThreshold',
    );
  }
  if (value < current) {
    throw badInput(
      current === DEFAULT_SMALL_GROUP_THRESHOLD
        ? `The small-group threshold is at least ${DEFAULT_SMALL_GROUP_THRESHOLD}: figures about fewer people are never shown.`
        : `The small-group threshold of this project is ${current} and can be raised but never lowered: figures already shown were protected at ${current}.`,
      'smallGroupThreshold',
    );
  }
}

function assertPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw badInput(msg('errors:project.endsBeforeStart'), 'endsOn');
}

export function createProject(em: EntityManager, input: CreateProjectInput): Promise<Project> {
  return runMutation(
    em,
    input,
    'createProject',
    async (tx) => {
      assertGrant(input.grantEuros);
      assertPeriod(input.startsOn, input.endsOn);
      if (input.smallGroupThreshold != null) assertThreshold(input.smallGroupThreshold);
      const promoter = await getOrganisation(tx, input.promoterId);
      if (!PROMOTER_KINDS.has(promoter.kind)) {
        throw badInput(msg('errors:project.promoterKind'), 'promoterId');
      }
      return createOnce(tx, Project, input.id, (id) =>
        tx.create(Project, {
          id,
          promoter,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          goals: (input.goals ?? []).map((g) => g.trim()).filter(Boolean),
          grantEuros: input.grantEuros,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          smallGroupThreshold: input.smallGroupThreshold ?? DEFAULT_SMALL_GROUP_THRESHOLD,
        }),
      );
    },
    getProject,
  );
}

export function updateProject(em: EntityManager, input: UpdateProjectInput): Promise<Project> {
  return runMutation(
    em,
    input,
    'updateProject',
    async (tx) => {
      const project = await getProject(tx, input.projectId);
      if (input.grantEuros != null) {
        assertGrant(input.grantEuros);
        project.grantEuros = input.grantEuros;
      }
      assertPeriod(input.startsOn ?? project.startsOn, input.endsOn ?? project.endsOn);
      if (input.smallGroupThreshold != null) {
        assertThreshold(input.smallGroupThreshold, project.smallGroupThreshold);
        project.smallGroupThreshold = input.smallGroupThreshold;
      }
      if (input.startsOn != null) project.startsOn = input.startsOn;
      if (input.endsOn != null) project.endsOn = input.endsOn;
      if (input.title != null) project.title = input.title.trim();
      if (input.description != null) project.description = input.description.trim();
      if (input.goals != null) project.goals = input.goals.map((g) => g.trim()).filter(Boolean);
      return project;
    },
    getProject,
  );
}

function getPartner(em: EntityManager, id: string): Promise<ProjectPartner> {
  return getById(em, ProjectPartner, id, 'projectPartner');
}

export function addProjectPartner(em: EntityManager, input: AddProjectPartnerInput): Promise<ProjectPartner> {
  return runMutation(
    em,
    input,
    'addProjectPartner',
    async (tx) => {
      const project = await getProject(tx, input.projectId);
      const organisation = await getOrganisation(tx, input.organisationId);
      if (project.promoter.id === organisation.id)
        throw badInput(msg('errors:project.promoterIsPartner'), 'organisationId');
      if (await tx.count(ProjectPartner, { project, organisation })) {
        throw conflict(msg('errors:project.alreadyPartner', { organisation: organisation.name }));
      }
      return tx.create(ProjectPartner, { project, organisation, role: input.role });
    },
    getPartner,
  );
}

export async function removeProjectPartner(em: EntityManager, input: RemoveProjectPartnerInput): Promise<Project> {
  return runMutation(
    em,
    input,
    'removeProjectPartner',
    async (tx) => {
      const partner = await getPartner(tx, input.projectPartnerId);
      const project = await getProject(tx, partner.project.id);
      tx.remove(partner);
      return project;
    },
    getProject,
  );
}
