import { registerEnumType } from 'type-graphql';
import { SessionEventType, type SessionEventFields } from '../live/live.entity.js';

// Every text that can be translated, in one list: what people write (challenges, ideas) and what staff write for
// them (the session's title, its phases, themes and voting rounds, strategies, the municipality's answers). Each is
// kept in the language it was written in; its translations live in `text_translation` (the one store of
// translations: no record keeps translations of its own), and the API shows it as a
// `TranslatedText` (translated-text.ts). A new translatable text is one entry here and a field resolver that hands
// its record to `translatedText()`.
//
// The language of a contribution is the one its writer chose; texts staff write for a session are in the session's
// main language, the first of its languages; the municipality's answer and its follow-up say which language they
// were written in.

export enum TranslatableField {
  CHALLENGE_TEXT = 'CHALLENGE_TEXT',
  IDEA_TEXT = 'IDEA_TEXT',
  SESSION_TITLE = 'SESSION_TITLE',
  AGENDA_PHASE_TITLE = 'AGENDA_PHASE_TITLE',
  AGENDA_PHASE_INSTRUCTIONS = 'AGENDA_PHASE_INSTRUCTIONS',
  THEME_TITLE = 'THEME_TITLE',
  VOTING_ROUND_TITLE = 'VOTING_ROUND_TITLE',
  STRATEGY_TITLE = 'STRATEGY_TITLE',
  STRATEGY_DESCRIPTION = 'STRATEGY_DESCRIPTION',
  RESPONSE_REASON = 'RESPONSE_REASON',
  STRATEGY_UPDATE_TEXT = 'STRATEGY_UPDATE_TEXT',
}

// One row of a translatable text, as `sql` below reads it.
export interface TextRow {
  id: string;
  project_id: string;
  session_id: string | null;
  // The language it was written in.
  language: string;
  text: string;
  created_at: Date;
  // The languages it should be read in: its session's.
  languages: string[];
}

export interface TranslatableSource {
  // The GraphQL type of the record the text belongs to.
  type: string;
  description: string;
  // One statement that reads every text of this kind as a TextRow (`t` is the alias the queue filters on); texts that
  // need no translation (hidden, merged or empty) are left out.
  sql: string;
  // What the session's live feed says when one of its translations changes, so that screens follow (modules/live).
  event(row: TextRow, language: string): { type: SessionEventType; fields: SessionEventFields };
}

const SESSION_LANGUAGE = `coalesce(s.languages[1], 'und')`;

const textTranslated =
  (fields: (row: TextRow) => SessionEventFields = () => ({})) =>
  (row: TextRow, language: string) => ({
    type: SessionEventType.TEXT_TRANSLATED,
    fields: { language, ...fields(row) },
  });

export const TRANSLATABLE: Readonly<Record<TranslatableField, TranslatableSource>> = {
  CHALLENGE_TEXT: {
    type: 'Challenge',
    description: 'The text of a challenge.',
    // A challenge contributed between sessions (through a call) has no session: its project is its own.
    sql: `select c.id, c.project_id, s.id as session_id, c.language, c.text, c.created_at,
          coalesce(s.languages, '{}') as languages
          from challenge c left join session s on s.id = c.session_id where c.status = 'VISIBLE'`,
    event: (row, language) => ({
      type: SessionEventType.CHALLENGE_TRANSLATED,
      fields: { challengeId: row.id, language },
    }),
  },
  IDEA_TEXT: {
    type: 'Idea',
    description: 'The text of an idea.',
    // An idea's session is where it was made (its challenge may have been raised in an earlier one); none between
    // sessions.
    sql: `select i.id, i.project_id, s.id as session_id, i.language, i.text, i.created_at,
          coalesce(s.languages, '{}') as languages
          from idea i left join session s on s.id = i.session_id where i.status = 'VISIBLE'`,
    event: (row, language) => ({ type: SessionEventType.IDEA_TRANSLATED, fields: { ideaId: row.id, language } }),
  },
  SESSION_TITLE: {
    type: 'Session',
    description: 'The title of a session.',
    sql: `select s.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, s.title as text,
          s.created_at, s.languages from session s`,
    event: textTranslated(),
  },
  AGENDA_PHASE_TITLE: {
    type: 'AgendaPhase',
    description: 'The title of a phase of a session agenda.',
    sql: `select p.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, p.title as text,
          p.created_at, s.languages from agenda_phase p join session s on s.id = p.session_id`,
    event: textTranslated((row) => ({ phaseId: row.id })),
  },
  AGENDA_PHASE_INSTRUCTIONS: {
    type: 'AgendaPhase',
    description: 'What participants are asked to do in a phase of a session agenda.',
    sql: `select p.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, p.instructions as text,
          p.created_at, s.languages from agenda_phase p join session s on s.id = p.session_id
          where p.instructions <> ''`,
    event: textTranslated((row) => ({ phaseId: row.id })),
  },
  THEME_TITLE: {
    type: 'Theme',
    description: 'The title of a theme on a session board.',
    sql: `select h.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, h.title as text,
          h.created_at, s.languages from theme h join session s on s.id = h.session_id`,
    event: textTranslated((row) => ({ themeId: row.id })),
  },
  VOTING_ROUND_TITLE: {
    type: 'VotingRound',
    description: 'The title of a voting round.',
    sql: `select r.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, r.title as text,
          r.created_at, s.languages from voting_round r join session s on s.id = r.session_id`,
    event: textTranslated((row) => ({ roundId: row.id })),
  },
  STRATEGY_TITLE: {
    type: 'Strategy',
    description: 'The title of a strategy.',
    sql: `select g.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, g.title as text,
          g.created_at, s.languages from strategy g join session s on s.id = g.session_id`,
    event: textTranslated(),
  },
  STRATEGY_DESCRIPTION: {
    type: 'Strategy',
    description: 'What a strategy wants to change, and why.',
    sql: `select g.id, s.project_id, s.id as session_id, ${SESSION_LANGUAGE} as language, g.description as text,
          g.created_at, s.languages from strategy g join session s on s.id = g.session_id where g.description <> ''`,
    event: textTranslated(),
  },
  RESPONSE_REASON: {
    type: 'MunicipalityResponse',
    description: 'Why the municipality decided as it did on a strategy.',
    sql: `select m.id, s.project_id, s.id as session_id, m.language, m.reason as text,
          m.created_at, s.languages from municipality_response m join strategy g on g.id = m.strategy_id
          join session s on s.id = g.session_id where coalesce(m.reason, '') <> ''`,
    event: textTranslated(),
  },
  STRATEGY_UPDATE_TEXT: {
    type: 'StrategyUpdate',
    description: "What one update of a strategy's follow-up says happened or happens next.",
    sql: `select u.id, s.project_id, s.id as session_id, u.language, u.text, u.created_at, s.languages
          from strategy_update u join strategy g on g.id = u.strategy_id join session s on s.id = g.session_id
          where u.text <> ''`,
    event: textTranslated(),
  },
};

registerEnumType(TranslatableField, {
  name: 'TranslatableField',
  description: 'A kind of text that can be translated: what people write, and what staff write for them.',
  valuesConfig: Object.fromEntries(
    Object.entries(TRANSLATABLE).map(([field, source]) => [field, { description: source.description }]),
  ),
});

// The record types whose texts can be translated, for the authorization rule of translating (translation.policy.ts).
export const TRANSLATABLE_TYPES: readonly string[] = [...new Set(Object.values(TRANSLATABLE).map((s) => s.type))];

// The main language of a session: the one its own texts are written in.
export const mainLanguageOf = (session: { languages: readonly string[] }): string => session.languages[0] ?? 'und';
