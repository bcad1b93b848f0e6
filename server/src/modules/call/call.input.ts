import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { CONTRIBUTION_MAX_LENGTH, TrimmedLength } from '../challenge/challenge.input.js';
import { Idea } from '../idea/idea.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { ProjectCall } from './project-call.entity.js';

const CODE_INPUT_MAX = 40;
export const PROMPT_MAX = 1000;

@InputType({ description: 'Open a call between sessions for a project.' })
export class OpenProjectCallInput extends CreateInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: `What the call asks participants (3–${PROMPT_MAX} characters).` })
  @TrimmedLength(3, PROMPT_MAX, 'prompt')
  prompt!: string;
}

@InputType({ description: 'Close a call: nothing more can be sent to it.' })
export class CloseProjectCallInput extends MutationInput {
  @Field(() => ID, { description: 'The call to close.' })
  callId!: string;
}

@ObjectType({ description: 'The outcome of opening or closing a call.' })
export class ProjectCallPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ProjectCall, { description: 'The call after the change.' })
  call!: ProjectCall;
}

@ObjectType({ description: 'What the call page shows before a participant signs in.' })
export class CallPreview {
  @Field(() => String, { description: 'The project the call is of.' })
  projectTitle!: string;

  @Field(() => String, { description: 'What the call asks.' })
  prompt!: string;

  @Field(() => Boolean, { description: 'Whether the call takes contributions now.' })
  open!: boolean;
}

@InputType({ description: 'A participant of the project signs in to a call with the code on their card.' })
export class SignInToCallInput extends MutationInput {
  @Field(() => String, {
    description: 'The code of the call (from its poster or QR); case, spaces and dashes do not matter.',
  })
  @MaxLength(CODE_INPUT_MAX, { message: 'the call code is too long' })
  code!: string;

  @Field(() => String, { description: 'The personal code the participant keeps (from their card).' })
  @MaxLength(CODE_INPUT_MAX, { message: 'the personal code is too long' })
  personalCode!: string;
}

@ObjectType({ description: 'A participant signed in to a call between sessions, on this browser.' })
export class CallParticipation {
  @Field(() => Participant, { description: 'The participant.' })
  participant!: Participant;

  @Field(() => ProjectCall, { description: 'The call.' })
  call!: ProjectCall;
}

@ObjectType({ description: 'The outcome of signing in to a call.' })
export class SignInToCallPayload extends CallParticipation {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;
}

@InputType({ description: 'A challenge contributed between sessions, from a participant’s phone.' })
export class ContributeChallengeInput extends CreateInput {
  @Field(() => ID, { description: 'The open call it is sent to.' })
  callId!: string;

  @Field(() => String, {
    description: `The challenge in the participant’s words (1 to ${CONTRIBUTION_MAX_LENGTH} characters).`,
  })
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text!: string;

  @Field(() => String, { description: 'The language it is written in (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;
}

@InputType({ description: 'An idea contributed between sessions, for a challenge on the project’s board.' })
export class ContributeIdeaInput extends CreateInput {
  @Field(() => ID, { description: 'The open call it is sent to.' })
  callId!: string;

  @Field(() => ID, { description: 'The visible challenge of the project it answers.' })
  challengeId!: string;

  @Field(() => String, {
    description: `The idea in the participant’s words (1 to ${CONTRIBUTION_MAX_LENGTH} characters).`,
  })
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text!: string;

  @Field(() => String, { description: 'The language it is written in (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;
}

@ObjectType({ description: 'The outcome of contributing a challenge.' })
export class ContributeChallengePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Challenge, { description: 'The challenge, waiting for moderation (PENDING).' })
  challenge!: Challenge;
}

@ObjectType({ description: 'The outcome of contributing an idea.' })
export class ContributeIdeaPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Idea, { description: 'The idea, waiting for moderation (PENDING).' })
  idea!: Idea;
}

export enum ModerationDecision {
  APPROVE = 'APPROVE',
  HIDE = 'HIDE',
}

registerEnumType(ModerationDecision, {
  name: 'ModerationDecision',
  description: 'What a facilitator decides about a contribution from between sessions.',
  valuesConfig: {
    APPROVE: { description: 'Show it on the project board, marked as contributed between sessions.' },
    HIDE: { description: 'Keep it off the board (it is kept, and can be approved later).' },
  },
});

@InputType()
abstract class ModerationFields extends MutationInput {
  @Field(() => ModerationDecision, { description: 'Approve or hide it.' })
  decision!: ModerationDecision;

  @Field(() => String, {
    nullable: true,
    description: `A corrected text (1 to ${CONTRIBUTION_MAX_LENGTH} characters); the original is kept in \`originalText\`.`,
  })
  @IsOptional()
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text?: string | null;
}

@InputType({ description: 'A facilitator approves, edits or hides a challenge contributed between sessions.' })
export class ModerateChallengeInput extends ModerationFields {
  @Field(() => ID, { description: 'The challenge.' })
  challengeId!: string;
}

@InputType({ description: 'A facilitator approves, edits or hides an idea contributed between sessions.' })
export class ModerateIdeaInput extends ModerationFields {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;
}

@ObjectType({ description: 'The outcome of moderating a challenge.' })
export class ModerateChallengePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Challenge, { description: 'The challenge after the decision.' })
  challenge!: Challenge;
}

@ObjectType({ description: 'The outcome of moderating an idea.' })
export class ModerateIdeaPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Idea, { description: 'The idea after the decision.' })
  idea!: Idea;
}

@ObjectType({ description: 'What a participant sent to the calls of their project, each with its status.' })
export class CallContributions {
  @Field(() => [Challenge], { description: 'Their challenges: PENDING until moderated, then VISIBLE or HIDDEN.' })
  challenges!: Challenge[];

  @Field(() => [Idea], { description: 'Their ideas: PENDING until moderated, then VISIBLE or HIDDEN.' })
  ideas!: Idea[];
}

@ObjectType({
  description:
    'What came in between the sessions of a project: its calls, what waits for moderation and what was approved.',
})
export class BetweenSessions {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => [ProjectCall], { description: 'The calls of the project, the newest first.' })
  calls!: ProjectCall[];

  @Field(() => [Challenge], { description: 'Challenges waiting for moderation, the oldest first.' })
  waitingChallenges!: Challenge[];

  @Field(() => [Idea], { description: 'Ideas waiting for moderation, the oldest first.' })
  waitingIdeas!: Idea[];

  @Field(() => [Challenge], {
    description: 'Challenges contributed between sessions and approved: on the project board, marked as such.',
  })
  approvedChallenges!: Challenge[];

  @Field(() => [Idea], { description: 'Ideas contributed between sessions and approved.' })
  approvedIdeas!: Idea[];

  @Field(() => [Challenge], { description: 'Challenges contributed between sessions that a facilitator hid.' })
  hiddenChallenges!: Challenge[];

  @Field(() => [Idea], { description: 'Ideas contributed between sessions that a facilitator hid.' })
  hiddenIdeas!: Idea[];
}
