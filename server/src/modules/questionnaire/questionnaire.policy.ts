import { participant, staff, type FeaturePolicy, type Subject } from '../../core/auth/rules.js';

const isOwnAnswer = ({ viewer, row }: Subject): boolean =>
  viewer.kind === 'participant' &&
  (row as { participant?: { id: string } } | undefined)?.participant?.id === viewer.participantId;

// Who plans a project's questionnaires: those who plan its sessions, and its evaluators.
const planners = (arg: string) => [staff('plan', 'evaluate').on('Project', arg)];

export const questionnairePolicy: FeaturePolicy = {
  operations: {
    // Items and scale are no secret to anyone in the session; answers are read through `myAnswers` only.
    questionnaire: [staff('read').on('Session', 'sessionId'), participant().on('Session', 'sessionId')],
    questionnaireItems: [staff('read', 'evaluate').on('Project', 'projectId')],
    // A participant answers for themself, in the session they joined.
    answerQuestionnaire: [participant().on('Session', 'input.sessionId').self('input.participantId')],
    // A facilitator enters a paper form for someone, and reads nothing of it back.
    recordPaperAnswers: [staff('record').on('Session', 'input.sessionId').on('Participant', 'input.participantId')],
    addQuestionnaireItem: planners('input.projectId'),
    updateQuestionnaireItem: planners('input.projectId'),
    retireQuestionnaireItem: planners('input.projectId'),
  },
  records: {
    // Research data, about one person: that person reads it, nobody else does (no staff role, not the evaluator).
    // Figures about answers leave the server only through the disclosure module.
    QuestionnaireAnswer: {
      place: {
        sql: 'select id, project_id, session_id from questionnaire_answer where id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [participant('project').when(isOwnAnswer)],
    },
  },
};
