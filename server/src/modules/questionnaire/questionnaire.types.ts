import { registerEnumType } from 'type-graphql';

// Values are stored in answers and agenda phases: add new ones, never rename.

export enum QuestionnaireKind {
  COMPETENCE = 'COMPETENCE',
  SESSION_EVALUATION = 'SESSION_EVALUATION',
}

registerEnumType(QuestionnaireKind, {
  name: 'QuestionnaireKind',
  description: 'The two questionnaires of the monitoring instrument.',
  valuesConfig: {
    COMPETENCE: {
      description:
        'Civic competences: taken before the first session (PRE) and after the last one (POST) of a project, paired by participant.',
    },
    SESSION_EVALUATION: { description: 'A short evaluation at the end of a session (under a minute).' },
  },
});

export enum QuestionnaireWave {
  PRE = 'PRE',
  POST = 'POST',
  SESSION_END = 'SESSION_END',
}

registerEnumType(QuestionnaireWave, {
  name: 'QuestionnaireWave',
  description: 'When a questionnaire is taken; one answer per participant, item and wave (and session, at its end).',
  valuesConfig: {
    PRE: { description: 'The competence questionnaire, before the first session of the project.' },
    POST: { description: 'The competence questionnaire, after the last session of the project.' },
    SESSION_END: { description: 'The evaluation of one session, at its end.' },
  },
});

export const kindOfWave = (wave: QuestionnaireWave): QuestionnaireKind =>
  wave === QuestionnaireWave.SESSION_END ? QuestionnaireKind.SESSION_EVALUATION : QuestionnaireKind.COMPETENCE;

export enum CompetenceDimension {
  SELF_EFFICACY = 'SELF_EFFICACY',
  TRUST = 'TRUST',
  KNOWLEDGE = 'KNOWLEDGE',
  PLURALISM = 'PLURALISM',
  PARTICIPATION = 'PARTICIPATION',
}

registerEnumType(CompetenceDimension, {
  name: 'CompetenceDimension',
  description: 'The civic competences the competence questionnaire measures, each with several items.',
  valuesConfig: {
    SELF_EFFICACY: { description: 'Self-efficacy in local politics: feeling able to have a say.' },
    TRUST: { description: 'Trust in the municipality and its responsiveness.' },
    KNOWLEDGE: { description: 'Knowledge of how local decisions are made and where to have a say.' },
    PLURALISM: { description: 'Attitudes towards pluralism and living together.' },
    PARTICIPATION: { description: 'Willingness to take part again.' },
  },
});

export enum AnswerSource {
  PHONE = 'PHONE',
  PAPER = 'PAPER',
}

registerEnumType(AnswerSource, {
  name: 'AnswerSource',
  description: 'How an answer reached the server.',
  valuesConfig: {
    PHONE: { description: 'Given by the participant on their own phone.' },
    PAPER: { description: 'Given on paper and entered by a facilitator on their behalf.' },
  },
});
