import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  JoinPreview,
  JoinSessionInput,
  JoinSessionPayload,
  SignInWithPersonalCodeInput,
  SignInWithPersonalCodePayload,
} from './join.input.js';
import { joinSession, previewJoin, signInParticipantByPersonalCode } from './join.service.js';

@Resolver()
export class JoinResolver {
  @Query(() => JoinPreview, {
    description:
      'What the join page shows for a join code: title, start time, languages and whether the session is live. A wrong code counts as a failed attempt of this device.',
  })
  joinPreview(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<JoinPreview> {
    return previewJoin(ctx, code);
  }

  @Mutation(() => JoinSessionPayload, {
    description:
      'Join a live session with its code, without an account: as someone new, or as a returning participant with their personal code. Checks the participant in and sets an httpOnly session cookie. Wrong codes count as failed attempts of this device.',
  })
  async joinSession(
    @Arg('input', () => JoinSessionInput) input: JoinSessionInput,
    @Ctx() ctx: Context,
  ): Promise<JoinSessionPayload> {
    return { clientMutationId: input.clientMutationId ?? null, ...(await joinSession(ctx, input)) };
  }

  @Mutation(() => SignInWithPersonalCodePayload, {
    description:
      'Sign in on a phone with the personal code on a participant card, to see what came of the sessions one took part in. Sets an httpOnly session cookie; wrong codes count as failed attempts of this device.',
  })
  async signInWithPersonalCode(
    @Arg('input', () => SignInWithPersonalCodeInput) input: SignInWithPersonalCodeInput,
    @Ctx() ctx: Context,
  ): Promise<SignInWithPersonalCodePayload> {
    const signedIn = await signInParticipantByPersonalCode(ctx, input.projectId, input.personalCode);
    return { clientMutationId: input.clientMutationId ?? null, ...signedIn };
  }
}
