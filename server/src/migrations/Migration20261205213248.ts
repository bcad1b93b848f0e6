import { Migration } from '@mikro-orm/migrations';

// Merge of the questionnaire and languages branches: each rewrote the check constraint on session_event.type with
// its own new event types (questionnaire: QUESTIONNAIRE_ANSWERED in Migration20261205183933; languages:
// STRATEGY_CHANGED and TEXT_TRANSLATED in Migration20261205185116), so whichever of the two ran last left the
// other's types out. This one sets the constraint to every event type, whichever order a database ran them in.
// (The diff that wrote it also rewrote questionnaire_answer_on_scale, only because PostgreSQL keeps that check in
// another spelling; that no-op was dropped.)

export class Migration20261205213248 extends Migration {

  override name = 'Migration20261205213248';

  override up(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED', 'QUESTIONNAIRE_ANSWERED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'STRATEGY_CHANGED', 'TEXT_TRANSLATED'));`);
  }

}
