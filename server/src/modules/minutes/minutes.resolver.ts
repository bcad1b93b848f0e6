import { Arg, Ctx, FieldResolver, GraphQLISODateTime, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { AgendaPhase, Session } from '../session/session.entity.js';
import { SessionMinutes, SessionPhoto } from './minutes.entity.js';
import {
  AddSessionPhotoInput,
  AddSessionPhotoPayload,
  RemoveSessionPhotoInput,
  RemoveSessionPhotoPayload,
  SetSessionMinutesInput,
  SetSessionMinutesPayload,
  UpdateSessionPhotoInput,
  UpdateSessionPhotoPayload,
} from './minutes.input.js';
import {
  addSessionPhoto,
  getSessionPhoto,
  removeSessionPhoto,
  setSessionMinutes,
  updateSessionPhoto,
} from './minutes.service.js';

// Where a browser gets the image: under the same login and rules as the `sessionPhoto` query (minutes.http.ts).
export const photoUrl = (photo: SessionPhoto): string => `/sessions/${photo.session.id}/photos/${photo.id}.jpg`;

@Resolver(() => SessionPhoto)
export class SessionPhotoResolver {
  @Query(() => SessionPhoto, { description: 'One photo of a session.' })
  sessionPhoto(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<SessionPhoto> {
    return getSessionPhoto(em, id);
  }

  @FieldResolver(() => String, {
    description:
      'Where to get the image (same origin, with the browser’s own login; only for those who read the session).',
  })
  url(@Root() photo: SessionPhoto): string {
    return photoUrl(photo);
  }

  @FieldResolver(() => Session, { description: 'The session it is of.' })
  async session(@Root() photo: SessionPhoto, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(photo.session.id);
    if (!session) throw notFound('session', photo.session.id);
    return session;
  }

  @FieldResolver(() => AgendaPhase, { nullable: true, description: 'The phase that was running when it was added.' })
  async phase(@Root() photo: SessionPhoto, @Ctx() { loaders }: Context): Promise<AgendaPhase | null> {
    return photo.phase ? ((await loaders.byId(AgendaPhase).load(photo.phase.id)) ?? null) : null;
  }

  @Mutation(() => AddSessionPhotoPayload, {
    description:
      'Add a photo (a flipchart, a paper sheet) to a live or closed session. Its content must be a JPEG, PNG or WebP image of at most 20 MB; it is stored turned upright, at most 2000 pixels on its longest side, without location or any other metadata. From a phone, POST the file to /sessions/{id}/photos instead.',
  })
  async addSessionPhoto(
    @Arg('input', () => AddSessionPhotoInput) input: AddSessionPhotoInput,
    @Ctx() { em }: Context,
  ): Promise<AddSessionPhotoPayload> {
    return { clientMutationId: input.clientMutationId ?? null, photo: await addSessionPhoto(em, input) };
  }

  @Mutation(() => UpdateSessionPhotoPayload, { description: 'Change the caption of a photo.' })
  async updateSessionPhoto(
    @Arg('input', () => UpdateSessionPhotoInput) input: UpdateSessionPhotoInput,
    @Ctx() { em }: Context,
  ): Promise<UpdateSessionPhotoPayload> {
    return { clientMutationId: input.clientMutationId ?? null, photo: await updateSessionPhoto(em, input) };
  }

  @Mutation(() => RemoveSessionPhotoPayload, { description: 'Remove a photo of a live or closed session.' })
  async removeSessionPhoto(
    @Arg('input', () => RemoveSessionPhotoInput) input: RemoveSessionPhotoInput,
    @Ctx() { em }: Context,
  ): Promise<RemoveSessionPhotoPayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      removedPhotoId: input.photoId,
      session: await removeSessionPhoto(em, input),
    };
  }
}

@Resolver(() => SessionMinutes)
export class SessionMinutesResolver {
  @FieldResolver(() => GraphQLISODateTime, { description: 'When the minutes were last changed.' })
  writtenAt(@Root() minutes: SessionMinutes): Date {
    return minutes.updatedAt;
  }

  @Mutation(() => SetSessionMinutesPayload, {
    description:
      'Write the minutes of a live or closed session as formatted text. The HTML is cleaned on the server: only paragraphs, headings, lists, bold, italics, quotes and links remain.',
  })
  async setSessionMinutes(
    @Arg('input', () => SetSessionMinutesInput) input: SetSessionMinutesInput,
    @Ctx() { em }: Context,
  ): Promise<SetSessionMinutesPayload> {
    return { clientMutationId: input.clientMutationId ?? null, session: await setSessionMinutes(em, input) };
  }
}

@Resolver(() => Session)
export class SessionRecordResolver {
  @FieldResolver(() => SessionMinutes, { nullable: true, description: 'The minutes of the session, if written.' })
  async minutes(@Root() session: Session, @Ctx() { loaders }: Context): Promise<SessionMinutes | null> {
    const [minutes] = await loaders.childrenOf(SessionMinutes, 'session').load(session.id);
    return minutes ?? null;
  }

  @FieldResolver(() => [SessionPhoto], { description: 'The photos of the session, in the order they were added.' })
  photos(@Root() session: Session, @Ctx() { loaders }: Context): Promise<SessionPhoto[]> {
    return loaders.childrenOf(SessionPhoto, 'session').load(session.id);
  }
}
