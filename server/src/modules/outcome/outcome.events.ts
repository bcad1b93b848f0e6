import type { EntityManager } from '../../core/orm.js';

// The outcome pages are cached per project and language in every API process (outcome.page.ts). A change they show
// that is not on a session's event log (an answer, a timeline update, a project's own fields or publicity, a consent
// taken back) announces itself here, in its own transaction: PostgreSQL delivers the notice on commit, to every
// process, and never after a rollback. Board changes arrive through the session event log's notices instead.
export const OUTCOMES_CHANNEL = 'outcomes_changed';

export async function announceOutcomesChanged(tx: EntityManager, projectId: string): Promise<void> {
  await tx.execute('select pg_notify(?, ?)', [OUTCOMES_CHANNEL, projectId]);
}
