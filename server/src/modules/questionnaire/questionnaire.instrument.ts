import { CompetenceDimension, QuestionnaireKind } from './questionnaire.types.js';

// The monitoring instrument that ships with the product. Its items, their ids and their dimensions never change
// once released: answers and every export refer to them by id (a new item gets a new id; a better translation is a
// new text for the same id). A project can add items of its own but cannot change these.
//
// Every item is a statement rated on one 5-point agreement scale, with a "don't know / rather not say" choice that
// is not a point of the scale. No item is reverse-worded: reversed items are misread far more often by people who
// read the language with difficulty, and they are answered on a phone in a second language here.
//
// Texts are plain language (CEFR A2): short, one idea per sentence, "the municipality" for the institution and
// "my town" for the place. They live per language in texts/<language>.ts; adding a language is adding a file there.

export const INSTRUMENT_VERSION = '2026-1';

// The agreement scale: 1 is "totally disagree", 5 "totally agree". "Don't know / rather not say" is stored as no
// value (not as a point), so that means and changes are computed over the scale only.
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export interface ShippedItem {
  code: string;
  questionnaire: QuestionnaireKind;
  dimension: CompetenceDimension | null;
}

const competence = (dimension: CompetenceDimension, ...codes: string[]): ShippedItem[] =>
  codes.map((code) => ({ code, questionnaire: QuestionnaireKind.COMPETENCE, dimension }));

// Civic competences, taken before the first session (PRE) and after the last one (POST), three items a dimension.
export const COMPETENCE_ITEMS: readonly ShippedItem[] = [
  // Self-efficacy in local politics: internal political efficacy after Niemi, Craig & Mattei (1991, "Measuring
  // internal political efficacy in the 1988 National Election Study", APSR 85(4)) and the European Social Survey's
  // items on confidence in one's own ability to take part in politics (ESS round 8 on), brought to the local level;
  // SE3 is collective efficacy ("people like me can change things").
  ...competence(CompetenceDimension.SELF_EFFICACY, 'SE1', 'SE2', 'SE3'),
  // Trust in the municipality: the ESS institutional-trust battery (here as agreement, about the local
  // government) and the responsiveness and fairness items of the OECD Survey on Drivers of Trust in Public
  // Institutions (2021): "listens to people like me" (external efficacy), "treats everyone the same".
  ...competence(CompetenceDimension.TRUST, 'TR1', 'TR2', 'TR3'),
  // Knowledge of how decisions are made: self-assessed civic knowledge, after the "knowing" domain of the IEA
  // International Civic and Citizenship Education Study (ICCS 2016: civic institutions and processes) and the
  // efficacy item "I have a good understanding of the important political issues" (Niemi et al. 1991), made local.
  ...competence(CompetenceDimension.KNOWLEDGE, 'KN1', 'KN2', 'KN3'),
  // Attitudes towards pluralism and living together: ICCS 2016 scales of attitudes towards equal rights for all
  // groups and towards immigrants, the ESS item on whether people from elsewhere enrich cultural life (imueclt), and
  // intergroup-contact comfort (Stephan & Stephan 1985 on intergroup anxiety; Pettigrew & Tropp 2006).
  ...competence(CompetenceDimension.PLURALISM, 'PL1', 'PL2', 'PL3'),
  // Willingness to take part again: ICCS 2016 expected active participation, and a stated intention in the sense
  // of Ajzen's theory of planned behaviour (1991), about the coming year and this kind of meeting.
  ...competence(CompetenceDimension.PARTICIPATION, 'PA1', 'PA2', 'PA3'),
];

// The end-of-session evaluation: four items, under a minute. EV1 and EV2 are the kind of result the Asylum,
// Migration and Integration Fund asks projects to report (Regulation (EU) 2021/1147, Annex VIII: participants
// who say the activity helped their integration), split into belonging and taking part; EV3 (having a voice) and
// EV4 (understanding what happened, language included) tell the facilitator whether the session worked for all.
export const EVALUATION_ITEMS: readonly ShippedItem[] = ['EV1', 'EV2', 'EV3', 'EV4'].map((code) => ({
  code,
  questionnaire: QuestionnaireKind.SESSION_EVALUATION,
  dimension: null,
}));

export const SHIPPED_ITEMS: readonly ShippedItem[] = [...COMPETENCE_ITEMS, ...EVALUATION_ITEMS];

export type ShippedItemCode = (typeof SHIPPED_ITEMS)[number]['code'];

export const isShippedCode = (code: string): boolean => SHIPPED_ITEMS.some((item) => item.code === code);

// Everything of the instrument that is read, in one language.
export interface InstrumentTexts {
  // BCP 47 tag of the language.
  language: string;
  // The name of each questionnaire, as a heading.
  questionnaires: Record<QuestionnaireKind, string>;
  dimensions: Record<CompetenceDimension, string>;
  // The labels of the scale points 1 to 5, in order.
  scale: readonly [string, string, string, string, string];
  dontKnow: string;
  // Every shipped item by code: a missing one is a type error.
  items: Record<string, string>;
}
