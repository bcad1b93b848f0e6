import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeRecord } from '../../core/auth/guard.js';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionType, connectionFromPage, type Connection } from '../../core/pagination.js';
import { TranslatableField } from '../translation/translatable.js';
import { Translation, translatedText } from '../translation/translated-text.js';
import { translationsOfRecord } from '../translation/translation.service.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { Challenge, ContributionStatus } from './challenge.entity.js';
import {
  AssignChallengeThemeInput,
  ChallengePayload,
  CreateChallengeInput,
  MergeChallengesInput,
  SessionChallengesArgs,
  SetChallengeStatusInput,
  SetChallengeTranslationInput,
  UpdateChallengeInput,
} from './challenge.input.js';
import { carriedIntoSession } from '../trajectory/board.js';
import { CHALLENGE_FIGURES } from './board-figures.js';
import {
  assignChallengeTheme,
  createChallenge,
  getChallenge,
  mergeChallenges,
  setChallengeStatus,
  setChallengeTranslation,
  updateChallenge,
} from './challenge.service.js';

export const ChallengeConnection = ConnectionType(Challenge, 'Challenge');

const BY_CREATION = { createdAt: 'asc', id: 'asc' } as const;
const VISIBLE = { status: ContributionStatus.VISIBLE };

const payload = (input: { clientMutationId?: string | null }, challenge: Challenge): ChallengePayload => ({
  clientMutationId: input.clientMutationId ?? null,
  challenge,
});

@Resolver(() => Challenge)
export class ChallengeResolver {
  @Query(() => Challenge, { description: 'One challenge.' })
  challenge(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Challenge> {
    return getChallenge(em, id);
  }

  @FieldResolver(() => Session, {
    nullable: true,
    description:
      'The session it was raised in; null when it was contributed between sessions. A challenge carried into a later session keeps this.',
  })
  async session(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<Session | null> {
    if (!challenge.session) return null;
    const session = await loaders.byId(Session).load(challenge.session.id);
    if (!session) throw notFound('session', challenge.session.id);
    return session;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description: 'Who raised it; null when recorded anonymously or after their data was erased.',
  })
  async author(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<Participant | null> {
    return challenge.author ? ((await loaders.byId(Participant).load(challenge.author.id)) ?? null) : null;
  }

  @FieldResolver(() => Theme, { nullable: true, description: 'The theme it is clustered in, if any.' })
  theme(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Theme | null | Promise<Theme | null> {
    if (!challenge.theme) return null;
    const { id } = challenge.theme;
    return (
      loaders.held(Theme, id) ??
      loaders
        .byId(Theme)
        .load(id)
        .then((theme) => theme ?? null)
    );
  }

  @FieldResolver(() => [Translation], {
    description: 'Translations into other languages, by language tag (the same as `translatedText.translations`).',
  })
  translations(@Root() challenge: Challenge, @Ctx() ctx: Context): Translation[] | Promise<Translation[]> {
    const text = translatedText(
      TranslatableField.CHALLENGE_TEXT,
      challenge,
      challenge.text,
      challenge.language,
      challenge.session?.id ?? null,
    );
    return translationsOfRecord(ctx, challenge, text);
  }

  @FieldResolver(() => Challenge, {
    nullable: true,
    description: 'The challenge this one was merged into, when its status is MERGED.',
  })
  async mergedInto(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<Challenge | null> {
    return challenge.mergedInto ? ((await loaders.byId(Challenge).load(challenge.mergedInto.id)) ?? null) : null;
  }

  @FieldResolver(() => [Challenge], { description: 'The challenges merged into this one, oldest first.' })
  mergedChallenges(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<Challenge[]> {
    return loaders.childrenOf(Challenge, 'mergedInto', BY_CREATION).load(challenge.id);
  }

  @Mutation(() => ChallengePayload, {
    description: 'Record a challenge raised in a live session, by a checked-in participant or anonymously.',
  })
  async createChallenge(
    @Arg('input', () => CreateChallengeInput) input: CreateChallengeInput,
    @Ctx() { em, pace }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await createChallenge(em, input, pace));
  }

  @Mutation(() => ChallengePayload, { description: 'Correct the text (or language) of a challenge, such as a typo.' })
  async updateChallenge(
    @Arg('input', () => UpdateChallengeInput) input: UpdateChallengeInput,
    @Ctx() { em }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await updateChallenge(em, input));
  }

  @Mutation(() => ChallengePayload, {
    description: 'Add, change or (with an empty text) remove a translation of a challenge.',
  })
  async setChallengeTranslation(
    @Arg('input', () => SetChallengeTranslationInput) input: SetChallengeTranslationInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await setChallengeTranslation(em, staffViewer(viewer).accountId, input));
  }

  @Mutation(() => ChallengePayload, { description: 'Show or hide a challenge on the board.' })
  async setChallengeStatus(
    @Arg('input', () => SetChallengeStatusInput) input: SetChallengeStatusInput,
    @Ctx() { em }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await setChallengeStatus(em, input));
  }

  @Mutation(() => ChallengePayload, {
    description:
      'Merge challenges that say the same into a target: their ideas move to it and their dots count for it.',
  })
  async mergeChallenges(
    @Arg('input', () => MergeChallengesInput) input: MergeChallengesInput,
    @Ctx() { em }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await mergeChallenges(em, input));
  }

  @Mutation(() => ChallengePayload, { description: 'Put a challenge in a theme, or (with a null theme) take it out.' })
  async assignChallengeTheme(
    @Arg('input', () => AssignChallengeThemeInput) input: AssignChallengeThemeInput,
    @Ctx() { em }: Context,
  ): Promise<ChallengePayload> {
    return payload(input, await assignChallengeTheme(em, input));
  }
}

@Resolver(() => Session)
export class SessionChallengesResolver {
  @FieldResolver(() => ChallengeConnection, {
    description:
      'The challenges raised in the session, in the order they were raised; with `includeCarried`, also those carried onto its board.',
  })
  async challenges(
    @Root() session: Session,
    @Args(() => SessionChallengesArgs) args: SessionChallengesArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Challenge>> {
    // With `includeCarried`, the board: raised there or carried there (carried ones keep their status rules: hidden
    // or merged ones only with `includeHidden`, those waiting between sessions never).
    const spec = {
      ...CHALLENGE_FIGURES,
      parentColumn: 'session_id',
      ...(args.includeCarried
        ? {
            carried: 'challenge_id',
            where: args.includeHidden
              ? `t.status <> '${ContributionStatus.PENDING}'`
              : `t.status = '${ContributionStatus.VISIBLE}'`,
          }
        : args.includeHidden
          ? {}
          : { where: `t.status = '${ContributionStatus.VISIBLE}'` }),
    };
    // What was carried onto the board, read beside the page (one statement per request, shared with the guard and the
    // board's themes): a carried challenge's check finds it read, and what the board reads next (ideas, translations)
    // goes out in one batch for the own and the carried challenges, not in a second one for the carried.
    const [page] = await Promise.all([
      ctx.loaders.page(Challenge, spec, args).load(session.id),
      args.includeCarried ? carriedIntoSession(ctx, session.id) : undefined,
    ]);
    // The guard's checks of the page's challenges, settled before the next level asks for anything: the board's own
    // pass at once (their fields name their place), a carried one after a look at what was carried, and its ideas
    // would otherwise go out in a batch after those of the own ones. A refusal stays with the record, for its fields.
    if (args.includeCarried) {
      await Promise.allSettled(page.rows.map((row) => authorizeRecord(ctx, 'Challenge', row)));
    }
    return connectionFromPage(page, args);
  }
}

@Resolver(() => Theme)
export class ThemeChallengesResolver {
  @FieldResolver(() => [Challenge], {
    description: 'The visible challenges in this theme, in the order they were raised.',
  })
  challenges(@Root() theme: Theme, @Ctx() { loaders }: Context): Promise<Challenge[]> {
    return loaders.childrenOf(Challenge, 'theme', BY_CREATION, VISIBLE, 'visible').load(theme.id);
  }
}
