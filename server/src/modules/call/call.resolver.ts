import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { participantViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode, notFound } from '../../core/errors.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Participant } from '../participant/participant.entity.js';
import {
  BetweenSessions,
  CallContributions,
  CallParticipation,
  CallPreview,
  CloseProjectCallInput,
  ContributeChallengeInput,
  ContributeChallengePayload,
  ContributeIdeaInput,
  ContributeIdeaPayload,
  ModerateChallengeInput,
  ModerateChallengePayload,
  ModerateIdeaInput,
  ModerateIdeaPayload,
  OpenProjectCallInput,
  ProjectCallPayload,
  SignInToCallInput,
  SignInToCallPayload,
} from './call.input.js';
import {
  betweenSessions,
  callBoard,
  closeProjectCall,
  contributeChallenge,
  contributeIdea,
  contributionsOf,
  getProjectCall,
  moderateChallenge,
  moderateIdea,
  openProjectCall,
  previewCall,
  signInToCall,
} from './call.service.js';
import { ProjectCall } from './project-call.entity.js';

const id = (input: { clientMutationId?: string | null }) => input.clientMutationId ?? null;

@Resolver(() => ProjectCall)
export class CallResolver {
  @Query(() => CallPreview, {
    description: 'What a call offers, by its code, before signing in. A wrong code counts against this device.',
  })
  callPreview(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<CallPreview> {
    return previewCall(ctx, code);
  }

  @Query(() => CallParticipation, {
    description: 'The participant signed in to a call on this browser, and that call. Only for participants of a call.',
  })
  async myCall(@Ctx() ctx: Context): Promise<CallParticipation> {
    const viewer = participantViewer(ctx.viewer);
    if (!viewer.callId) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to a call with its code and your personal code first.');
    }
    const participant = await ctx.loaders.byId(Participant).load(viewer.participantId);
    if (!participant) throw notFound('participant', viewer.participantId);
    return { participant, call: await getProjectCall(ctx.em, viewer.callId) };
  }

  @Query(() => BetweenSessions, {
    description:
      'What came in between the sessions of a project: its calls, the contributions waiting for moderation, and those approved or hidden.',
  })
  betweenSessions(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Ctx() { em }: Context,
  ): Promise<BetweenSessions> {
    return betweenSessions(em, projectId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the call takes contributions now.' })
  open(@Root() call: ProjectCall): boolean {
    return call.closedAt === null;
  }

  @FieldResolver(() => [Challenge], {
    description:
      'The project board seen through the call: every challenge shown in a session of the project, and those approved between sessions, the oldest first.',
  })
  board(@Root() call: ProjectCall, @Ctx() { em }: Context): Promise<Challenge[]> {
    return callBoard(em, call);
  }

  @FieldResolver(() => CallContributions, {
    description:
      'What the participant asking sent to the calls of the project, with the decision on each; empty for staff.',
  })
  async myContributions(@Root() call: ProjectCall, @Ctx() { em, viewer }: Context): Promise<CallContributions> {
    if (viewer.kind !== 'participant') return { challenges: [], ideas: [] };
    return contributionsOf(em, call.project.id, viewer.participantId);
  }

  @Mutation(() => ProjectCallPayload, {
    description:
      'Open a call between sessions: participants of the project sign in with its code and their personal code, and add challenges and ideas from their phone. One open call per project.',
  })
  async openProjectCall(
    @Arg('input', () => OpenProjectCallInput) input: OpenProjectCallInput,
    @Ctx() { em }: Context,
  ): Promise<ProjectCallPayload> {
    return { clientMutationId: id(input), call: await openProjectCall(em, input) };
  }

  @Mutation(() => ProjectCallPayload, {
    description: 'Close a call: its code stops working and it takes nothing more.',
  })
  async closeProjectCall(
    @Arg('input', () => CloseProjectCallInput) input: CloseProjectCallInput,
    @Ctx() { em }: Context,
  ): Promise<ProjectCallPayload> {
    return { clientMutationId: id(input), call: await closeProjectCall(em, input) };
  }

  @Mutation(() => SignInToCallPayload, {
    description:
      'A participant of the project signs in to its open call with the call’s code and their personal code; this browser then acts as them. Wrong codes count against this device.',
  })
  async signInToCall(
    @Arg('input', () => SignInToCallInput) input: SignInToCallInput,
    @Ctx() ctx: Context,
  ): Promise<SignInToCallPayload> {
    const { participant, call } = await signInToCall(ctx, input);
    return { clientMutationId: id(input), participant, call };
  }

  @Mutation(() => ContributeChallengePayload, {
    description:
      'Send a challenge to an open call, as the participant signed in, while no session of the project is live. It waits for moderation.',
  })
  async contributeChallenge(
    @Arg('input', () => ContributeChallengeInput) input: ContributeChallengeInput,
    @Ctx() ctx: Context,
  ): Promise<ContributeChallengePayload> {
    return { clientMutationId: id(input), challenge: await contributeChallenge(ctx, input) };
  }

  @Mutation(() => ContributeIdeaPayload, {
    description:
      'Send an idea for a challenge on the project board to an open call, while no session is live. It waits for moderation.',
  })
  async contributeIdea(
    @Arg('input', () => ContributeIdeaInput) input: ContributeIdeaInput,
    @Ctx() ctx: Context,
  ): Promise<ContributeIdeaPayload> {
    return { clientMutationId: id(input), idea: await contributeIdea(ctx, input) };
  }

  @Mutation(() => ModerateChallengePayload, {
    description:
      'Approve or hide a challenge contributed between sessions, optionally with a corrected text (the original is kept).',
  })
  async moderateChallenge(
    @Arg('input', () => ModerateChallengeInput) input: ModerateChallengeInput,
    @Ctx() { em }: Context,
  ): Promise<ModerateChallengePayload> {
    return { clientMutationId: id(input), challenge: await moderateChallenge(em, input) };
  }

  @Mutation(() => ModerateIdeaPayload, {
    description:
      'Approve or hide an idea contributed between sessions, optionally with a corrected text (the original is kept).',
  })
  async moderateIdea(
    @Arg('input', () => ModerateIdeaInput) input: ModerateIdeaInput,
    @Ctx() { em }: Context,
  ): Promise<ModerateIdeaPayload> {
    return { clientMutationId: id(input), idea: await moderateIdea(em, input) };
  }
}
