import { Migration } from '@mikro-orm/migrations';

export class Migration20261205183933 extends Migration {

  override name = 'Migration20261205183933';

  override up(): void | Promise<void> {
    this.addSql(`create table "questionnaire_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "code" varchar(16) not null, "questionnaire" text not null, "dimension" text null, "texts" jsonb not null, "position" int not null, "retired_at" timestamptz null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "questionnaire_item" add constraint "questionnaire_item_project_id_code_unique" unique ("project_id", "code");`);

    this.addSql(`create table "questionnaire_answer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "participant_id" uuid not null, "session_id" uuid not null, "wave" text not null, "item_code" varchar(16) not null, "value" smallint null, "source" text not null default 'PHONE', "recorded_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "questionnaire_answer_session_id_index" on "questionnaire_answer" ("session_id");`);
    this.addSql(`create index "questionnaire_answer_project_id_wave_index" on "questionnaire_answer" ("project_id", "wave");`);
    this.addSql(`create unique index "questionnaire_answer_once_per_session" on "questionnaire_answer" ("participant_id", "item_code", "session_id") where "wave" = 'SESSION_END';`);
    this.addSql(`create unique index "questionnaire_answer_once_per_wave" on "questionnaire_answer" ("participant_id", "item_code", "wave") where "wave" <> 'SESSION_END';`);

    this.addSql(`alter table "agenda_phase" drop constraint "agenda_phase_kind_check";`);
    this.addSql(`alter table "agenda_phase" add "questionnaire_wave" text null;`);
    this.addSql(`alter table "agenda_phase" add constraint "agenda_phase_questionnaire_wave_check" check ("questionnaire_wave" in ('PRE', 'POST', 'SESSION_END'));`);
    this.addSql(`alter table "agenda_phase" add constraint "agenda_phase_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION', 'QUESTIONNAIRE'));`);

    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'QUESTIONNAIRE_ANSWERED'));`);

    this.addSql(`alter table "vote" add "background" text null;`);
    this.addSql(`alter table "vote" add constraint "vote_group_on_paper" check (background is null or source = 'PAPER');`);
    this.addSql(`alter table "vote" add constraint "vote_background_check" check ("background" in ('THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'));`);

    this.addSql(`alter table "questionnaire_item" add constraint "questionnaire_item_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "questionnaire_item" add constraint "questionnaire_item_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "questionnaire_item" add constraint "questionnaire_item_questionnaire_check" check ("questionnaire" in ('COMPETENCE', 'SESSION_EVALUATION'));`);
    this.addSql(`alter table "questionnaire_item" add constraint "questionnaire_item_dimension_check" check ("dimension" in ('SELF_EFFICACY', 'TRUST', 'KNOWLEDGE', 'PLURALISM', 'PARTICIPATION'));`);

    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_on_scale" check (value is null or (value between 1 and 5));`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_wave_check" check ("wave" in ('PRE', 'POST', 'SESSION_END'));`);
    this.addSql(`alter table "questionnaire_answer" add constraint "questionnaire_answer_source_check" check ("source" in ('PHONE', 'PAPER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "questionnaire_item" cascade;`);
    this.addSql(`drop table if exists "questionnaire_answer" cascade;`);

    this.addSql(`alter table "agenda_phase" drop constraint "agenda_phase_questionnaire_wave_check";`);
    this.addSql(`alter table "agenda_phase" drop constraint "agenda_phase_kind_check";`);
    this.addSql(`alter table "agenda_phase" drop column "questionnaire_wave";`);
    this.addSql(`alter table "agenda_phase" add constraint "agenda_phase_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION'));`);

    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT'));`);

    this.addSql(`alter table "vote" drop constraint "vote_group_on_paper";`);
    this.addSql(`alter table "vote" drop constraint "vote_background_check";`);
    this.addSql(`alter table "vote" drop column "background";`);
  }

}
