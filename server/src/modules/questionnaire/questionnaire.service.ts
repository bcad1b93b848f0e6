import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { Account } from '../account/account.entity.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishSessionEvent } from '../live/live.service.js';
import { Consent, ConsentPurpose, Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../session/session.entity.js';
import { ProjectQuestionnaireItem, QuestionnaireAnswer } from './questionnaire.entity.js';
import { ITEM_TEXT_MAX } from './questionnaire.input.js';
import type {
  AddQuestionnaireItemInput,
  AnswerQuestionnaireInput,
  QuestionnaireText,
  AnswerScale,
  ItemAnswerInput,
  ItemTextInput,
  QuestionnaireItem,
  QuestionnaireResponses,
  RecordPaperAnswersInput,
  RetireQuestionnaireItemInput,
  UpdateQuestionnaireItemInput,
} from './questionnaire.input.js';
import { SCALE_MAX, SCALE_MIN, SCALE_POINTS, SHIPPED_ITEMS, isShippedCode } from './questionnaire.instrument.js';
import { AnswerSource, QuestionnaireKind, QuestionnaireWave, kindOfWave } from './questionnaire.types.js';
import { FALLBACK_LANGUAGES, INSTRUMENT_TEXTS } from './texts/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Texts in the reader's language.

// The text for a reader: their language, its base language (`nl` for `nl-BE`), then the source languages, then
// whatever there is. Says which language it picked, so that a screen can mark a text that is not in theirs.
export function pickText(texts: Readonly<Record<string, string>>, language: string): QuestionnaireText {
  const base = language.split('-')[0]?.toLowerCase() ?? '';
  for (const tag of [language, base, ...FALLBACK_LANGUAGES]) {
    const text = texts[tag];
    if (text) return { language: tag, text };
  }
  const [first] = Object.entries(texts).toSorted(([a], [b]) => a.localeCompare(b));
  return first ? { language: first[0], text: first[1] } : { language, text: '' };
}

const instrumentIn = (language: string) =>
  INSTRUMENT_TEXTS[pickText(Object.fromEntries(Object.keys(INSTRUMENT_TEXTS).map((l) => [l, l])), language).language]!;

export function answerScale(language: string): AnswerScale {
  const texts = instrumentIn(language);
  return {
    language: texts.language,
    points: SCALE_POINTS.map((value, i) => ({ value, label: texts.scale[i] ?? String(value) })),
    dontKnow: texts.dontKnow,
  };
}

export const questionnaireTitle = (kind: QuestionnaireKind, language: string): string =>
  instrumentIn(language).questionnaires[kind];

// ---------------------------------------------------------------------------------------------------------------
// Items: the shipped ones, then the project's own.

const shippedTexts = (code: string): Record<string, string> =>
  Object.fromEntries(
    Object.values(INSTRUMENT_TEXTS).flatMap((texts) => {
      const text = texts.items[code];
      return text ? [[texts.language, text]] : [];
    }),
  );

export function shippedItems(kind: QuestionnaireKind): QuestionnaireItem[] {
  return SHIPPED_ITEMS.filter((item) => item.questionnaire === kind).map((item, position) => ({
    id: item.code,
    code: item.code,
    questionnaire: item.questionnaire,
    dimension: item.dimension,
    shipped: true,
    position,
    retiredAt: null,
    texts: shippedTexts(item.code),
  }));
}

const projectItemView = (row: ProjectQuestionnaireItem, offset: number): QuestionnaireItem => ({
  id: row.id,
  code: row.code,
  questionnaire: row.questionnaire,
  dimension: row.dimension,
  shipped: false,
  position: offset + row.position,
  retiredAt: row.retiredAt,
  texts: row.texts,
});

// The items of a project's questionnaire in order; retired project items only when asked for.
export async function listItems(
  em: EntityManager,
  projectId: string,
  kind: QuestionnaireKind,
  options: { retired: boolean },
): Promise<QuestionnaireItem[]> {
  const shipped = shippedItems(kind);
  const own = await em.find(
    ProjectQuestionnaireItem,
    { project: projectId, questionnaire: kind, ...(options.retired ? {} : { retiredAt: null }) },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  return [...shipped, ...own.map((row) => projectItemView(row, shipped.length))];
}

// Whether a session's agenda opens this questionnaire on the phones.
export async function isOpenInSession(em: EntityManager, sessionId: string, wave: QuestionnaireWave): Promise<boolean> {
  return (
    (await em.count(AgendaPhase, { session: sessionId, kind: PhaseKind.QUESTIONNAIRE, questionnaireWave: wave })) > 0
  );
}

function cleanTexts(texts: readonly ItemTextInput[]): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const { language, text } of texts) {
    const [lang = '', region] = language.trim().split('-');
    const tag = region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
    if (tag in clean) throw badInput(`The text in "${tag}" is given twice.`, 'texts');
    const value = text.trim().replace(/\s+/g, ' ');
    if (value.length < 1 || value.length > ITEM_TEXT_MAX)
      throw badInput(`The text in "${tag}" must be between 1 and ${ITEM_TEXT_MAX} characters.`, 'texts');
    clean[tag] = value;
  }
  return clean;
}

async function nextProjectCode(tx: EntityManager, projectId: string): Promise<string> {
  const codes = (await tx.find(ProjectQuestionnaireItem, { project: projectId }, { fields: ['code'] })).map(
    (i) => i.code,
  );
  const numbers = codes.flatMap((code) => (/^P(\d+)$/.exec(code) ? [Number(code.slice(1))] : []));
  return `P${Math.max(0, ...numbers) + 1}`;
}

async function getProjectItem(tx: EntityManager, projectId: string, code: string): Promise<ProjectQuestionnaireItem> {
  const normal = code.trim().toUpperCase();
  if (isShippedCode(normal)) {
    throw badInput(
      `${normal} ships with the product and cannot be changed: add an item of the project’s own instead.`,
      'code',
    );
  }
  const item = isUuid(projectId)
    ? await tx.findOne(ProjectQuestionnaireItem, { project: projectId, code: normal })
    : null;
  if (!item)
    throw new DomainError(ErrorCode.NOT_FOUND, `This project has no questionnaire item ${normal}.`, {
      itemCode: normal,
    });
  return item;
}

const itemResult = async (tx: EntityManager, id: string): Promise<QuestionnaireItem> => {
  const row = await getById(tx, ProjectQuestionnaireItem, id, 'questionnaireItem');
  return projectItemView(row, shippedItems(row.questionnaire).length);
};

export async function addQuestionnaireItem(
  em: EntityManager,
  input: AddQuestionnaireItemInput,
  accountId: string | null,
): Promise<QuestionnaireItem> {
  const texts = cleanTexts(input.texts);
  if (input.dimension && input.questionnaire !== QuestionnaireKind.COMPETENCE)
    throw badInput('Only items of the competence questionnaire measure a dimension.', 'dimension');
  const row = await runMutation(
    em,
    input,
    'addQuestionnaireItem',
    async (tx) => {
      const project = await getById(tx, Project, input.projectId, 'project');
      // One project's items get their codes and positions one after the other.
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`questionnaire-items:${project.id}`]);
      const code = input.code ? input.code.trim().toUpperCase() : await nextProjectCode(tx, project.id);
      if (isShippedCode(code))
        throw badInput(`${code} is the id of an item that ships with the product: choose another one.`, 'code');
      if (await tx.count(ProjectQuestionnaireItem, { project, code }))
        throw conflict(`This project already has an item ${code}: choose another id.`);
      const position = await tx.count(ProjectQuestionnaireItem, { project, questionnaire: input.questionnaire });
      return tx.create(ProjectQuestionnaireItem, {
        project,
        code,
        questionnaire: input.questionnaire,
        dimension: input.dimension ?? null,
        texts,
        position,
        createdBy: accountId ? tx.getReference(Account, accountId) : null,
      });
    },
    async (tx, id) => getById(tx, ProjectQuestionnaireItem, id, 'questionnaireItem'),
  );
  return projectItemView(row, shippedItems(row.questionnaire).length);
}

export function updateQuestionnaireItem(
  em: EntityManager,
  input: UpdateQuestionnaireItemInput,
): Promise<QuestionnaireItem> {
  const texts = cleanTexts(input.texts);
  return runMutation(
    em,
    input,
    'updateQuestionnaireItem',
    async (tx) => {
      const item = await getProjectItem(tx, input.projectId, input.code);
      const changed = Object.keys(texts).filter(
        (language) => item.texts[language] && item.texts[language] !== texts[language],
      );
      if (changed.length && (await tx.count(QuestionnaireAnswer, { project: item.project, itemCode: item.code }))) {
        throw conflict(
          `${item.code} has been answered, so its meaning is fixed: its text in ${changed.join(', ')} can no longer change. Add other languages, or retire it and add a new item.`,
        );
      }
      item.texts = { ...item.texts, ...texts };
      return projectItemView(item, shippedItems(item.questionnaire).length);
    },
    itemResult,
  );
}

export function retireQuestionnaireItem(
  em: EntityManager,
  input: RetireQuestionnaireItemInput,
): Promise<QuestionnaireItem> {
  return runMutation(
    em,
    input,
    'retireQuestionnaireItem',
    async (tx) => {
      const item = await getProjectItem(tx, input.projectId, input.code);
      // Retiring twice keeps the first moment.
      item.retiredAt ??= new Date();
      return projectItemView(item, shippedItems(item.questionnaire).length);
    },
    itemResult,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Answers.

// Answers are research data: kept only while the participant's consent to research stands.
async function assertResearchConsent(tx: EntityManager, participant: Participant): Promise<void> {
  const standing = await tx.count(Consent, { participant, purpose: ConsentPurpose.RESEARCH, withdrawnAt: null });
  if (!standing) {
    throw new DomainError(
      ErrorCode.RESEARCH_CONSENT_REQUIRED,
      `Answers to the questionnaire are research data, kept only with consent to research, and ${participant.pseudonym} has not given it (or withdrew it). Record their consent to research first.`,
      { participantId: participant.id },
    );
  }
}

interface ParsedAnswer {
  code: string;
  // undefined: take the answer back; null: don't know / rather not say.
  value: number | null | undefined;
}

function parseAnswers(answers: readonly ItemAnswerInput[], items: readonly QuestionnaireItem[]): ParsedAnswer[] {
  const codes = new Set(items.map((item) => item.code));
  const seen = new Set<string>();
  return answers.map(({ itemCode, value, dontKnow }) => {
    const code = itemCode.trim().toUpperCase();
    if (!codes.has(code)) throw badInput(`This questionnaire has no item ${code}.`, 'answers');
    if (seen.has(code)) throw badInput(`Item ${code} is answered twice; send one answer per item.`, 'answers');
    seen.add(code);
    if (value != null && dontKnow)
      throw badInput(`Item ${code} has a value and "don’t know": send one or the other.`, 'answers');
    if (value != null && (!Number.isInteger(value) || value < SCALE_MIN || value > SCALE_MAX))
      throw badInput(`The answer to ${code} must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}.`, 'answers');
    return { code, value: value ?? (dontKnow ? null : undefined) };
  });
}

const waveName = (wave: QuestionnaireWave): string =>
  ({
    PRE: 'the questionnaire before the first session',
    POST: 'the questionnaire after the last session',
    SESSION_END: 'the evaluation of this session',
  })[wave];

// Where answers of this wave live: for PRE and POST anywhere in the project, for SESSION_END in the session.
// In the questionnaire's order: the shipped items as the instrument lists them, then the project's by code
// (answers saved together share a timestamp, so the time they were given cannot order them).
async function answersOf(tx: EntityManager, participantId: string, sessionId: string, wave: QuestionnaireWave) {
  const answers = await tx.find(QuestionnaireAnswer, {
    participant: participantId,
    wave,
    ...(wave === QuestionnaireWave.SESSION_END ? { session: sessionId } : {}),
  });
  const order = new Map(shippedItems(kindOfWave(wave)).map((item, index) => [item.code, index]));
  const rank = (code: string) => order.get(code) ?? order.size;
  return answers.toSorted((a, b) => rank(a.itemCode) - rank(b.itemCode) || a.itemCode.localeCompare(b.itemCode));
}

interface SaveTarget {
  participantId: string;
  sessionId: string;
  wave: QuestionnaireWave;
  answers: readonly ItemAnswerInput[];
}

// Saves a participant's answers to some items of one questionnaire, in the caller's transaction. One answer per
// participant, item and wave: answering again in the same session replaces the value (a tap on another point),
// sending neither a value nor "don't know" takes the answer back (the item is skipped). PRE and POST are given in
// one session each: what was answered at an earlier session stands.
async function saveAnswers(
  tx: EntityManager,
  target: SaveTarget,
  how: { source: AnswerSource; recordedBy: string | null },
): Promise<{ id: string }> {
  const session = await getById(tx, Session, target.sessionId, 'session');
  const participant = await getById(tx, Participant, target.participantId, 'participant');
  if (participant.project.id !== session.project.id) {
    throw badInput(`${participant.pseudonym} takes part in another project than this session.`, 'participantId');
  }
  if (how.source === AnswerSource.PHONE) {
    if (session.status === SessionStatus.DRAFT || session.status === SessionStatus.SCHEDULED) {
      throw new DomainError(
        ErrorCode.SESSION_NOT_OPEN,
        'This session has not started: its questionnaires open on the phones once it is live.',
        { status: session.status },
      );
    }
    if (!(await isOpenInSession(tx, session.id, target.wave))) {
      throw badInput(
        `This session does not open ${waveName(target.wave)}: a facilitator opens a questionnaire as a phase of the agenda.`,
        'wave',
      );
    }
  }
  await assertResearchConsent(tx, participant);
  const items = await listItems(tx, session.project.id, kindOfWave(target.wave), { retired: false });
  const parsed = parseAnswers(target.answers, items);

  // One participant's answers to one wave are saved one request after the other.
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `answers:${participant.id}:${target.wave}`,
  ]);
  const existing = await answersOf(tx, participant.id, session.id, target.wave);
  const elsewhere = existing.find((answer) => answer.session.id !== session.id);
  if (elsewhere) {
    const earlier = await getById(tx, Session, elsewhere.session.id, 'session');
    throw conflict(
      `${participant.pseudonym} answered ${waveName(target.wave)} at "${earlier.title}"; those answers stand and are not asked again.`,
    );
  }
  if (
    target.wave === QuestionnaireWave.PRE &&
    (await tx.count(QuestionnaireAnswer, { participant, wave: QuestionnaireWave.POST }))
  ) {
    throw conflict(
      `${participant.pseudonym} has already answered the questionnaire after the last session, so answers from before can no longer be paired with it.`,
    );
  }
  const before = new Set(existing.map((answer) => answer.itemCode));
  const byCode = new Map(existing.map((answer) => [answer.itemCode, answer]));
  for (const { code, value } of parsed) {
    const found = byCode.get(code);
    if (found && found.source !== how.source) {
      throw conflict(
        found.source === AnswerSource.PAPER
          ? `The answer to ${code} was entered from a paper form; it stays as it was given there.`
          : `${participant.pseudonym} answered ${code} on their phone; a paper form does not replace that answer.`,
      );
    }
    if (value === undefined) {
      if (found) {
        tx.remove(found);
        byCode.delete(code);
      }
    } else if (found) {
      found.value = value;
    } else {
      byCode.set(
        code,
        tx.create(QuestionnaireAnswer, {
          project: session.project,
          participant,
          session,
          wave: target.wave,
          itemCode: code,
          value,
          source: how.source,
          recordedBy: how.recordedBy ? tx.getReference(Account, how.recordedBy) : null,
        }),
      );
    }
  }
  // The cockpit follows how many have started and finished, never who or what: an event only when that changes.
  const active = new Set(items.map((item) => item.code));
  const progress = (codes: Iterable<string>) => {
    const answered = [...codes].filter((code) => active.has(code)).length;
    return `${answered > 0}:${answered >= active.size}`;
  };
  if (progress(before) !== progress(byCode.keys())) {
    await publishSessionEvent(tx, session.id, SessionEventType.QUESTIONNAIRE_ANSWERED);
  }
  return { id: participant.id };
}

// The answers a participant has given to a wave, as seen from a session (SESSION_END: that session's).
export function listAnswers(
  em: EntityManager,
  participantId: string,
  sessionId: string,
  wave: QuestionnaireWave,
): Promise<QuestionnaireAnswer[]> {
  if (!isUuid(participantId) || !isUuid(sessionId)) return Promise.resolve([]);
  return answersOf(em, participantId, sessionId, wave);
}

export async function answerQuestionnaire(
  em: EntityManager,
  input: AnswerQuestionnaireInput,
): Promise<QuestionnaireAnswer[]> {
  const { id } = await runMutation(
    em,
    input,
    'answerQuestionnaire',
    (tx) => saveAnswers(tx, input, { source: AnswerSource.PHONE, recordedBy: null }),
    async (_tx, participantId) => ({ id: participantId }),
  );
  return listAnswers(em, id, input.sessionId, input.wave);
}

export async function recordPaperAnswers(
  em: EntityManager,
  input: RecordPaperAnswersInput,
  accountId: string,
): Promise<{ answeredItems: number; itemCount: number }> {
  const { id } = await runMutation(
    em,
    input,
    'recordPaperAnswers',
    (tx) => saveAnswers(tx, input, { source: AnswerSource.PAPER, recordedBy: accountId }),
    async (_tx, participantId) => ({ id: participantId }),
  );
  const session = await getById(em, Session, input.sessionId, 'session');
  const items = await listItems(em, session.project.id, kindOfWave(input.wave), { retired: false });
  const codes = new Set(items.map((item) => item.code));
  const answers = await listAnswers(em, id, input.sessionId, input.wave);
  return { answeredItems: answers.filter((a) => codes.has(a.itemCode)).length, itemCount: items.length };
}

// Without consent to research no answer is kept: called when it is withdrawn, and when a participant is erased.
// The cockpits of the sessions concerned hear that their counts changed.
export async function discardResearchAnswers(tx: EntityManager, participantId: string): Promise<void> {
  const rows = await tx.execute<{ session_id: string }[]>(
    'delete from questionnaire_answer where participant_id = ? returning session_id',
    [participantId],
  );
  for (const sessionId of new Set(rows.map((row) => row.session_id))) {
    await publishSessionEvent(tx, sessionId, SessionEventType.QUESTIONNAIRE_ANSWERED);
  }
}

// What a participant's data export holds of their answers.
export interface ExportedAnswer {
  wave: QuestionnaireWave;
  sessionId: string;
  itemCode: string;
  itemText: string;
  value: number | null;
  dontKnow: boolean;
  source: AnswerSource;
  answeredAt: string;
}

export async function exportAnswers(em: EntityManager, participant: Participant): Promise<ExportedAnswer[]> {
  const answers = await em.find(QuestionnaireAnswer, { participant }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  if (!answers.length) return [];
  const language = participant.languages[0] ?? 'en';
  const items = [
    ...(await listItems(em, participant.project.id, QuestionnaireKind.COMPETENCE, { retired: true })),
    ...(await listItems(em, participant.project.id, QuestionnaireKind.SESSION_EVALUATION, { retired: true })),
  ];
  const textOf = new Map(items.map((item) => [item.code, pickText(item.texts, language).text]));
  return answers.map((a) => ({
    wave: a.wave,
    sessionId: a.session.id,
    itemCode: a.itemCode,
    itemText: textOf.get(a.itemCode) ?? '',
    value: a.value,
    dontKnow: a.value === null,
    source: a.source,
    answeredAt: a.updatedAt.toISOString(),
  }));
}

export const countAnswers = (em: EntityManager, participant: Participant): Promise<number> =>
  em.count(QuestionnaireAnswer, { participant });

// ---------------------------------------------------------------------------------------------------------------
// Response rates, for the cockpit: per session, one entry per questionnaire its agenda opens, in agenda order.

export async function responseRates(
  em: EntityManager,
  sessionIds: readonly string[],
): Promise<QuestionnaireResponses[][]> {
  const ids = [...new Set(sessionIds.filter(isUuid))];
  if (!ids.length) return sessionIds.map(() => []);
  const [phases, present] = await Promise.all([
    em.execute<{ session_id: string; project_id: string; wave: QuestionnaireWave }[]>(
      `select p.session_id, s.project_id, p.questionnaire_wave as wave, min(p.position) as position
         from agenda_phase p join session s on s.id = p.session_id
        where p.session_id in (?) and p.kind = '${PhaseKind.QUESTIONNAIRE}' and p.questionnaire_wave is not null
        group by p.session_id, s.project_id, p.questionnaire_wave
        order by position`,
      [ids],
    ),
    em.execute<{ session_id: string; participant_id: string; consented: boolean }[]>(
      `select a.session_id, a.participant_id,
              exists (select 1 from consent c where c.participant_id = a.participant_id
                         and c.purpose = '${ConsentPurpose.RESEARCH}' and c.withdrawn_at is null) as consented
         from attendance a where a.session_id in (?)`,
      [ids],
    ),
  ]);
  const participantIds = [...new Set(present.map((row) => row.participant_id))];
  const projectIds = [...new Set(phases.map((row) => row.project_id))];
  const [answers, ownItems] = await Promise.all([
    participantIds.length && phases.length
      ? em.execute<{ participant_id: string; session_id: string; wave: QuestionnaireWave; item_code: string }[]>(
          'select participant_id, session_id, wave, item_code from questionnaire_answer where participant_id in (?)',
          [participantIds],
        )
      : Promise.resolve([]),
    projectIds.length
      ? em.find(ProjectQuestionnaireItem, { project: { $in: projectIds }, retiredAt: null })
      : Promise.resolve([]),
  ]);
  const activeCodes = (projectId: string, kind: QuestionnaireKind) =>
    new Set([
      ...shippedItems(kind).map((item) => item.code),
      ...ownItems.filter((i) => i.project.id === projectId && i.questionnaire === kind).map((i) => i.code),
    ]);
  return sessionIds.map((sessionId) =>
    phases
      .filter((phase) => phase.session_id === sessionId)
      .map(({ project_id: projectId, wave }) => {
        const codes = activeCodes(projectId, kindOfWave(wave));
        const here = present.filter((row) => row.session_id === sessionId);
        const consented = here.filter((row) => row.consented);
        const answered = consented.map(
          (row) =>
            new Set(
              answers
                .filter(
                  (a) =>
                    a.participant_id === row.participant_id &&
                    a.wave === wave &&
                    (wave !== QuestionnaireWave.SESSION_END || a.session_id === sessionId) &&
                    codes.has(a.item_code),
                )
                .map((a) => a.item_code),
            ).size,
        );
        return {
          id: `${sessionId}:${wave}`,
          wave,
          itemCount: codes.size,
          present: here.length,
          consented: consented.length,
          started: answered.filter((n) => n > 0).length,
          completed: answered.filter((n) => n >= codes.size).length,
        };
      }),
  );
}
