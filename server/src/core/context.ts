import type { Logger } from './logger.js';
import { Loaders } from './loaders.js';
import type { EntityManager, MikroORM } from './orm.js';

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
}

// A fresh entity manager per request: no identity map is shared between requests.
export function createContext(orm: MikroORM, logger: Logger): Context {
  const em = orm.em.fork();
  return { em, loaders: new Loaders(em), logger };
}
