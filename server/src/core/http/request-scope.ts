import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';

// The request being answered, wherever its work goes (Apollo's error formatting has no context argument): its id,
// which the client sees in `x-request-id` and in an unexpected error, and a logger that writes that id on each line.
export interface RequestScope {
  requestId: string;
  logger: FastifyBaseLogger;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const inRequestScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);

export const currentRequest = (): RequestScope | undefined => storage.getStore();
