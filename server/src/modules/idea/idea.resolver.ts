import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionType, connectionFromPage, type Connection } from '../../core/pagination.js';
import { TranslatableField } from '../translation/translatable.js';
import { Translation, translatedText } from '../translation/translated-text.js';
import { translationsOfRecord } from '../translation/translation.service.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { IDEA_FIGURES } from '../challenge/board-figures.js';
import { Idea } from './idea.entity.js';
import {
  ChallengeIdeasArgs,
  CreateIdeaInput,
  IdeaPayload,
  SetIdeaStatusInput,
  SetIdeaTranslationInput,
  UpdateIdeaInput,
} from './idea.input.js';
import { createIdea, getIdea, setIdeaStatus, setIdeaTranslation, updateIdea } from './idea.service.js';

export const IdeaConnection = ConnectionType(Idea, 'Idea');

const payload = (input: { clientMutationId?: string | null }, idea: Idea): IdeaPayload => ({
  clientMutationId: input.clientMutationId ?? null,
  idea,
});

@Resolver(() => Idea)
export class IdeaResolver {
  @Query(() => Idea, { description: 'One idea.' })
  idea(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Idea> {
    return getIdea(em, id);
  }

  @FieldResolver(() => Challenge, { description: 'The challenge it answers.' })
  async challenge(@Root() idea: Idea, @Ctx() { loaders }: Context): Promise<Challenge> {
    const challenge = await loaders.byId(Challenge).load(idea.challenge.id);
    if (!challenge) throw notFound('challenge', idea.challenge.id);
    return challenge;
  }

  @FieldResolver(() => Session, {
    nullable: true,
    description:
      'The session it was proposed in (which may be later than its challenge’s, for a challenge carried forward); null when it was contributed between sessions.',
  })
  async session(@Root() idea: Idea, @Ctx() { loaders }: Context): Promise<Session | null> {
    if (!idea.session) return null;
    const session = await loaders.byId(Session).load(idea.session.id);
    if (!session) throw notFound('session', idea.session.id);
    return session;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description: 'Who proposed it; null when recorded anonymously or after their data was erased.',
  })
  async author(@Root() idea: Idea, @Ctx() { loaders }: Context): Promise<Participant | null> {
    return idea.author ? ((await loaders.byId(Participant).load(idea.author.id)) ?? null) : null;
  }

  @FieldResolver(() => [Translation], {
    description: 'Translations into other languages, by language tag (the same as `translatedText.translations`).',
  })
  translations(@Root() idea: Idea, @Ctx() ctx: Context): Translation[] | Promise<Translation[]> {
    const text = translatedText(TranslatableField.IDEA_TEXT, idea, idea.text, idea.language, null);
    return translationsOfRecord(ctx, idea, text);
  }

  @Mutation(() => IdeaPayload, { description: 'Record an idea for a visible challenge of a live session.' })
  async createIdea(
    @Arg('input', () => CreateIdeaInput) input: CreateIdeaInput,
    @Ctx() { em, pace }: Context,
  ): Promise<IdeaPayload> {
    return payload(input, await createIdea(em, input, pace));
  }

  @Mutation(() => IdeaPayload, { description: 'Correct the text (or language) of an idea, such as a typo.' })
  async updateIdea(
    @Arg('input', () => UpdateIdeaInput) input: UpdateIdeaInput,
    @Ctx() { em }: Context,
  ): Promise<IdeaPayload> {
    return payload(input, await updateIdea(em, input));
  }

  @Mutation(() => IdeaPayload, { description: 'Add, change or (with an empty text) remove a translation of an idea.' })
  async setIdeaTranslation(
    @Arg('input', () => SetIdeaTranslationInput) input: SetIdeaTranslationInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<IdeaPayload> {
    return payload(input, await setIdeaTranslation(em, staffViewer(viewer).accountId, input));
  }

  @Mutation(() => IdeaPayload, { description: 'Show or hide an idea on the board.' })
  async setIdeaStatus(
    @Arg('input', () => SetIdeaStatusInput) input: SetIdeaStatusInput,
    @Ctx() { em }: Context,
  ): Promise<IdeaPayload> {
    return payload(input, await setIdeaStatus(em, input));
  }
}

@Resolver(() => Challenge)
export class ChallengeIdeasResolver {
  @FieldResolver(() => IdeaConnection, {
    description: 'The ideas that answer this challenge, oldest first; visible ones unless asked.',
  })
  async ideas(
    @Root() challenge: Challenge,
    @Args(() => ChallengeIdeasArgs) args: ChallengeIdeasArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Idea>> {
    const spec = {
      ...IDEA_FIGURES,
      parentColumn: 'challenge_id',
      ...(args.includeHidden ? {} : { where: `t.status = '${ContributionStatus.VISIBLE}'` }),
    };
    return connectionFromPage(await loaders.page(Idea, spec, args).load(challenge.id), args);
  }
}
