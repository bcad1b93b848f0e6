import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode, badInput, notFound } from '../../core/errors.js';
import { canonicalLanguage, closestLanguage } from '../../core/i18n/languages.js';
import { msg } from '../../core/i18n/messages.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import type { Translation as PublishedTranslation, Translations } from '../../core/translation.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import { Account } from '../account/account.entity.js';
import { publishSessionEvent } from '../live/live.service.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';
import { TRANSLATABLE, TranslatableField, type TextRow } from './translatable.js';
import { ReaderText, Translation, TranslatedText, textId, translatedText } from './translated-text.js';
import { TextTranslation, TranslationOrigin, isMachineDraft, type TranslationRow } from './translation.entity.js';
import type {
  ApproveTranslationInput,
  DraftMachineTranslationsInput,
  TranslateTextInput,
  TranslationQueueArgs,
} from './translation.input.js';

// Translations of every translatable text (translatable.ts): written by a person, or drafted by the machine-
// translation service and shown as a machine draft until a person approves it. Who may translate is
// translation.policy.ts; here is what a translation must be.

export const TRANSLATION_MAX_LENGTH = 5000;

const sameLanguage = (a: string, b: string): boolean => closestLanguage(a, [b]) !== undefined;

// Tells the session's live feed, so that every screen shows the translation at once (the public outcome pages of
// its project follow the same feed and drop their cached copy).
async function announce(tx: EntityManager, field: TranslatableField, row: TextRow, language: string): Promise<void> {
  if (!row.session_id) return;
  const { type, fields } = TRANSLATABLE[field].event(row, language);
  await publishSessionEvent(tx, row.session_id, type, fields);
}

// The text of one record as it was written, with where it lives; NOT_FOUND when there is none (or it needs no
// translation: a hidden challenge, an empty follow-up).
export async function loadText(em: EntityManager, field: TranslatableField, recordId: string): Promise<TextRow> {
  const rows = isUuid(recordId)
    ? await em
        .getConnection()
        .execute<TextRow[]>(`select * from (${TRANSLATABLE[field].sql}) t where t.id = ?`, [recordId])
    : [];
  const row = rows[0];
  if (!row) {
    throw new DomainError(ErrorCode.NOT_FOUND, msg('errors:translation.noText', { id: recordId }), {
      id: recordId,
      field,
    });
  }
  return row;
}

const toTranslatedText = (field: TranslatableField, row: TextRow): TranslatedText =>
  translatedText(field, row, row.text, row.language, row.session_id);

// A translation as text_translation stores it (a statement's row, or one of `translationsOnPage`'s JSON objects).
interface StoredTranslation {
  subject_id: string;
  field: string;
  language: string;
  text: string;
  origin: TranslationOrigin;
  approved_at: string | Date | null;
  updated_at: string | Date;
}

const fromStored = (row: StoredTranslation): TranslationRow => ({
  subjectId: row.subject_id,
  field: row.field,
  language: row.language,
  text: row.text,
  origin: row.origin,
  approvedAt: row.approved_at === null ? null : new Date(row.approved_at),
  updatedAt: new Date(row.updated_at),
});

// The translations of each row of a page (Loaders.page `attachments: { translations: ... }` on the alias `t`), in
// the order `translationsOf` reads them: a board's challenges and ideas bring theirs in the statement that reads them,
// instead of a statement per level that names every row of the page.
export function translationsOnPage(field: TranslatableField): string {
  if (!/^[A-Z_]+$/.test(field)) throw new Error(`Not a translatable field: ${field}`);
  return `coalesce((select json_agg(json_build_object('subject_id', x.subject_id, 'field', x.field, 'language', x.language,
            'text', x.text, 'origin', x.origin, 'approved_at', x.approved_at, 'updated_at', x.updated_at)
            order by x.language, x.id) from text_translation x where x.subject_id = t.id and x.field = '${field}'), '[]'::json)`;
}

// The translations of a record's text as the API gives them: those its page brought (`translationsOnPage`), at once,
// or else read with the request's other texts (`translationsOf`).
export function translationsOfRecord(
  ctx: Pick<Context, 'loaders' | 'em'>,
  record: object,
  text: Pick<TranslatedText, 'id'>,
): Translation[] | Promise<Translation[]> {
  const brought = ctx.loaders.attachment(record, 'translations') as StoredTranslation[] | undefined;
  if (brought) return brought.map((row) => toTranslation(fromStored(row)));
  return translationsOf(ctx, text).then((rows) => rows.map(toTranslation));
}

// The translations of texts, batched per request: one statement however many texts a page shows. Sorted by language.
// Read as plain rows: a board of 50 challenges with 4 ideas each has hundreds, and none is written back.
export function translationsOf(
  ctx: Pick<Context, 'loaders' | 'em'>,
  text: Pick<TranslatedText, 'id'>,
): Promise<TranslationRow[]> {
  return ctx.loaders
    .custom<TranslationRow[]>('text-translations', async (keys) => {
      const subjectIds = [...new Set(keys.map((key) => key.slice(key.indexOf(':') + 1)))].filter(isUuid);
      const rows = subjectIds.length
        ? await ctx.em.getConnection().execute<StoredTranslation[]>(
            `select subject_id, field, language, text, origin, approved_at, updated_at from text_translation
              where subject_id in (${placeholders(subjectIds)}) order by language, id`,
            subjectIds,
          )
        : [];
      // Grouped once by text (rows arrive sorted, and stay so in each group), not filtered once per text.
      const byText = new Map<string, TranslationRow[]>();
      for (const row of rows) {
        const translation = fromStored(row);
        const id = textId(row.field as TranslatableField, row.subject_id);
        const group = byText.get(id);
        if (group) group.push(translation);
        else byText.set(id, [translation]);
      }
      return keys.map((key) => byText.get(key) ?? []);
    })
    .load(text.id);
}

export const toTranslation = (row: TranslationRow): Translation =>
  Object.assign(new Translation(), {
    language: row.language,
    text: row.text,
    origin: row.origin,
    machineDraft: isMachineDraft(row),
    updatedAt: row.updatedAt,
  });

// What a reader of `wanted` (most wanted first) reads: the original when it is in one of those languages or
// nothing is translated, else the translation into the first of them that has one. A person's translation and a
// machine draft are one per language; a machine draft says so.
export function readerText(
  text: TranslatedText,
  translations: readonly TranslationRow[],
  wanted: readonly string[],
): ReaderText {
  const original = { text: text.original, language: text.language, isOriginal: true, machineDraft: false };
  for (const tag of wanted) {
    if (sameLanguage(tag, text.language)) return original;
    const language = closestLanguage(
      tag,
      translations.map((translation) => translation.language),
    );
    const found = translations.find((translation) => translation.language === language);
    if (found)
      return { text: found.text, language: found.language, isOriginal: false, machineDraft: isMachineDraft(found) };
  }
  return original;
}

// The languages of its session a text still needs a person's translation into (a machine draft waits for one).
export function missingLanguages(
  original: string,
  sessionLanguages: readonly string[],
  translations: readonly TranslationRow[],
): string[] {
  return sessionLanguages.filter(
    (language) =>
      !sameLanguage(language, original) &&
      !translations.some((translation) => translation.language === language && !isMachineDraft(translation)),
  );
}

export async function sessionLanguagesOf(ctx: Pick<Context, 'loaders'>, text: TranslatedText): Promise<string[]> {
  if (!text.sessionId) return [];
  return (await ctx.loaders.byId(Session).load(text.sessionId))?.languages ?? [];
}

export async function getTranslatedText(
  em: EntityManager,
  field: TranslatableField,
  recordId: string,
): Promise<TranslatedText> {
  return toTranslatedText(field, await loadText(em, field, recordId));
}

function targetLanguage(row: TextRow, language: string): string {
  const tag = canonicalLanguage(language);
  if (sameLanguage(tag, row.language))
    throw badInput(msg('errors:translation.sameLanguage', { language: tag }), 'language');
  return tag;
}

async function findTranslation(
  tx: EntityManager,
  field: TranslatableField,
  subjectId: string,
  language: string,
): Promise<TextTranslation | null> {
  return tx.findOne(TextTranslation, { subjectId, field, language });
}

function store(
  tx: EntityManager,
  existing: TextTranslation | null,
  field: TranslatableField,
  row: TextRow,
  values: Pick<TextTranslation, 'language' | 'text' | 'origin' | 'approvedAt'> & { translatorId: string | null },
): TextTranslation {
  const translator = values.translatorId ? tx.getReference(Account, values.translatorId, { wrapped: true }) : null;
  if (existing) {
    existing.text = values.text;
    existing.origin = values.origin;
    existing.approvedAt = values.approvedAt;
    existing.translator = translator;
    existing.updatedAt = new Date();
    return existing;
  }
  return tx.create(TextTranslation, {
    subjectId: row.id,
    field,
    project: tx.getReference(Project, row.project_id),
    session: row.session_id ? tx.getReference(Session, row.session_id) : null,
    language: values.language,
    text: values.text,
    origin: values.origin,
    approvedAt: values.approvedAt,
    translator,
  });
}

interface Translated {
  id: string;
  text: TranslatedText;
}

const reload = (field: TranslatableField) => async (em: EntityManager, id: string) => ({
  id,
  text: await getTranslatedText(em, field, id),
});

// A person's translation: new, corrected, or (with an empty text) taken away. It replaces a machine draft. Call it
// inside a mutation's transaction; it tells the session's live feed.
export async function writeTranslation(
  tx: EntityManager,
  translatorId: string | null,
  field: TranslatableField,
  recordId: string,
  language: string,
  text: string,
): Promise<TextRow> {
  const row = await loadText(tx, field, recordId);
  const tag = targetLanguage(row, language);
  const trimmed = text.trim();
  const existing = await findTranslation(tx, field, row.id, tag);
  if (!trimmed) {
    if (existing) tx.remove(existing);
  } else {
    store(tx, existing, field, row, {
      language: tag,
      text: trimmed,
      origin: TranslationOrigin.PERSON,
      approvedAt: null,
      translatorId,
    });
  }
  await announce(tx, field, row, tag);
  return row;
}

// A translation into the language a text now says it was written in would shadow the text itself.
export async function removeTranslationInto(
  tx: EntityManager,
  field: TranslatableField,
  subjectId: string,
  language: string,
): Promise<void> {
  const all = await tx.find(TextTranslation, { subjectId, field });
  for (const translation of all) if (sameLanguage(translation.language, language)) tx.remove(translation);
}

export async function translateText(
  em: EntityManager,
  translatorId: string | null,
  input: TranslateTextInput,
): Promise<TranslatedText> {
  const done = await runMutation<Translated>(
    em,
    input,
    'translateText',
    async (tx) => {
      const row = await writeTranslation(tx, translatorId, input.field, input.recordId, input.language, input.text);
      return { id: row.id, text: toTranslatedText(input.field, row) };
    },
    reload(input.field),
  );
  return done.text;
}

// A person read a machine draft and keeps it as it is.
export async function approveTranslation(
  em: EntityManager,
  translatorId: string | null,
  input: ApproveTranslationInput,
): Promise<TranslatedText> {
  const done = await runMutation<Translated>(
    em,
    input,
    'approveTranslation',
    async (tx) => {
      const row = await loadText(tx, input.field, input.recordId);
      const language = canonicalLanguage(input.language);
      const draft = await findTranslation(tx, input.field, row.id, language);
      if (!draft || !isMachineDraft(draft)) {
        throw new DomainError(ErrorCode.NOT_FOUND, msg('errors:translation.noDraft', { language }), { language });
      }
      draft.approvedAt = new Date();
      draft.translator = translatorId ? tx.getReference(Account, translatorId, { wrapped: true }) : null;
      await announce(tx, input.field, row, language);
      return { id: row.id, text: toTranslatedText(input.field, row) };
    },
    reload(input.field),
  );
  return done.text;
}

// Machine drafts into the languages asked for (by default: every language of the session that has no person's
// translation yet). The service is asked before the transaction starts, so that no row waits on it; a person's
// translation is never overwritten by a draft.
export async function draftMachineTranslations(
  ctx: Pick<Context, 'em' | 'services'>,
  input: DraftMachineTranslationsInput,
): Promise<TranslatedText> {
  const translator = ctx.services.machineTranslator;
  if (!translator) throw new DomainError(ErrorCode.MACHINE_TRANSLATION_OFF, msg('errors:translation.machineOff'));
  const row = await loadText(ctx.em, input.field, input.recordId);
  const existing = await ctx.em.find(TextTranslation, { subjectId: row.id, field: input.field });
  const asked = input.languages?.length
    ? input.languages.map((language) => targetLanguage(row, language))
    : missingLanguages(row.language, row.languages, existing);
  const wanted = [...new Set(asked)].filter(
    (language) => !existing.some((t) => t.language === language && t.origin === TranslationOrigin.PERSON),
  );
  const drafts: { language: string; text: string }[] = [];
  for (const language of wanted)
    drafts.push({ language, text: await translator.translate(row.text, row.language, language) });
  const done = await runMutation<Translated>(
    ctx.em,
    input,
    'draftMachineTranslations',
    async (tx) => {
      for (const draft of drafts) {
        const current = await findTranslation(tx, input.field, row.id, draft.language);
        // A person may have written one meanwhile.
        if (current?.origin === TranslationOrigin.PERSON) continue;
        store(tx, current, input.field, row, {
          language: draft.language,
          text: draft.text,
          origin: TranslationOrigin.MACHINE,
          approvedAt: null,
          translatorId: null,
        });
      }
      if (drafts.length) await announce(tx, input.field, row, drafts.map((d) => d.language).join(' '));
      return { id: row.id, text: toTranslatedText(input.field, row) };
    },
    reload(input.field),
  );
  return done.text;
}

// Translations of records that are gone (a phase taken off the agenda, a deleted theme) go with them.
export async function removeTranslationsOf(tx: EntityManager, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length) await tx.nativeDelete(TextTranslation, { subjectId: { $in: [...subjectIds] } });
}

// The one bulk reader of the store: the translations of one kind of text of many records, by record id, in one
// statement. `published` keeps only what a person wrote or approved (the public pages, a participant's "what came of
// it", the staff's lists): a machine draft nobody approved is left out. Without it, machine drafts come too (an
// export of someone's own data holds everything kept about their words).
export async function translationsFor(
  em: EntityManager,
  field: TranslatableField,
  subjectIds: readonly string[],
  { published = false }: { published?: boolean } = {},
): Promise<Map<string, Translations>> {
  const ids = [...new Set(subjectIds)].filter(isUuid);
  const rows = ids.length
    ? await em.find(
        TextTranslation,
        {
          field,
          subjectId: { $in: ids },
          ...(published ? { $or: [{ origin: TranslationOrigin.PERSON }, { approvedAt: { $ne: null } }] } : {}),
        },
        { orderBy: { language: 'asc' } },
      )
    : [];
  const bySubject = new Map<string, Translations>();
  for (const row of rows) bySubject.set(row.subjectId, { ...bySubject.get(row.subjectId), [row.language]: row.text });
  return bySubject;
}

// What a person wrote or approved of one text's translations, sorted by language: the `translations` lists of the API
// beside an original (a machine draft nobody approved is left out). Read through `translationsOf`, batched per request.
export async function publishedTranslationsOf(
  ctx: Pick<Context, 'loaders' | 'em'>,
  field: TranslatableField,
  recordId: string,
): Promise<PublishedTranslation[]> {
  const all = await translationsOf(ctx, { id: textId(field, recordId) });
  return all.filter((row) => !isMachineDraft(row)).map((row) => ({ language: row.language, text: row.text }));
}

// ---------------------------------------------------------------------------------------------------------------
// The translator's queue: the texts of a project that some language of their session still waits for.

export interface QueueItem {
  field: TranslatableField;
  row: TextRow;
  missing: string[];
}

interface QueueCursor {
  at: string;
  field: string;
  id: string;
}

const encodeCursor = (cursor: QueueCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(value: string): QueueCursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as QueueCursor;
    if (typeof cursor.at === 'string' && typeof cursor.field === 'string' && isUuid(cursor.id)) return cursor;
  } catch {
    // reported below
  }
  throw badInput(msg('common:cursor'), 'after');
}

// Newest first, keyset-paged in SQL: (created_at, field, id) descending.
export async function listTranslationQueue(
  em: EntityManager,
  args: TranslationQueueArgs,
): Promise<{ items: QueueItem[]; cursors: string[]; hasNextPage: boolean; totalCount: number }> {
  // An id that is no UUID names no project (and would reach PostgreSQL as a cast error).
  if (!isUuid(args.projectId)) throw notFound('project', args.projectId);
  const first = args.first ?? 50;
  const language = args.language ? canonicalLanguage(args.language) : null;
  const fields = Object.keys(TRANSLATABLE) as TranslatableField[];
  const texts = fields
    .map((field) => `select '${field}'::text as field, t.* from (${TRANSLATABLE[field].sql}) t where t.project_id = ?`)
    .join('\nunion all\n');
  // A language of the session still waits when the text is in another language and no person has translated it.
  const pending = `
    with texts as (${texts}),
    queue as (
      select texts.*, array(
        select l from unnest(texts.languages) l
        where lower(split_part(l, '-', 1)) <> lower(split_part(texts.language, '-', 1))
          and not exists (
            select 1 from text_translation x
            where x.subject_id = texts.id and x.field = texts.field and x.language = l
              and (x.origin = 'PERSON' or x.approved_at is not null))
      ) as missing
      from texts
    )
    select * from queue where cardinality(missing) > 0 ${language ? 'and ? = any(missing)' : ''}`;
  const params: unknown[] = [...fields.map(() => args.projectId), ...(language ? [language] : [])];
  const after = args.after ? decodeCursor(args.after) : null;
  const connection = em.getConnection();
  const [{ count } = { count: 0 }] = await connection.execute<{ count: number }[]>(
    `select count(*)::int as count from (${pending}) q`,
    params,
  );
  const rows = await connection.execute<(TextRow & { field: TranslatableField; missing: string[]; at: string })[]>(
    `select q.*, q.created_at::text as at from (${pending}) q
     ${after ? 'where (q.created_at, q.field, q.id) < (?::timestamptz, ?, ?::uuid)' : ''}
     order by q.created_at desc, q.field desc, q.id desc limit ?`,
    [...params, ...(after ? [after.at, after.field, after.id] : []), first + 1],
  );
  const page = rows.slice(0, first);
  return {
    items: page.map((row) => ({ field: row.field, row, missing: row.missing })),
    cursors: page.map((row) => encodeCursor({ at: row.at, field: row.field, id: row.id })),
    hasNextPage: rows.length > first,
    totalCount: count,
  };
}

export { toTranslatedText };
