import { Migration } from '@mikro-orm/migrations';

// Written when the trajectory branch was merged with main: both rewrote the event log's type check with their own new
// event types (the trajectory's ITEMS_CARRIED and CARRIED_ITEMS_REMOVED in Migration20261205212624, main's
// STRATEGY_CHANGED and TEXT_TRANSLATED in Migration20261205212810), and the later of the two, run last, left out the
// other's. This one lets the log take all of them.

export class Migration20261205214102 extends Migration {

  override name = 'Migration20261205214102';

  override up(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'ITEMS_CARRIED', 'CARRIED_ITEMS_REMOVED', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED'));`);
  }

}
