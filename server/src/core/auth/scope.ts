import type { Context } from '../context.js';
import { placeholders } from '../sql.js';
import { isUuid } from '../uuid.js';

// Where a record lives: the project it belongs to and, for workshop content, its session.
export interface Scope {
  projectId: string;
  sessionId: string | null;
}

const viaSession = (table: string) =>
  `select t.id, s.project_id, s.id as session_id from "${table}" t join session s on s.id = t.session_id where t.id in (%)`;

// One statement per record type and request level, batched through the request's loaders.
const scopeQueries: Record<string, string> = {
  Project: 'select id, id as project_id, null::uuid as session_id from project where id in (%)',
  ProjectPartner: 'select id, project_id, null::uuid as session_id from project_partner where id in (%)',
  Session: 'select id, project_id, id as session_id from session where id in (%)',
  Participant: 'select id, project_id, null::uuid as session_id from participant where id in (%)',
  Consent:
    'select c.id, p.project_id, null::uuid as session_id from consent c join participant p on p.id = c.participant_id where c.id in (%)',
  AgendaPhase: viaSession('agenda_phase'),
  Attendance: viaSession('attendance'),
  Theme: viaSession('theme'),
  Challenge: viaSession('challenge'),
  VotingRound: viaSession('voting_round'),
  Strategy: viaSession('strategy'),
  Idea: `select i.id, s.project_id, s.id as session_id from idea i join challenge c on c.id = i.challenge_id
         join session s on s.id = c.session_id where i.id in (%)`,
  Vote: `select v.id, s.project_id, s.id as session_id from vote v join voting_round r on r.id = v.round_id
         join session s on s.id = r.session_id where v.id in (%)`,
  StrategyAction: `select a.id, s.project_id, s.id as session_id from strategy_action a join strategy g on g.id = a.strategy_id
         join session s on s.id = g.session_id where a.id in (%)`,
  MunicipalityResponse: `select m.id, s.project_id, s.id as session_id from municipality_response m
         join strategy g on g.id = m.strategy_id join session s on s.id = g.session_id where m.id in (%)`,
};

export const scopedTypes = new Set(Object.keys(scopeQueries));

// The scope of a record of a given GraphQL type by id; undefined when there is no such record.
export async function scopeOf(ctx: Context, type: string, id: string): Promise<Scope | undefined> {
  const sql = scopeQueries[type];
  if (!sql || !isUuid(id)) return undefined;
  return ctx.loaders
    .custom<Scope | undefined>(`scope:${type}`, async (ids) => {
      const valid = ids.filter(isUuid);
      if (!valid.length) return ids.map(() => undefined);
      const rows = await ctx.em
        .getConnection()
        .execute<{ id: string; project_id: string; session_id: string | null }[]>(
          sql.replace('%', placeholders(valid)),
          valid,
        );
      const byId = new Map(rows.map((row) => [row.id, { projectId: row.project_id, sessionId: row.session_id }]));
      return ids.map((key) => byId.get(key));
    })
    .load(id);
}

// A record that is already loaded knows its parent: asking for the parent's scope (shared by all its
// children, and cached per request) keeps the number of statements the same however the rows arrive.
const parentOf: Record<string, [field: string, type: string]> = {
  ProjectPartner: ['project', 'Project'],
  Participant: ['project', 'Project'],
  Consent: ['participant', 'Participant'],
  AgendaPhase: ['session', 'Session'],
  Attendance: ['session', 'Session'],
  Theme: ['session', 'Session'],
  Challenge: ['session', 'Session'],
  VotingRound: ['session', 'Session'],
  Strategy: ['session', 'Session'],
  Idea: ['challenge', 'Challenge'],
  Vote: ['round', 'VotingRound'],
  StrategyAction: ['strategy', 'Strategy'],
  MunicipalityResponse: ['strategy', 'Strategy'],
};

export async function scopeOfRecord(ctx: Context, type: string, row: { id: string }): Promise<Scope | undefined> {
  const [field, parentType] = parentOf[type] ?? [];
  const parent = field ? (row as Record<string, unknown>)[field] : undefined;
  const parentId = parent && typeof parent === 'object' && 'id' in parent ? String(parent.id) : undefined;
  if (!parentType || !parentId) return scopeOf(ctx, type, row.id);
  const scope = await scopeOfRecord(ctx, parentType, { id: parentId });
  // Participants and consents belong to a project, not to one session.
  return scope && (parentType === 'Project' || parentType === 'Participant') ? { ...scope, sessionId: null } : scope;
}

// Organisations are not inside one project: an organisation is visible to the staff of every project it
// promotes or partners in, to its own members, and, while it works on no project yet, to administrators.
export async function organisationProjects(ctx: Context, organisationId: string): Promise<string[]> {
  if (!isUuid(organisationId)) return [];
  return ctx.loaders
    .custom<string[]>('organisation-projects', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await ctx.em.getConnection().execute<{ organisation_id: string; project_id: string }[]>(
            `select promoter_id as organisation_id, id as project_id from project where promoter_id in (${placeholders(valid)})
             union select organisation_id, project_id from project_partner where organisation_id in (${placeholders(valid)})`,
            [...valid, ...valid],
          )
        : [];
      return ids.map((id) => rows.filter((row) => row.organisation_id === id).map((row) => row.project_id));
    })
    .load(organisationId);
}

// The organisations an account belongs to, for reading accounts of one's own organisations.
export async function accountOrganisations(ctx: Context, accountId: string): Promise<string[]> {
  if (!isUuid(accountId)) return [];
  return ctx.loaders
    .custom<string[]>('account-organisation-ids', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await ctx.em
            .getConnection()
            .execute<{ account_id: string; organisation_id: string }[]>(
              `select account_id, organisation_id from account_organisations where account_id in (${placeholders(valid)})`,
              valid,
            )
        : [];
      return ids.map((id) => rows.filter((row) => row.account_id === id).map((row) => row.organisation_id));
    })
    .load(accountId);
}
