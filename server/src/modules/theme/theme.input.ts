import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { Session } from '../session/session.entity.js';
import { TrimmedLength } from '../challenge/challenge.input.js';
import { Theme } from './theme.entity.js';

export const THEME_TITLE_MAX_LENGTH = 200;

@InputType({ description: 'A new theme (cluster of challenges) at the end of the board of a live session.' })
export class CreateThemeInput extends CreateInput {
  @Field(() => ID, { description: 'The live session.' })
  sessionId!: string;

  @Field(() => String, { description: `A short title (1 to ${THEME_TITLE_MAX_LENGTH} characters).` })
  @TrimmedLength(1, THEME_TITLE_MAX_LENGTH, 'title')
  title!: string;
}

@InputType({ description: 'A new title for a theme.' })
export class RenameThemeInput extends MutationInput {
  @Field(() => ID, { description: 'The theme to rename.' })
  themeId!: string;

  @Field(() => String, { description: `The new title (1 to ${THEME_TITLE_MAX_LENGTH} characters).` })
  @TrimmedLength(1, THEME_TITLE_MAX_LENGTH, 'title')
  title!: string;
}

@InputType({ description: 'The new order of all themes of a session.' })
export class ReorderThemesInput extends MutationInput {
  @Field(() => ID, { description: 'The live session whose themes to reorder.' })
  sessionId!: string;

  @Field(() => [ID], { description: 'Every theme of the session, each once, in the new order.' })
  @ArrayMaxSize(500, { message: 'themeIds may name at most 500 themes' })
  @ArrayUnique({ message: 'themeIds must not name a theme twice' })
  themeIds!: string[];
}

@InputType({ description: 'Remove a theme; its challenges stay on the board without a theme.' })
export class DeleteThemeInput extends MutationInput {
  @Field(() => ID, { description: 'The theme to delete.' })
  themeId!: string;
}

@ObjectType({ description: 'The outcome of creating or renaming a theme.' })
export class ThemePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Theme, { description: 'The theme after the change.' })
  theme!: Theme;
}

@ObjectType({ description: 'The outcome of reordering the themes of a session.' })
export class ReorderThemesPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session, with its themes in the new order.' })
  session!: Session;
}

@ObjectType({ description: 'The outcome of deleting a theme.' })
export class DeleteThemePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The id of the theme that was deleted.' })
  deletedThemeId!: string;

  @Field(() => Session, { description: 'The session the theme belonged to.' })
  session!: Session;
}
