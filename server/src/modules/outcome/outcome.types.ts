import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Translation } from '../../core/translation.js';
import { ResponseDecision } from '../review/municipality-response.entity.js';
import { ProgressStatus } from '../review/strategy-update.entity.js';
import { SessionStatus } from '../session/session.entity.js';

// The public read model of a project's outcomes: what anyone may read about a project whose municipality has made
// its outcome pages public. Types of their own, not the staff types, so that no field the staff see can come along:
// no pseudonyms, no backgrounds, no authors, no votes by person, no figure about a group of people.

@ObjectType({ description: 'An idea as the public sees it: its words, in their language, with translations.' })
export class PublicIdea {
  @Field(() => ID, { description: 'The idea.' })
  id!: string;

  @Field(() => String, { description: 'The idea as it was written.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => [Translation], { description: 'Translations into other languages, by language tag.' })
  translations!: Translation[];
}

@ObjectType({ description: 'A challenge as the public sees it, with the ideas that answer it.' })
export class PublicChallenge {
  @Field(() => ID, { description: 'The challenge.' })
  id!: string;

  @Field(() => String, { description: 'The challenge as it was written.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => [Translation], { description: 'Translations into other languages, by language tag.' })
  translations!: Translation[];

  @Field(() => [PublicIdea], { description: 'The ideas that answer it, in the order they were written.' })
  ideas!: PublicIdea[];
}

@ObjectType({ description: 'A theme of a session: a cluster of related challenges.' })
export class PublicTheme {
  @Field(() => ID, { description: 'The theme.' })
  id!: string;

  @Field(() => String, { description: 'A short title for the cluster.' })
  title!: string;

  @Field(() => [PublicChallenge], { description: 'Its challenges, in the order they were raised.' })
  challenges!: PublicChallenge[];
}

@ObjectType({ description: 'One action of a strategy and how far it has come.' })
export class PublicAction {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => String, { description: 'What will be done.' })
  what!: string;

  @Field(() => String, { description: 'Who does it: a department or an organisation.' })
  who!: string;

  @Field(() => String, { description: 'When, in words or as a date.' })
  due!: string;

  @Field(() => ProgressStatus, {
    nullable: true,
    description: 'How far it has come; null while the strategy is not adopted.',
  })
  progress!: ProgressStatus | null;
}

@ObjectType({ description: "The municipality's answer, as the public reads it." })
export class PublicAnswer {
  @Field(() => ResponseDecision, { description: 'Adopted, partly adopted, under study or declined.' })
  decision!: ResponseDecision;

  @Field(() => String, { nullable: true, description: 'Why; may be empty when adopted.' })
  reason!: string | null;

  @Field(() => String, { description: 'The language the reason was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => [Translation], { description: 'The reason in other languages, by language tag.' })
  translations!: Translation[];

  @Field(() => String, { nullable: true, description: 'The department or partner that carries it out.' })
  responsible!: string | null;

  @Field(() => String, { nullable: true, description: 'When it is planned to be done (YYYY-MM-DD).' })
  plannedFor!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the municipality answered.' })
  answeredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it decided; null while under study.' })
  decidedAt!: Date | null;
}

@ObjectType({ description: "One dated step on a strategy's timeline." })
export class PublicUpdate {
  @Field(() => ID, { description: 'The update.' })
  id!: string;

  @Field(() => ProgressStatus, { description: 'Planned, in progress, done or dropped.' })
  status!: ProgressStatus;

  @Field(() => String, { description: 'What happened or happens next.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => [Translation], { description: 'The text in other languages, by language tag.' })
  translations!: Translation[];

  @Field(() => String, { nullable: true, description: 'A web page with more (http or https).' })
  link!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'The date of the update.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The action it is about (one of the strategy’s); null for all.' })
  actionId!: string | null;
}

@ObjectType({ description: 'A strategy sent to the municipality, with its answer and what became of it.' })
export class PublicStrategy {
  @Field(() => ID, { description: 'The strategy.' })
  id!: string;

  @Field(() => ID, { description: 'The session it comes from.' })
  sessionId!: string;

  @Field(() => String, { description: 'A short name for the plan.' })
  title!: string;

  @Field(() => String, { description: 'What it wants to change, and why.' })
  description!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent to the municipality.' })
  submittedAt!: Date;

  @Field(() => [PublicIdea], { description: 'The ideas it builds on.' })
  ideas!: PublicIdea[];

  @Field(() => [PublicAction], { description: 'What will be done, by whom and when, in order.' })
  actions!: PublicAction[];

  @Field(() => PublicAnswer, { nullable: true, description: "The municipality's answer; null until it answers." })
  answer!: PublicAnswer | null;

  @Field(() => [PublicUpdate], { description: 'What became of it: its timeline, newest on top.' })
  updates!: PublicUpdate[];
}

@ObjectType({ description: 'A session of a project as the public sees it.' })
export class PublicSession {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => String, { description: 'What the session is called.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => String, { description: 'Where it takes place.' })
  location!: string;

  @Field(() => [String], { description: 'Languages spoken or supported (BCP 47 tags).' })
  languages!: string[];

  @Field(() => SessionStatus, {
    description: 'Scheduled, live, closed or reviewed; what it produced shows once it has closed.',
  })
  status!: SessionStatus;

  @Field(() => [PublicTheme], { description: 'The themes of its challenges, in board order; empty before it closes.' })
  themes!: PublicTheme[];

  @Field(() => [PublicChallenge], { description: 'Its challenges without a theme; empty before it closes.' })
  unthemedChallenges!: PublicChallenge[];

  @Field(() => [PublicStrategy], { description: 'The strategies it sent to the municipality, oldest first.' })
  strategies!: PublicStrategy[];
}

@ObjectType({
  description:
    'A project whose municipality has made its outcomes public: its sessions, what they raised, and what became of each strategy. Holds no personal data.',
})
export class PublicProject {
  @Field(() => ID, { description: 'The project.' })
  id!: string;

  @Field(() => String, { description: 'What the project is called.' })
  title!: string;

  @Field(() => String, { description: 'What the project is about, in a few sentences.' })
  description!: string;

  @Field(() => [String], { description: 'The goals the project commits to.' })
  goals!: string[];

  @Field(() => String, { description: 'The municipality or partnership that promotes it.' })
  promoter!: string;

  @Field(() => String, { description: 'First day of the project period (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day of the project period (YYYY-MM-DD).' })
  endsOn!: string;
}

// The project's fields besides the plain ones, resolved through one load of the whole view (outcome.resolver.ts).
export interface PublicProjectView {
  project: PublicProject;
  sessions: PublicSession[];
}

// --- A participant's own view -------------------------------------------------------------------------------

@ObjectType({ description: 'Something the participant wrote, as it stands on the board.' })
export class OwnContribution {
  @Field(() => ID, { description: 'The challenge or idea.' })
  id!: string;

  @Field(() => String, { description: 'What the participant wrote.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => [Translation], { description: 'Translations into other languages, by language tag.' })
  translations!: Translation[];
}

@ObjectType({ description: 'What came of one session the participant took part in.' })
export class SessionOutcome {
  @Field(() => PublicSession, { description: 'The session, as the public sees it.' })
  session!: PublicSession;

  @Field(() => [OwnContribution], { description: 'The challenges the participant raised there that are on the board.' })
  challenges!: OwnContribution[];

  @Field(() => [OwnContribution], { description: 'The ideas the participant proposed there that are on the board.' })
  ideas!: OwnContribution[];

  @Field(() => [PublicStrategy], {
    description: "The strategies built on the participant's challenges or ideas, with the answers and their timelines.",
  })
  strategies!: PublicStrategy[];

  @Field(() => [ID], {
    description: 'The strategies among those whose answer or timeline changed since the participant last looked.',
  })
  changedStrategyIds!: string[];
}

@ObjectType({ description: 'What came of every session the participant took part in.' })
export class MyOutcomes {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'What the project is called.' })
  projectTitle!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the participant last looked (markOutcomesSeen); null before the first time.',
  })
  lastSeenAt!: Date | null;

  @Field(() => Int, { description: 'How many strategies changed since then: the number on the badge.' })
  changedCount!: number;

  @Field(() => [SessionOutcome], { description: 'The sessions the participant took part in, the latest first.' })
  sessions!: SessionOutcome[];
}
