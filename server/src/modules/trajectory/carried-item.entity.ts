import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';

export enum CarriedKind {
  THEME = 'THEME',
  CHALLENGE = 'CHALLENGE',
  IDEA = 'IDEA',
}

registerEnumType(CarriedKind, {
  name: 'CarriedKind',
  description: 'What was carried forward into a later session.',
  valuesConfig: {
    THEME: { description: 'A theme, with its challenges.' },
    CHALLENGE: { description: 'A challenge, with its ideas.' },
    IDEA: { description: 'An idea (its challenge comes along).' },
  },
});

// A theme, challenge or idea of an earlier session (or contributed between sessions) that a later session works
// with. The item itself is not copied: it keeps its session, author, history, votes and ideas; this row only puts it
// on the later session's board. Each item is on a board at most once.
@ObjectType({
  description:
    'A theme, challenge or idea brought forward into a later session of the project. The item is not copied: it keeps where it was made, its author and its history.',
})
@Entity()
@Index({ properties: ['session', 'createdAt'] })
@Unique({ properties: ['session', 'theme'] })
@Unique({ properties: ['session', 'challenge'] })
@Unique({ properties: ['session', 'idea'] })
@Check({
  name: 'carried_item_one_item',
  expression: '(theme_id is not null)::int + (challenge_id is not null)::int + (idea_id is not null)::int = 1',
})
export class CarriedItem extends BaseEntity {
  // The session it was carried into.
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Field(() => CarriedKind, { description: 'Whether a theme, a challenge or an idea was carried.' })
  @Enum({ items: () => CarriedKind })
  kind!: CarriedKind;

  @ManyToOne(() => Theme, { ref: true, nullable: true, deleteRule: 'cascade' })
  theme: Ref<Theme> | null = null;

  @ManyToOne(() => Challenge, { ref: true, nullable: true, deleteRule: 'cascade' })
  challenge: Ref<Challenge> | null = null;

  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'cascade' })
  idea: Ref<Idea> | null = null;

  // Carried because its theme was carried (not picked on its own).
  @Property({ type: 'boolean' })
  withTheme: boolean & Opt = false;

  @Field(() => GraphQLISODateTime, { description: 'When it was carried forward.' })
  get carriedAt(): Date & Opt {
    return this.createdAt;
  }
}
