import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { SessionEventType } from './live.entity.js';

@ObjectType({
  description:
    'Something that changed on a session board: the ids and values involved, and the records involved as they are now ' +
    '(`challenge`, `idea`, `theme`, `round`, `session`), resolved for each follower under the same rules as a query, ' +
    'so that a screen updates its cache without asking again. Fields that do not apply to the type are null.',
})
export class SessionEvent {
  @Field(() => String, {
    description:
      'The position of this event in the session’s log (opaque). Subscribe again with `after` set to the last cursor received to get everything missed, once, in order.',
  })
  cursor!: string;

  @Field(() => SessionEventType, { description: 'What happened.' })
  type!: SessionEventType;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  at!: Date;

  @Field(() => ID, { description: 'The session whose board changed.' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'The challenge involved (for a merge: the one kept).' })
  challengeId!: string | null;

  @Field(() => [ID], { nullable: true, description: 'The challenges merged into `challengeId`.' })
  challengeIds!: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The idea involved.' })
  ideaId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The theme involved; for CHALLENGE_THEME_ASSIGNED null means the challenge left its theme.',
  })
  themeId!: string | null;

  @Field(() => [ID], { nullable: true, description: 'All themes of the board in their new order.' })
  themeIds!: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The voting round involved.' })
  roundId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The agenda phase running now.' })
  phaseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The vote involved.' })
  voteId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The new status of the record involved, as its enum value: a ContributionStatus, RoundStatus or SessionStatus.',
  })
  status!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many dots the vote gave (or took back).' })
  dots!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many participants are checked in now.' })
  participantCount!: number | null;

  @Field(() => String, { nullable: true, description: 'The language of the translation involved (BCP 47 tag).' })
  language!: string | null;
}
