import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { Session } from '../session/session.entity.js';
import { carriedIntoSession } from '../trajectory/board.js';
import { Theme } from './theme.entity.js';
import {
  CreateThemeInput,
  DeleteThemeInput,
  DeleteThemePayload,
  RenameThemeInput,
  ReorderThemesInput,
  ReorderThemesPayload,
  ThemePayload,
} from './theme.input.js';
import { createTheme, deleteTheme, getTheme, renameTheme, reorderThemes } from './theme.service.js';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => Theme, { description: 'One theme.' })
  theme(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Theme> {
    return getTheme(em, id);
  }

  @FieldResolver(() => Session, { description: 'The session whose board the theme is on.' })
  async session(@Root() theme: Theme, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(theme.session.id);
    if (!session) throw notFound('session', theme.session.id);
    return session;
  }

  @Mutation(() => ThemePayload, { description: 'Add a theme at the end of the board of a live session.' })
  async createTheme(
    @Arg('input', () => CreateThemeInput) input: CreateThemeInput,
    @Ctx() { em }: Context,
  ): Promise<ThemePayload> {
    return { clientMutationId: input.clientMutationId ?? null, theme: await createTheme(em, input) };
  }

  @Mutation(() => ThemePayload, { description: 'Give a theme a new title.' })
  async renameTheme(
    @Arg('input', () => RenameThemeInput) input: RenameThemeInput,
    @Ctx() { em }: Context,
  ): Promise<ThemePayload> {
    return { clientMutationId: input.clientMutationId ?? null, theme: await renameTheme(em, input) };
  }

  @Mutation(() => ReorderThemesPayload, { description: 'Put the themes of a session in a new order.' })
  async reorderThemes(
    @Arg('input', () => ReorderThemesInput) input: ReorderThemesInput,
    @Ctx() { em }: Context,
  ): Promise<ReorderThemesPayload> {
    return { clientMutationId: input.clientMutationId ?? null, session: await reorderThemes(em, input) };
  }

  @Mutation(() => DeleteThemePayload, {
    description: 'Delete a theme; its challenges stay on the board without a theme.',
  })
  async deleteTheme(
    @Arg('input', () => DeleteThemeInput) input: DeleteThemeInput,
    @Ctx() { em }: Context,
  ): Promise<DeleteThemePayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      deletedThemeId: input.themeId,
      session: await deleteTheme(em, input),
    };
  }
}

@Resolver(() => Session)
export class SessionThemesResolver {
  @FieldResolver(() => [Theme], {
    description:
      'The themes (clusters of challenges) on the board, in board order; with `includeCarried`, first those carried onto it from earlier sessions, in the order carried.',
  })
  async themes(
    @Root() session: Session,
    @Arg('includeCarried', () => Boolean, {
      defaultValue: false,
      description:
        'Also list the themes carried onto this board from earlier sessions; their `origin` says from where.',
    })
    includeCarried: boolean,
    @Ctx() { em, loaders }: Context,
  ): Promise<Theme[]> {
    const own = loaders.childrenOf(Theme, 'session', { position: 'asc', id: 'asc' }).load(session.id);
    if (!includeCarried) return own;
    // The carried ids as the guard reads them (one statement for both), then the themes, in the order carried. The
    // themes the carried challenges sit under come in the same batch: a board asks for them next, as their `theme`.
    const { themes, themesOfChallenges } = await carriedIntoSession({ em, loaders }, session.id);
    const byId = loaders.byId(Theme);
    const carried = [...themes].map((id) => byId.load(id));
    // A loader asks once for an id, however often it is loaded: a theme carried itself is not asked again.
    for (const id of themesOfChallenges) byId.load(id).catch(() => undefined);
    return [...(await Promise.all(carried)).filter((theme): theme is Theme => theme !== undefined), ...(await own)];
  }
}
