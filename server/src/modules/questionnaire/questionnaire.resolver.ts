import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { getById } from '../../core/repository.js';
import { getProject } from '../project/project.service.js';
import { Session } from '../session/session.entity.js';
import { QuestionnaireAnswer } from './questionnaire.entity.js';
import {
  AddQuestionnaireItemInput,
  AnswerQuestionnaireInput,
  AnswerQuestionnairePayload,
  AnswerScale,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemPayload,
  QuestionnaireResponses,
  QuestionnaireText,
  questionnaireTexts,
  RecordPaperAnswersInput,
  RecordPaperAnswersPayload,
  RetireQuestionnaireItemInput,
  UpdateQuestionnaireItemInput,
} from './questionnaire.input.js';
import { INSTRUMENT_VERSION } from './questionnaire.instrument.js';
import {
  addQuestionnaireItem,
  answerQuestionnaire,
  answerScale,
  isOpenInSession,
  listAnswers,
  listItems,
  pickText,
  questionnaireTitle,
  recordPaperAnswers,
  responseRates,
  retireQuestionnaireItem,
  updateQuestionnaireItem,
} from './questionnaire.service.js';
import { QuestionnaireKind, QuestionnaireWave, kindOfWave } from './questionnaire.types.js';

const LANGUAGE_ARG = { description: 'The reader’s language (BCP 47 tag); another one is used when it has no text.' };

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Query(() => Questionnaire, {
    description:
      'A questionnaire as the phones of a session open it: the competence questionnaire (PRE, POST) or the evaluation of the session (SESSION_END).',
  })
  async questionnaire(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('wave', () => QuestionnaireWave) wave: QuestionnaireWave,
    @Ctx() { em }: Context,
  ): Promise<Questionnaire> {
    const session = await getById(em, Session, sessionId, 'session');
    const kind = kindOfWave(wave);
    return {
      id: `${session.id}:${wave}`,
      wave,
      kind,
      instrumentVersion: INSTRUMENT_VERSION,
      open: await isOpenInSession(em, session.id, wave),
      items: await listItems(em, session.project.id, kind, { retired: false }),
      sessionId: session.id,
      projectId: session.project.id,
    };
  }

  @FieldResolver(() => String, { description: 'The questionnaire’s heading in the reader’s language.' })
  title(@Root() questionnaire: Questionnaire, @Arg('language', () => String, LANGUAGE_ARG) language: string): string {
    return questionnaireTitle(questionnaire.kind, language);
  }

  @FieldResolver(() => AnswerScale, { description: 'The answer choices, in the reader’s language.' })
  scale(@Arg('language', () => String, LANGUAGE_ARG) language: string): AnswerScale {
    return answerScale(language);
  }

  // Only ever the answers of whoever asks: a participant's own, and none for anyone else. Each answer is still a
  // record only its participant may read (questionnaire.policy.ts).
  @FieldResolver(() => [QuestionnaireAnswer], {
    description:
      'The answers the participant asking has given to this questionnaire (for SESSION_END: about this session); empty for anyone else.',
  })
  myAnswers(@Root() questionnaire: Questionnaire, @Ctx() { em, viewer }: Context): Promise<QuestionnaireAnswer[]> {
    if (viewer.kind !== 'participant') return Promise.resolve([]);
    return listAnswers(em, viewer.participantId, questionnaire.sessionId, questionnaire.wave);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the participant asking answered this questionnaire at an earlier session: those answers stand and it is not asked again.',
  })
  async answeredElsewhere(@Root() questionnaire: Questionnaire, @Ctx() { em, viewer }: Context): Promise<boolean> {
    if (viewer.kind !== 'participant') return false;
    const answers = await listAnswers(em, viewer.participantId, questionnaire.sessionId, questionnaire.wave);
    return answers.some((answer) => answer.session.id !== questionnaire.sessionId);
  }

  @Query(() => [QuestionnaireItem], {
    description:
      'Every item of one of a project’s questionnaires, shipped and own, retired ones included, with their texts in every language.',
  })
  async questionnaireItems(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('questionnaire', () => QuestionnaireKind) questionnaire: QuestionnaireKind,
    @Ctx() { em }: Context,
  ): Promise<QuestionnaireItem[]> {
    const project = await getProject(em, projectId);
    return listItems(em, project.id, questionnaire, { retired: true });
  }

  @Mutation(() => AnswerQuestionnairePayload, {
    description:
      'Answer items of an open questionnaire on one’s own phone: one answer per item and wave, replaced when sent again in the same session, taken back when sent without a value. Needs consent to research.',
  })
  async answerQuestionnaire(
    @Arg('input', () => AnswerQuestionnaireInput) input: AnswerQuestionnaireInput,
    @Ctx() { em }: Context,
  ): Promise<AnswerQuestionnairePayload> {
    return { clientMutationId: input.clientMutationId ?? null, answers: await answerQuestionnaire(em, input) };
  }

  @Mutation(() => RecordPaperAnswersPayload, {
    description:
      'Enter the answers a participant gave on a paper form, on their behalf (recorded as paper answers and by whom). Answers nothing back but how much is answered.',
  })
  async recordPaperAnswers(
    @Arg('input', () => RecordPaperAnswersInput) input: RecordPaperAnswersInput,
    @Ctx() ctx: Context,
  ): Promise<RecordPaperAnswersPayload> {
    const { accountId } = staffViewer(ctx.viewer);
    const outcome = await recordPaperAnswers(ctx.em, input, accountId);
    return { clientMutationId: input.clientMutationId ?? null, ...outcome };
  }

  @Mutation(() => QuestionnaireItemPayload, {
    description: 'Add an item of the project’s own to one of its questionnaires; the shipped items stay as they are.',
  })
  async addQuestionnaireItem(
    @Arg('input', () => AddQuestionnaireItemInput) input: AddQuestionnaireItemInput,
    @Ctx() ctx: Context,
  ): Promise<QuestionnaireItemPayload> {
    const item = await addQuestionnaireItem(ctx.em, input, staffViewer(ctx.viewer).accountId);
    return { clientMutationId: input.clientMutationId ?? null, item };
  }

  @Mutation(() => QuestionnaireItemPayload, {
    description:
      'Add or correct the texts of a project’s own item: a text already given is fixed once the item has been answered.',
  })
  async updateQuestionnaireItem(
    @Arg('input', () => UpdateQuestionnaireItemInput) input: UpdateQuestionnaireItemInput,
    @Ctx() { em }: Context,
  ): Promise<QuestionnaireItemPayload> {
    return { clientMutationId: input.clientMutationId ?? null, item: await updateQuestionnaireItem(em, input) };
  }

  @Mutation(() => QuestionnaireItemPayload, {
    description: 'Stop asking a project’s own item; its answers stay.',
  })
  async retireQuestionnaireItem(
    @Arg('input', () => RetireQuestionnaireItemInput) input: RetireQuestionnaireItemInput,
    @Ctx() { em }: Context,
  ): Promise<QuestionnaireItemPayload> {
    return { clientMutationId: input.clientMutationId ?? null, item: await retireQuestionnaireItem(em, input) };
  }
}

@Resolver(() => QuestionnaireItem)
export class QuestionnaireItemResolver {
  @FieldResolver(() => QuestionnaireText, {
    description: 'The statement in the reader’s language, or in another one when it has none (its `language` says).',
  })
  text(
    @Root() item: QuestionnaireItem,
    @Arg('language', () => String, LANGUAGE_ARG) language: string,
  ): QuestionnaireText {
    return pickText(item.texts, language);
  }

  @FieldResolver(() => [QuestionnaireText], { description: 'The statement in every language it has, by language tag.' })
  translations(@Root() item: QuestionnaireItem): QuestionnaireText[] {
    return questionnaireTexts(item.texts);
  }
}

@Resolver(() => QuestionnaireAnswer)
export class QuestionnaireAnswerResolver {
  @FieldResolver(() => Boolean, { description: 'True for "don’t know / rather not say" (the answer has no value).' })
  dontKnow(@Root() answer: QuestionnaireAnswer): boolean {
    return answer.value === null;
  }
}

@Resolver(() => Session)
export class SessionQuestionnaireResolver {
  @FieldResolver(() => [QuestionnaireResponses], {
    description:
      'For each questionnaire the agenda opens, how many of those checked in have started and finished it: counts only, for those who run the session.',
  })
  questionnaireResponses(@Root() session: Session, @Ctx() { em, loaders }: Context): Promise<QuestionnaireResponses[]> {
    return loaders.custom('session:questionnaireResponses', (ids) => responseRates(em, ids)).load(session.id);
  }
}
