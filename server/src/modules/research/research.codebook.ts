// The codebook and README that go with a research export: every variable, its values and their labels, and each
// item's text in every language it was asked in; and how the file was made.
import { INSTRUMENT_VERSION } from '../questionnaire/questionnaire.instrument.js';
import { INSTRUMENT_TEXTS } from '../questionnaire/texts/index.js';
import { DONT_KNOW_CODE, type ExportPlan } from './research.service.js';

export interface CodebookValue {
  value: string | number;
  label: string;
}

export interface CodebookVariable {
  name: string;
  label: string;
  type: 'string' | 'integer';
  values?: CodebookValue[];
  // For an item: which questionnaire, which competence, and its text per language (BCP 47 tag → text).
  item?: { questionnaire: string; dimension: string | null; shipped: boolean; texts: Record<string, string> };
}

export interface Codebook {
  dataset: string;
  project: string;
  generatedAt: string;
  instrumentVersion: string;
  smallGroupThreshold: number;
  missing: string;
  variables: CodebookVariable[];
  // The answer scale's labels per language.
  scale: Record<string, Record<string, string>>;
}

const BACKGROUNDS: CodebookValue[] = [
  { value: 'THIRD_COUNTRY_NATIONAL', label: 'Third-country national (resident without EU citizenship)' },
  { value: 'HOST_COMMUNITY', label: 'Member of the host community' },
  { value: 'EU_CITIZEN', label: 'Citizen of another EU member state' },
  { value: 'PREFERS_NOT_TO_SAY', label: 'Did not say' },
];

const AGE_BANDS: CodebookValue[] = [
  { value: 'UNDER_18', label: 'Younger than 18' },
  { value: 'FROM_18_TO_29', label: '18 to 29' },
  { value: 'FROM_30_TO_44', label: '30 to 44' },
  { value: 'FROM_45_TO_64', label: '45 to 64' },
  { value: 'FROM_65', label: '65 or older' },
];

export function codebookOf(plan: ExportPlan, generatedAt: Date): Codebook {
  const english = INSTRUMENT_TEXTS.en;
  const scaleValues: CodebookValue[] = [
    ...(english?.scale ?? []).map((label, i) => ({ value: i + 1, label })),
    { value: DONT_KNOW_CODE, label: english?.dontKnow ?? "Don't know" },
  ];
  return {
    dataset: `Research export of "${plan.title}"`,
    project: plan.title,
    generatedAt: generatedAt.toISOString(),
    instrumentVersion: INSTRUMENT_VERSION,
    smallGroupThreshold: plan.threshold,
    missing: 'An empty cell: not answered (skipped, not asked, or a variable left blank to protect small groups).',
    variables: [
      {
        name: 'research_id',
        label:
          'Random research id of the participant: the same in every row and every export of this project, unrelated to any other id, and different in every other project.',
        type: 'string',
      },
      {
        name: 'wave',
        label: 'When the answers were given.',
        type: 'string',
        values: [
          { value: 'PRE', label: 'Competence questionnaire before the first session' },
          { value: 'POST', label: 'Competence questionnaire after the last session' },
          { value: 'SESSION_END', label: 'Evaluation at the end of a session' },
        ],
      },
      {
        name: 'session_number',
        label:
          'For SESSION_END rows: the evaluated session’s place in the project (1 is the first session). Empty otherwise.',
        type: 'integer',
      },
      {
        name: 'background',
        label: `Self-declared background. Empty where fewer than ${plan.threshold} participants of this file share it (see README).`,
        type: 'string',
        values: BACKGROUNDS,
      },
      {
        name: 'age_band',
        label: `Self-declared age band. Empty when not given, or where fewer than ${plan.threshold} participants of this file share it with the same background (see README).`,
        type: 'string',
        values: AGE_BANDS,
      },
      {
        name: 'mode',
        label: 'How the answers of the row reached the server.',
        type: 'string',
        values: [
          { value: 'PHONE', label: 'On the participant’s own phone' },
          { value: 'PAPER', label: 'On paper, entered by a facilitator' },
          { value: 'MIXED', label: 'Some on the phone, some on paper' },
        ],
      },
      ...plan.items.map((item): CodebookVariable => ({
        name: item.code,
        label: item.texts.en ?? Object.values(item.texts)[0] ?? item.code,
        type: 'integer',
        values: scaleValues,
        item: {
          questionnaire: item.questionnaire,
          dimension: item.dimension,
          shipped: item.shipped,
          texts: item.texts,
        },
      })),
    ],
    scale: Object.fromEntries(
      Object.values(INSTRUMENT_TEXTS).map((texts) => [
        texts.language,
        {
          ...Object.fromEntries(texts.scale.map((label, i) => [String(i + 1), label])),
          [String(DONT_KNOW_CODE)]: texts.dontKnow,
        },
      ]),
    ),
  };
}

export function readmeOf(plan: ExportPlan, generatedAt: Date): string {
  return `# Research export: ${plan.title}

Made by Samenspraak on ${generatedAt.toISOString()} (instrument version ${INSTRUMENT_VERSION}).

## What is in it

- One row per participant and wave: the competence questionnaire before the first session (PRE) and after the
  last one (POST), and the end-of-session evaluation (SESSION_END, one row per evaluated session).
- ${plan.people.size} participants, ${plan.rowCount} rows. Only participants whose consent to research stands when the
  file is made are in it; a participant who withdraws it, or whose data is erased, is in no later export (their
  answers are deleted). Earlier downloads are the evaluator's to delete under the research agreement.
- \`research_id\` is random, made for this project the first time a participant is exported and kept since, so that
  exports of the same project can be joined. It is not derived from any other id, and the same person in another
  project has an unrelated one: exports of two projects cannot be linked.
- Items are coded 1 (totally disagree) to 5 (totally agree), 8 for "don't know / rather not say", empty when not
  answered. The codebook (research-codebook.json) has every variable, its values and labels, and each item's text in
  every language it was asked in.

## What is left out, and why

Background and age band are kept because they are what the evaluation is about; others may know them (from the
room), so in this file every combination of the two is shared by at least ${plan.threshold} participants (k, this
project's small-group threshold): where it would not be, the age band and then the background of the participants
concerned is left empty. In this file ${plan.blanked.ageBand} age bands and ${plan.blanked.background} backgrounds were left
empty for that reason.

Pseudonyms, personal codes, database ids, languages (a rare language points at a person), the dates and times of
answers, attendance, and contributions and votes are not in the file: each could tie a row to a person.

## How it was made

The server selects the participants with a standing research consent, gives each a research id if they had none,
generalises background and age band as above, and then streams the rows, a page of participants at a time, in
research id order.
`;
}
