import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000_initial extends Migration {

  override name = 'Migration20261125000000_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "role" text not null, "password_hash" text not null, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, "last_sign_in_at" timestamptz null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR'));`);

    this.addSql(`create table "applied_mutation" ("client_mutation_id" varchar(100) not null, "operation" varchar(100) not null, "result_id" uuid not null, "actor" varchar(100) not null, "applied_at" timestamptz not null, primary key ("client_mutation_id"));`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor" varchar(254) not null, "actor_account_id" uuid null, "action" text not null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "detail" varchar(200) not null, "project_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_subject_id_index" on "audit_entry" ("subject_id");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('READ', 'CREATE', 'UPDATE', 'EXPORT', 'ERASE'));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "kind" text not null, "locality" varchar(200) null, primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('MUNICIPALITY', 'INTERMUNICIPAL_PARTNERSHIP', 'PARTNER_ACTOR', 'SELF_ORGANISATION', 'EVALUATION_TEAM'));`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "email" varchar(254) not null, "role" text not null, "organisation_id" uuid not null, "project_ids" text[] not null, "created_by_id" uuid not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_organisation_id_index" on "invitation" ("organisation_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR'));`);

    this.addSql(`create table "account_organisations" ("account_id" uuid not null, "organisation_id" uuid not null, primary key ("account_id", "organisation_id"));`);

    this.addSql(`create table "project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "description" text not null default '', "goals" text[] not null, "promoter_id" uuid not null, "grant_euros" int not null, "starts_on" date not null, "ends_on" date not null, primary key ("id"));`);
    this.addSql(`create index "project_promoter_id_index" on "project" ("promoter_id");`);

    this.addSql(`create table "participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "pseudonym" varchar(80) not null, "background" text not null default 'PREFERS_NOT_TO_SAY', "languages" text[] not null, "age_band" text null, "personal_code" varchar(12) null, "erased_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "participant" add constraint "participant_project_id_personal_code_unique" unique ("project_id", "personal_code");`);
    this.addSql(`alter table "participant" add constraint "participant_project_id_pseudonym_unique" unique ("project_id", "pseudonym");`);
    this.addSql(`alter table "participant" add constraint "participant_background_check" check ("background" in ('THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'));`);
    this.addSql(`alter table "participant" add constraint "participant_age_band_check" check ("age_band" in ('UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_64', 'FROM_65'));`);

    this.addSql(`create table "consent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "purpose" text not null, "text_version" varchar(40) not null, "method" text not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "consent_participant_id_index" on "consent" ("participant_id");`);
    this.addSql(`alter table "consent" add constraint "consent_purpose_check" check ("purpose" in ('PARTICIPATION', 'RESEARCH'));`);
    this.addSql(`alter table "consent" add constraint "consent_method_check" check ("method" in ('ON_SCREEN', 'PAPER'));`);

    this.addSql(`create table "account_projects" ("account_id" uuid not null, "project_id" uuid not null, primary key ("account_id", "project_id"));`);

    this.addSql(`create table "project_partner" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "organisation_id" uuid not null, "role" text not null, primary key ("id"));`);
    this.addSql(`create index "project_partner_organisation_id_index" on "project_partner" ("organisation_id");`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_project_id_organisation_id_unique" unique ("project_id", "organisation_id");`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_role_check" check ("role" in ('PARTNER_ACTOR', 'SELF_ORGANISATION', 'EVALUATION_TEAM', 'CO_PROMOTER'));`);

    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "duration_minutes" int not null default 120, "location" varchar(300) not null, "languages" text[] not null, "capacity" int not null, "status" text not null default 'DRAFT', "join_code" varchar(12) null, "current_phase_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "session_project_id_starts_at_index" on "session" ("project_id", "starts_at");`);
    this.addSql(`create unique index "session_join_code_unique" on "session" ("join_code") where "join_code" is not null;`);
    this.addSql(`alter table "session" add constraint "session_status_check" check ("status" in ('DRAFT', 'SCHEDULED', 'LIVE', 'CLOSED', 'REVIEWED'));`);

    this.addSql(`create table "login_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "kind" text not null, "account_id" uuid null, "participant_id" uuid null, "session_id" uuid null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "login_session" add constraint "login_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "login_session_account_id_index" on "login_session" ("account_id");`);
    this.addSql(`alter table "login_session" add constraint "login_session_kind_check" check ("kind" in ('STAFF', 'PARTICIPANT'));`);

    this.addSql(`create table "attendance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "participant_id" uuid not null, "checked_in_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attendance_participant_id_index" on "attendance" ("participant_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_participant_id_unique" unique ("session_id", "participant_id");`);

    this.addSql(`create table "agenda_phase" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "position" int not null, "kind" text not null, "title" varchar(200) not null, "duration_minutes" int not null, primary key ("id"));`);
    this.addSql(`create index "agenda_phase_session_id_position_index" on "agenda_phase" ("session_id", "position");`);
    this.addSql(`alter table "agenda_phase" add constraint "agenda_phase_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION'));`);

    this.addSql(`create table "session_event_counter" ("session_id" uuid not null, "last_seq" int not null, primary key ("session_id"));`);

    this.addSql(`create table "session_event" ("session_id" uuid not null, "seq" int not null, "type" text not null, "payload" jsonb not null, "created_at" timestamptz not null, primary key ("session_id", "seq"));`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT'));`);

    this.addSql(`create table "strategy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "status" text not null default 'DRAFT', "submitted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "strategy_session_id_index" on "strategy" ("session_id");`);
    this.addSql(`alter table "strategy" add constraint "strategy_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'ANSWERED'));`);

    this.addSql(`create table "municipality_response" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "strategy_id" uuid not null, "decision" text not null, "reason" text not null, "follow_up" text null, "responded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "municipality_response" add constraint "municipality_response_strategy_id_unique" unique ("strategy_id");`);
    this.addSql(`alter table "municipality_response" add constraint "municipality_response_decision_check" check ("decision" in ('ADOPTED', 'PARTLY_ADOPTED', 'UNDER_STUDY', 'DECLINED'));`);

    this.addSql(`create table "strategy_action" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "strategy_id" uuid not null, "position" int not null, "what" text not null, "who" varchar(300) not null, "due" varchar(200) not null, "resources" text not null default '', primary key ("id"));`);
    this.addSql(`create index "strategy_action_strategy_id_position_index" on "strategy_action" ("strategy_id", "position");`);

    this.addSql(`create table "theme" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "title" varchar(200) not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "theme_session_id_position_index" on "theme" ("session_id", "position");`);

    this.addSql(`create table "challenge" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "author_id" uuid null, "theme_id" uuid null, "text" text not null, "language" varchar(35) not null, "translations" jsonb not null, "status" text not null default 'VISIBLE', "merged_into_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "challenge_merged_into_id_index" on "challenge" ("merged_into_id");`);
    this.addSql(`create index "challenge_theme_id_index" on "challenge" ("theme_id");`);
    this.addSql(`create index "challenge_session_id_created_at_index" on "challenge" ("session_id", "created_at");`);
    this.addSql(`alter table "challenge" add constraint "challenge_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED'));`);

    this.addSql(`create table "idea" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "challenge_id" uuid not null, "author_id" uuid null, "text" text not null, "language" varchar(35) not null, "translations" jsonb not null, "status" text not null default 'VISIBLE', primary key ("id"));`);
    this.addSql(`create index "idea_challenge_id_created_at_index" on "idea" ("challenge_id", "created_at");`);
    this.addSql(`alter table "idea" add constraint "idea_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED'));`);

    this.addSql(`create table "strategy_ideas" ("strategy_id" uuid not null, "idea_id" uuid not null, primary key ("strategy_id", "idea_id"));`);

    this.addSql(`create table "voting_round" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "title" varchar(200) not null, "target" text not null, "dots_per_participant" int not null, "status" text not null default 'OPEN', primary key ("id"));`);
    this.addSql(`create index "voting_round_session_id_index" on "voting_round" ("session_id");`);
    this.addSql(`create unique index "voting_round_one_open_per_session" on "voting_round" ("session_id") where "status" = 'OPEN';`);
    this.addSql(`alter table "voting_round" add constraint "voting_round_target_check" check ("target" in ('CHALLENGES', 'IDEAS'));`);
    this.addSql(`alter table "voting_round" add constraint "voting_round_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`create table "vote" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "round_id" uuid not null, "participant_id" uuid null, "challenge_id" uuid null, "idea_id" uuid null, "dots" int not null, "source" text not null default 'DIGITAL', primary key ("id"));`);
    this.addSql(`create index "vote_idea_id_index" on "vote" ("idea_id");`);
    this.addSql(`create index "vote_challenge_id_index" on "vote" ("challenge_id");`);
    this.addSql(`create index "vote_round_id_participant_id_index" on "vote" ("round_id", "participant_id");`);
    this.addSql(`alter table "vote" add constraint "vote_one_target" check ((challenge_id is null) <> (idea_id is null));`);
    this.addSql(`alter table "vote" add constraint "vote_source_check" check ("source" in ('DIGITAL', 'PAPER'));`);

    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on delete cascade;`);

    this.addSql(`alter table "account_organisations" add constraint "account_organisations_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_organisations" add constraint "account_organisations_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project" add constraint "project_promoter_id_foreign" foreign key ("promoter_id") references "organisation" ("id");`);

    this.addSql(`alter table "participant" add constraint "participant_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);

    this.addSql(`alter table "consent" add constraint "consent_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`);

    this.addSql(`alter table "account_projects" add constraint "account_projects_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_projects" add constraint "account_projects_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "project_partner" add constraint "project_partner_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_partner" add constraint "project_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "session" add constraint "session_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);

    this.addSql(`alter table "login_session" add constraint "login_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
    this.addSql(`alter table "login_session" add constraint "login_session_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`);
    this.addSql(`alter table "login_session" add constraint "login_session_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`);

    this.addSql(`alter table "agenda_phase" add constraint "agenda_phase_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "session_event_counter" add constraint "session_event_counter_session_id_foreign" foreign key ("session_id") references "session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session_event" add constraint "session_event_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "strategy" add constraint "strategy_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "municipality_response" add constraint "municipality_response_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on delete cascade;`);

    this.addSql(`alter table "strategy_action" add constraint "strategy_action_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on delete cascade;`);

    this.addSql(`alter table "theme" add constraint "theme_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "challenge" add constraint "challenge_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "challenge" add constraint "challenge_author_id_foreign" foreign key ("author_id") references "participant" ("id") on delete set null;`);
    this.addSql(`alter table "challenge" add constraint "challenge_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on delete set null;`);
    this.addSql(`alter table "challenge" add constraint "challenge_merged_into_id_foreign" foreign key ("merged_into_id") references "challenge" ("id") on delete set null;`);

    this.addSql(`alter table "idea" add constraint "idea_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on delete cascade;`);
    this.addSql(`alter table "idea" add constraint "idea_author_id_foreign" foreign key ("author_id") references "participant" ("id") on delete set null;`);

    this.addSql(`alter table "strategy_ideas" add constraint "strategy_ideas_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "strategy_ideas" add constraint "strategy_ideas_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "voting_round" add constraint "voting_round_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);

    this.addSql(`alter table "vote" add constraint "vote_round_id_foreign" foreign key ("round_id") references "voting_round" ("id") on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete set null;`);
    this.addSql(`alter table "vote" add constraint "vote_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on delete cascade;`);
  }

}
