import { Migration } from '@mikro-orm/migrations';

// The event log takes every type: the released version's (questionnaires, strategies, translations) and the
// trajectory's (items carried onto a board and taken off it again).
export class Migration20261206020100 extends Migration {

  override name = 'Migration20261206020100';

  override up(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'ITEMS_CARRIED', 'CARRIED_ITEMS_REMOVED', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED', 'QUESTIONNAIRE_ANSWERED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED', 'QUESTIONNAIRE_ANSWERED'));`);
  }

}
