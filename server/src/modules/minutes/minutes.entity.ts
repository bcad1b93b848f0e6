import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';

// The minutes of a session: formatted text, stored as HTML that was cleaned on the way in (minutes.sanitise.ts),
// so that whoever reads it gets only paragraphs, headings, lists, emphasis and links.
@ObjectType({ description: 'The minutes of a session: formatted text written by a facilitator.' })
@Entity()
export class SessionMinutes extends BaseEntity {
  @OneToOne(() => Session, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Field(() => String, {
    description:
      'The minutes as HTML, cleaned on the server: only paragraphs, headings, lists, bold, italics, quotes and links remain.',
  })
  @Property({ type: 'text' })
  html!: string;
}

// A photo of a flipchart or a paper sheet, as stored after its check: re-encoded (JPEG), at most 2000 pixels on its
// longest side, without any metadata (no location, no camera, no time).
@ObjectType({
  description:
    'A photo of a session (a flipchart, a paper sheet), checked, resized and stripped of location and other metadata.',
})
@Entity()
@Index({ properties: ['session', 'createdAt'] })
export class SessionPhoto extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  // The phase that was running when it was added, if any.
  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @Field(() => String, { description: 'What the photo shows, for people who cannot see it.' })
  @Property({ type: 'string', length: 300 })
  caption!: string;

  @Field(() => String, { description: 'The media type of the stored image (always image/jpeg).' })
  @Property({ type: 'string', length: 40 })
  contentType: string & Opt = 'image/jpeg';

  @Field(() => Int, { description: 'Width of the stored image in pixels.' })
  @Property({ type: 'integer' })
  width!: number;

  @Field(() => Int, { description: 'Height of the stored image in pixels.' })
  @Property({ type: 'integer' })
  height!: number;

  @Field(() => Int, { description: 'Size of the stored image in bytes.' })
  @Property({ type: 'integer' })
  byteSize!: number;

  // The image itself; loaded only when it is served.
  @Property({ type: 'blob', lazy: true })
  data!: Buffer;
}
