import { anyone, participant, staff, type Access, type FeaturePolicy, type Subject } from '../../core/auth/rules.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';

// Whether the project a record lives in has made its outcomes public: read once per project and request.
// Nowhere to be found (an id of nothing) is left to the resolver, which answers NOT_FOUND.
export async function outcomesArePublic({ ctx, place }: Subject): Promise<boolean> {
  if (!place) return true;
  const open = await ctx.loaders
    .custom<boolean>('outcomes-public', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await ctx.em
            .getConnection()
            .execute<{ id: string }[]>(
              `select id from project where outcomes_public and id in (${placeholders(valid)})`,
              valid,
            )
        : [];
      return ids.map((id) => rows.some((row) => row.id === id));
    })
    .load(place.projectId);
  return open;
}

const PRIVATE = 'The outcomes of this project are not public.';

// Anyone reads a public project's outcome pages; a participant of the project reads what came of their own
// sessions even while the pages are not public.
const readers: readonly Access[] = [anyone().when(outcomesArePublic), participant('project')];

const record = (sql: string) => ({ place: { sql }, read: readers });

export const outcomePolicy: FeaturePolicy = {
  operations: {
    publicProjects: [anyone()],
    publicProject: [anyone().on('Project', 'id').when(outcomesArePublic, PRIVATE)],
    // Only the municipality (the promoter's staff, who answer its strategies) opens or closes its outcome pages.
    setOutcomesPublic: [staff('review').on('Project', 'input.projectId')],
    myOutcomes: [participant('project').on('Project', 'projectId')],
    markOutcomesSeen: [participant('project').on('Project', 'input.projectId')],
  },
  records: {
    PublicProject: record('select id, id as project_id, null::uuid as session_id from project where id in (%)'),
    PublicSession: record('select id, project_id, id as session_id from session where id in (%)'),
    PublicTheme: record(
      'select t.id, s.project_id, s.id as session_id from theme t join session s on s.id = t.session_id where t.id in (%)',
    ),
    PublicChallenge: record(
      'select c.id, s.project_id, s.id as session_id from challenge c join session s on s.id = c.session_id where c.id in (%)',
    ),
    PublicIdea: record(
      `select i.id, s.project_id, s.id as session_id from idea i join challenge c on c.id = i.challenge_id
       join session s on s.id = c.session_id where i.id in (%)`,
    ),
    PublicStrategy: record(
      'select g.id, s.project_id, s.id as session_id from strategy g join session s on s.id = g.session_id where g.id in (%)',
    ),
    PublicUpdate: record(
      `select u.id, s.project_id, s.id as session_id from strategy_update u join strategy g on g.id = u.strategy_id
       join session s on s.id = g.session_id where u.id in (%)`,
    ),
    PublicAction: record(
      `select a.id, s.project_id, s.id as session_id from strategy_action a join strategy g on g.id = a.strategy_id
       join session s on s.id = g.session_id where a.id in (%)`,
    ),
  },
};
