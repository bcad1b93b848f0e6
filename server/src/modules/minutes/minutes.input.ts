import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { Session } from '../session/session.entity.js';
import { SessionPhoto } from './minutes.entity.js';

export const MINUTES_MAX_LENGTH = 100_000;
export const CAPTION_MAX = 300;

@InputType({ description: 'The minutes of a session, as formatted text.' })
export class SetSessionMinutesInput extends MutationInput {
  @Field(() => ID, { description: 'The session (live or closed).' })
  sessionId!: string;

  @Field(() => String, {
    description: `The minutes as HTML (at most ${MINUTES_MAX_LENGTH} characters). Only paragraphs, headings, lists, bold, italics, quotes and links are kept; everything else is removed. Empty removes the minutes.`,
  })
  @MaxLength(MINUTES_MAX_LENGTH, { message: `the minutes can be at most ${MINUTES_MAX_LENGTH} characters` })
  html!: string;
}

@ObjectType({ description: 'The outcome of writing the minutes of a session.' })
export class SetSessionMinutesPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session, with its minutes.' })
  session!: Session;
}

@InputType({
  description:
    'A photo of a session, sent as base64 (small photos; a phone’s photo goes to POST /sessions/{id}/photos instead).',
})
export class AddSessionPhotoInput extends CreateInput {
  @Field(() => ID, { description: 'The session (live or closed).' })
  sessionId!: string;

  @Field(() => String, {
    description: `What the photo shows, for people who cannot see it (1–${CAPTION_MAX} characters).`,
  })
  @Length(1, CAPTION_MAX, { message: `the caption must be between 1 and ${CAPTION_MAX} characters` })
  caption!: string;

  @Field(() => String, {
    description:
      'The image file, base64-encoded. Its content must be a JPEG, PNG or WebP image of at most 20 MB; it is stored resized and without metadata.',
  })
  imageBase64!: string;
}

@ObjectType({ description: 'The outcome of adding a photo.' })
export class AddSessionPhotoPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => SessionPhoto, { description: 'The photo as it is stored.' })
  photo!: SessionPhoto;
}

@InputType({ description: 'Remove a photo of a session.' })
export class RemoveSessionPhotoInput extends MutationInput {
  @Field(() => ID, { description: 'The photo.' })
  photoId!: string;
}

@ObjectType({ description: 'The outcome of removing a photo.' })
export class RemoveSessionPhotoPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The photo that was removed.' })
  removedPhotoId!: string;

  @Field(() => Session, { description: 'The session, without the photo.' })
  session!: Session;
}

@ObjectType({ description: 'The outcome of changing a photo.' })
export class UpdateSessionPhotoPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => SessionPhoto, { description: 'The photo after the change.' })
  photo!: SessionPhoto;
}

@InputType({ description: 'Change the caption of a photo.' })
export class UpdateSessionPhotoInput extends MutationInput {
  @Field(() => ID, { description: 'The photo.' })
  photoId!: string;

  @Field(() => String, { nullable: true, description: `What the photo shows (1–${CAPTION_MAX} characters).` })
  @IsOptional()
  @Length(1, CAPTION_MAX, { message: `the caption must be between 1 and ${CAPTION_MAX} characters` })
  caption?: string | null;
}
