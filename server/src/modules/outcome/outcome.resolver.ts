import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { participantViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { runMutation } from '../../core/mutation.js';
import { getParticipant } from '../participant/participant.service.js';
import { ProjectPayload } from '../project/project.input.js';
import { getProject, setOutcomesPublic } from '../project/project.service.js';
import { outcomeFigures } from '../review/review.query.js';
import { OutcomeFigures } from '../review/review.types.js';
import { announceOutcomesChanged } from './outcome.events.js';
import { MarkOutcomesSeenInput, MarkOutcomesSeenPayload, SetOutcomesPublicInput } from './outcome.input.js';
import { getPublicProject, listPublicProjects, loadMyOutcomes, loadOutcomeViews } from './outcome.service.js';
import { MyOutcomes, PublicProject, PublicSession, type PublicProjectView } from './outcome.types.js';

// The whole view of each project asked for in one request, loaded once for all of them.
function viewOf({ em, loaders }: Context, projectId: string): Promise<PublicProjectView | undefined> {
  return loaders
    .custom<PublicProjectView | undefined>('outcome-views', async (ids) => {
      const { views } = await loadOutcomeViews(em, ids);
      return ids.map((id) => views.get(id));
    })
    .load(projectId);
}

@Resolver(() => PublicProject)
export class PublicProjectResolver {
  @Query(() => [PublicProject], {
    description:
      'The projects whose municipality has made their outcomes public, the most recent first. Open to anyone, without signing in; holds no personal data.',
  })
  publicProjects(@Ctx() { em }: Context): Promise<PublicProject[]> {
    return listPublicProjects(em);
  }

  @Query(() => PublicProject, {
    description:
      'One project whose outcomes are public: its sessions, the themes and challenges raised, and each strategy with its answer and timeline. Open to anyone, without signing in; holds no personal data.',
  })
  publicProject(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<PublicProject> {
    return getPublicProject(em, id);
  }

  @FieldResolver(() => [PublicSession], {
    description: 'Its sessions, the earliest first; a session shows what it produced once it has closed.',
  })
  async sessions(@Root() project: PublicProject, @Ctx() ctx: Context): Promise<PublicSession[]> {
    return (await viewOf(ctx, project.id))?.sessions ?? [];
  }

  @FieldResolver(() => OutcomeFigures, {
    description: 'What became of its strategies: figures about strategies and actions, never about people.',
  })
  async figures(@Root() project: PublicProject, @Ctx() { em, loaders }: Context): Promise<OutcomeFigures> {
    return loaders
      .custom<OutcomeFigures>('outcome-figures', async (ids) => {
        const figures = await outcomeFigures(em, ids);
        return ids.map((id) => figures.get(id)!);
      })
      .load(project.id);
  }

  @Mutation(() => ProjectPayload, {
    description:
      "Open or close the project's outcome pages (/outcomes/<projectId>) to anyone. A new project starts closed; only its municipality decides.",
  })
  async setOutcomesPublic(
    @Arg('input', () => SetOutcomesPublicInput) input: SetOutcomesPublicInput,
    @Ctx() { em }: Context,
  ): Promise<ProjectPayload> {
    const project = await runMutation(
      em,
      input,
      'setOutcomesPublic',
      async (tx) => {
        const changed = await setOutcomesPublic(tx, input.projectId, input.outcomesPublic);
        await announceOutcomesChanged(tx, changed.id);
        return changed;
      },
      getProject,
    );
    return { clientMutationId: input.clientMutationId ?? null, project };
  }
}

@Resolver(() => MyOutcomes)
export class MyOutcomesResolver {
  @Query(() => MyOutcomes, {
    description:
      'For a participant: what came of every session they took part in in this project (their own challenges and ideas, the strategies built on them, the answers and timelines), and how much changed since they last looked.',
  })
  myOutcomes(@Arg('projectId', () => ID) _projectId: string, @Ctx() { em, viewer }: Context): Promise<MyOutcomes> {
    return loadMyOutcomes(em, participantViewer(viewer).participantId);
  }

  @Mutation(() => MarkOutcomesSeenPayload, {
    description:
      'The participant has looked at what came of their sessions: the badge of changes starts again from now.',
  })
  async markOutcomesSeen(
    @Arg('input', () => MarkOutcomesSeenInput) input: MarkOutcomesSeenInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<MarkOutcomesSeenPayload> {
    const { participantId } = participantViewer(viewer);
    await runMutation(
      em,
      input,
      'markOutcomesSeen',
      async (tx) => {
        const participant = await getParticipant(tx, participantId);
        participant.outcomesSeenAt = new Date();
        return participant;
      },
      getParticipant,
    );
    return { clientMutationId: input.clientMutationId ?? null, outcomes: await loadMyOutcomes(em, participantId) };
  }
}
