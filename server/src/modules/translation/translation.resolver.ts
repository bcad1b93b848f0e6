import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { ConnectionType, type Connection } from '../../core/pagination.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { MunicipalityResponse } from '../review/municipality-response.entity.js';
import { StrategyUpdate } from '../review/strategy-update.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { VotingRound } from '../vote/vote.entity.js';
import { TranslatableField, mainLanguageOf } from './translatable.js';
import { ReaderText, TranslatedText, Translation, translatedText } from './translated-text.js';
import {
  ApproveTranslationInput,
  DraftMachineTranslationsInput,
  TranslateTextInput,
  TranslatedTextPayload,
  TranslationQueueArgs,
  TranslationTask,
} from './translation.input.js';
import {
  approveTranslation,
  draftMachineTranslations,
  listTranslationQueue,
  missingLanguages,
  readerText,
  sessionLanguagesOf,
  toTranslatedText,
  toTranslation,
  translateText,
  translationsOf,
} from './translation.service.js';

export const TranslationTaskConnection = ConnectionType(TranslationTask, 'TranslationTask');

const payload = (input: { clientMutationId?: string | null }, text: TranslatedText): TranslatedTextPayload => ({
  clientMutationId: input.clientMutationId ?? null,
  text,
});

@Resolver(() => TranslatedText)
export class TranslatedTextResolver {
  @FieldResolver(() => [Translation], { description: 'Its translations, one per language, by language tag.' })
  async translations(@Root() text: TranslatedText, @Ctx() ctx: Context): Promise<Translation[]> {
    return (await translationsOf(ctx, text)).map(toTranslation);
  }

  @FieldResolver(() => ReaderText, {
    description:
      "What a reader of `language` reads: the translation into that language (a person's, or a machine draft that says so), or else the original. Without `language`, the request's Accept-Language decides.",
  })
  async forReader(
    @Root() text: TranslatedText,
    @Arg('language', () => String, { nullable: true, description: "The reader's language (BCP 47 tag)." })
    language: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ReaderText> {
    return readerText(text, await translationsOf(ctx, text), language ? [language] : ctx.languages);
  }

  @FieldResolver(() => [String], {
    description:
      "The languages of its session it has no person's translation into yet (a machine draft still waits for one).",
  })
  async missingLanguages(@Root() text: TranslatedText, @Ctx() ctx: Context): Promise<string[]> {
    const [languages, translations] = await Promise.all([sessionLanguagesOf(ctx, text), translationsOf(ctx, text)]);
    return missingLanguages(text.language, languages, translations);
  }

  @Query(() => TranslationTaskConnection, {
    description:
      'The texts of a project that a language of their session still waits for, newest first: contributions and what staff wrote for participants. The queue of a translator.',
  })
  async translationQueue(
    @Args(() => TranslationQueueArgs) args: TranslationQueueArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<TranslationTask>> {
    const page = await listTranslationQueue(em, args);
    const edges = page.items.map(({ field, row, missing }, index) => ({
      cursor: page.cursors[index]!,
      node: Object.assign(new TranslationTask(), {
        id: `${field}:${row.id}`,
        text: toTranslatedText(field, row),
        missingLanguages: missing,
        createdAt: new Date(row.created_at),
        sessionId: row.session_id,
      }),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: !!args.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: page.totalCount,
    };
  }

  @Query(() => Boolean, {
    description: 'Whether a machine-translation service is set up on this server to draft translations.',
  })
  machineTranslationAvailable(@Ctx() ctx: Context): boolean {
    return !!ctx.services.machineTranslator;
  }

  @Mutation(() => TranslatedTextPayload, {
    description:
      "Add, correct or (with an empty text) remove a person's translation of a text; it replaces a machine draft.",
  })
  async translateText(
    @Arg('input', () => TranslateTextInput) input: TranslateTextInput,
    @Ctx() ctx: Context,
  ): Promise<TranslatedTextPayload> {
    return payload(input, await translateText(ctx.em, staffViewer(ctx.viewer).accountId, input));
  }

  @Mutation(() => TranslatedTextPayload, { description: 'Keep a machine draft as it is: it stops being a draft.' })
  async approveTranslation(
    @Arg('input', () => ApproveTranslationInput) input: ApproveTranslationInput,
    @Ctx() ctx: Context,
  ): Promise<TranslatedTextPayload> {
    return payload(input, await approveTranslation(ctx.em, staffViewer(ctx.viewer).accountId, input));
  }

  @Mutation(() => TranslatedTextPayload, {
    description:
      "Ask the machine-translation service for drafts of a text; a person's translation is never replaced. MACHINE_TRANSLATION_OFF when no service is set up.",
  })
  async draftMachineTranslations(
    @Arg('input', () => DraftMachineTranslationsInput) input: DraftMachineTranslationsInput,
    @Ctx() ctx: Context,
  ): Promise<TranslatedTextPayload> {
    return payload(input, await draftMachineTranslations(ctx, input));
  }
}

@Resolver(() => TranslationTask)
export class TranslationTaskResolver {
  @FieldResolver(() => Session, { nullable: true, description: 'The session the text belongs to.' })
  async session(@Root() task: TranslationTask, @Ctx() { loaders }: Context): Promise<Session | null> {
    return task.sessionId ? ((await loaders.byId(Session).load(task.sessionId)) ?? null) : null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The translatable texts of each record, as TranslatedText (translatable.ts lists them).

async function sessionOf(ctx: Context, sessionId: string): Promise<Session | undefined> {
  return ctx.loaders.byId(Session).load(sessionId);
}

// A text staff wrote for a session is in the session's main language.
async function staffText(
  ctx: Context,
  field: TranslatableField,
  record: { id: string },
  original: string,
  sessionId: string,
): Promise<TranslatedText> {
  const session = await sessionOf(ctx, sessionId);
  return translatedText(field, record, original, session ? mainLanguageOf(session) : 'und', sessionId);
}

const TEXT_OF_CHALLENGE =
  'The challenge as its author wrote it, with its translations; `forReader` gives what a reader reads.';

@Resolver(() => Challenge)
export class ChallengeTextResolver {
  @FieldResolver(() => TranslatedText, { description: TEXT_OF_CHALLENGE })
  translatedText(@Root() challenge: Challenge): TranslatedText {
    return translatedText(
      TranslatableField.CHALLENGE_TEXT,
      challenge,
      challenge.text,
      challenge.language,
      challenge.session?.id ?? null,
    );
  }
}

@Resolver(() => Idea)
export class IdeaTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: 'The idea as its author wrote it, with its translations; `forReader` gives what a reader reads.',
  })
  translatedText(@Root() idea: Idea): TranslatedText {
    // Where the idea was made (its challenge may have been raised in an earlier session); none between sessions.
    return translatedText(TranslatableField.IDEA_TEXT, idea, idea.text, idea.language, idea.session?.id ?? null);
  }
}

@Resolver(() => Session)
export class SessionTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: "The title in the session's main language (the first of its languages), with its translations.",
  })
  translatedTitle(@Root() session: Session): TranslatedText {
    return translatedText(TranslatableField.SESSION_TITLE, session, session.title, mainLanguageOf(session), session.id);
  }
}

@Resolver(() => AgendaPhase)
export class AgendaPhaseTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: "The phase's title in the session's main language, with its translations.",
  })
  translatedTitle(@Root() phase: AgendaPhase, @Ctx() ctx: Context): Promise<TranslatedText> {
    return staffText(ctx, TranslatableField.AGENDA_PHASE_TITLE, phase, phase.title, phase.session.id);
  }

  @FieldResolver(() => TranslatedText, {
    nullable: true,
    description:
      "What participants are asked to do in this phase, in the session's main language, with its translations; null when there are none.",
  })
  async translatedInstructions(@Root() phase: AgendaPhase, @Ctx() ctx: Context): Promise<TranslatedText | null> {
    if (!phase.instructions) return null;
    return staffText(ctx, TranslatableField.AGENDA_PHASE_INSTRUCTIONS, phase, phase.instructions, phase.session.id);
  }
}

@Resolver(() => Theme)
export class ThemeTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: "The theme's title in the session's main language, with its translations.",
  })
  translatedTitle(@Root() theme: Theme, @Ctx() ctx: Context): Promise<TranslatedText> {
    return staffText(ctx, TranslatableField.THEME_TITLE, theme, theme.title, theme.session.id);
  }
}

@Resolver(() => VotingRound)
export class VotingRoundTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: "The round's title in the session's main language, with its translations.",
  })
  translatedTitle(@Root() round: VotingRound, @Ctx() ctx: Context): Promise<TranslatedText> {
    return staffText(ctx, TranslatableField.VOTING_ROUND_TITLE, round, round.title, round.session.id);
  }
}

@Resolver(() => Strategy)
export class StrategyTextResolver {
  @FieldResolver(() => TranslatedText, {
    description: "The strategy's title in the session's main language, with its translations.",
  })
  translatedTitle(@Root() strategy: Strategy, @Ctx() ctx: Context): Promise<TranslatedText> {
    return staffText(ctx, TranslatableField.STRATEGY_TITLE, strategy, strategy.title, strategy.session.id);
  }

  @FieldResolver(() => TranslatedText, {
    nullable: true,
    description:
      "What the strategy wants to change, in the session's main language, with its translations; null when empty.",
  })
  async translatedDescription(@Root() strategy: Strategy, @Ctx() ctx: Context): Promise<TranslatedText | null> {
    if (!strategy.description) return null;
    return staffText(ctx, TranslatableField.STRATEGY_DESCRIPTION, strategy, strategy.description, strategy.session.id);
  }
}

async function sessionIdOfStrategy(ctx: Context, strategyId: string): Promise<string | null> {
  return (await ctx.loaders.byId(Strategy).load(strategyId))?.session.id ?? null;
}

// The municipality writes its answer and follow-up in a language of its choice (`language` on each).
@Resolver(() => MunicipalityResponse)
export class ResponseTextResolver {
  @FieldResolver(() => TranslatedText, {
    nullable: true,
    description:
      "The municipality's reason in the language it was written in (`language`), with its translations; null when none was given (an adopted strategy may have none).",
  })
  async translatedReason(@Root() response: MunicipalityResponse, @Ctx() ctx: Context): Promise<TranslatedText | null> {
    if (!response.reason) return null;
    const sessionId = await sessionIdOfStrategy(ctx, response.strategy.id);
    return translatedText(TranslatableField.RESPONSE_REASON, response, response.reason, response.language, sessionId);
  }
}

@Resolver(() => StrategyUpdate)
export class StrategyUpdateTextResolver {
  @FieldResolver(() => TranslatedText, {
    description:
      "The update's text in the language it was written in (`language`), with its translations; `forReader` gives what a reader reads.",
  })
  async translatedText(@Root() update: StrategyUpdate, @Ctx() ctx: Context): Promise<TranslatedText> {
    const sessionId = await sessionIdOfStrategy(ctx, update.strategy.id);
    return translatedText(TranslatableField.STRATEGY_UPDATE_TEXT, update, update.text, update.language, sessionId);
  }
}
