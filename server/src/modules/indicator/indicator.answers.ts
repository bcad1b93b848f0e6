// Questionnaire answers as the indicators read them: competence scores before and after, paired by participant, and
// the end-of-session evaluations. Answers exist only while the participant's consent to research stands (the
// questionnaire module deletes them when it is withdrawn or the participant is erased).
import type { EntityManager } from '../../core/orm.js';
import { COMPETENCE_ITEMS } from '../questionnaire/questionnaire.instrument.js';
import { QuestionnaireKind, QuestionnaireWave } from '../questionnaire/questionnaire.types.js';

// The evaluation items that ask whether the activity helped the participant (to feel they belong, to take part):
// the result indicator a funder asks for.
export const HELPED_ITEMS: readonly string[] = ['EV1', 'EV2'];

export interface CompetenceRow {
  participantId: string;
  background: string;
  dimension: string;
  // Score after minus score before, on the 1–5 scale.
  change: number;
}

// A person's score on a dimension in a wave is the mean of the dimension's items they answered on the scale ("don't
// know" is no answer), counted only when they answered at least half of the dimension's items. A person is paired
// on a dimension when they have a score in both waves; project items with a dimension count like shipped ones.
export async function competenceRows(em: EntityManager, projectId: string): Promise<CompetenceRow[]> {
  const rows = await em.execute<{ participant_id: string; background: string; dimension: string; change: number }[]>(
    `with items(code, dimension) as (
       select * from unnest(?::text[], ?::text[])
       union all
       select code, dimension from questionnaire_item
        where project_id = ? and questionnaire = '${QuestionnaireKind.COMPETENCE}' and dimension is not null),
     size as (select dimension, count(*) as n from items group by dimension),
     scores as (
       select a.participant_id, i.dimension, a.wave, avg(a.value)::float8 as score, count(*) as answered
         from questionnaire_answer a join items i on i.code = a.item_code
        where a.project_id = ? and a.wave in ('${QuestionnaireWave.PRE}', '${QuestionnaireWave.POST}')
          and a.value is not null
        group by a.participant_id, i.dimension, a.wave)
     select pre.participant_id, p.background, pre.dimension, post.score - pre.score as change
       from scores pre
       join scores post on post.participant_id = pre.participant_id and post.dimension = pre.dimension
                       and post.wave = '${QuestionnaireWave.POST}'
       join size on size.dimension = pre.dimension
       join participant p on p.id = pre.participant_id
      where pre.wave = '${QuestionnaireWave.PRE}' and pre.answered * 2 >= size.n and post.answered * 2 >= size.n`,
    [
      `{${COMPETENCE_ITEMS.map((i) => i.code).join(',')}}`,
      `{${COMPETENCE_ITEMS.map((i) => i.dimension ?? '').join(',')}}`,
      projectId,
      projectId,
    ],
  );
  return rows.map((row) => ({
    participantId: row.participant_id,
    background: row.background,
    dimension: row.dimension,
    change: row.change,
  }));
}

export interface EvaluationRow {
  sessionId: string;
  participantId: string;
  itemCode: string;
  value: number;
}

// The end-of-session evaluations given in these sessions, on the scale ("don't know" left out).
export async function evaluationRows(em: EntityManager, sessionIds: readonly string[]): Promise<EvaluationRow[]> {
  if (!sessionIds.length) return [];
  const rows = await em.execute<{ session_id: string; participant_id: string; item_code: string; value: number }[]>(
    `select session_id, participant_id, item_code, value from questionnaire_answer
      where session_id in (?) and wave = '${QuestionnaireWave.SESSION_END}' and value is not null`,
    [[...sessionIds]],
  );
  return rows.map((row) => ({
    sessionId: row.session_id,
    participantId: row.participant_id,
    itemCode: row.item_code,
    value: row.value,
  }));
}
