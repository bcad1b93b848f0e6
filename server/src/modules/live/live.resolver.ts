import { Arg, Ctx, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { authorizeOperation } from '../../core/auth/guard.js';
import type { Context } from '../../core/context.js';
import type { LiveContext } from '../../core/pubsub.js';
import { SessionEvent } from './live.input.js';
import { latestCursor, subscribeSessionEvents } from './live.service.js';

interface SessionEventsArgs {
  sessionId: string;
  after?: string | null;
}

// type-graphql runs the global middlewares (the authorization guard) on each event's `resolve`, not when a client
// subscribes; the guard runs here first, so that a refused subscription fails at once and attaches nothing.
async function subscribe({
  args,
  context,
  info,
}: SubscribeResolverData<unknown, SessionEventsArgs, LiveContext>): Promise<AsyncIterableIterator<SessionEvent>> {
  await authorizeOperation(context, info.fieldName, { ...args });
  return subscribeSessionEvents(context, args.sessionId, args.after);
}

@Resolver(() => SessionEvent)
export class LiveResolver {
  @Subscription(() => SessionEvent, {
    description:
      'What changes on a session board, as it happens (over WebSocket, graphql-transport-ws protocol, at /graphql). ' +
      'With `after`, first every event after that cursor, in order; then the live ones. Nothing is missed or sent twice.',
    subscribe,
  })
  sessionEvents(
    @Root() event: SessionEvent,
    @Arg('sessionId', () => ID, { description: 'The session to follow.' }) _sessionId: string,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The cursor of the last event received; leave out to get only what happens from now on.',
    })
    _after?: string | null,
  ): SessionEvent {
    return event;
  }

  @Query(() => String, {
    description:
      'The cursor of the latest event of a session. Read it before loading the board, then subscribe with `after` set to it: nothing that changes in between is missed.',
  })
  sessionEventCursor(
    @Arg('sessionId', () => ID, { description: 'The session to follow.' }) sessionId: string,
    @Ctx() { em }: Context,
  ): Promise<string> {
    return latestCursor(em, sessionId);
  }
}
