import { Migration } from '@mikro-orm/migrations';

// Written on the trajectory branch; renamed to run after every migration of the released version (it never ran
// anywhere else). The event log's type check is left to the migration after it, which lists every type.
export class Migration20261206020000 extends Migration {
  override name = 'Migration20261206020000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "method" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(60) null, "organisation_id" uuid null, "kind" text not null, "duration_minutes" int not null, "languages_used" text[] not null, "shared_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "method" add constraint "method_key_unique" unique ("key");`);
    this.addSql(`create index "method_organisation_id_index" on "method" ("organisation_id");`);

    this.addSql(
      `create table "method_validation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "method_id" uuid not null, "organisation_id" uuid not null, "note" text not null, "indicators" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "method_validation_method_id_index" on "method_validation" ("method_id");`);

    this.addSql(
      `create table "method_text" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "method_id" uuid not null, "language" varchar(35) not null, "name" varchar(200) not null, "purpose" text not null, "steps" text[] not null, "materials" text[] not null, "accessibility_notes" text not null default '', "lessons_learned" text not null default '', primary key ("id"));`,
    );
    this.addSql(
      `alter table "method_text" add constraint "method_text_method_id_language_unique" unique ("method_id", "language");`,
    );

    this.addSql(
      `create table "agenda_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(60) null, "organisation_id" uuid null, "language" varchar(35) not null, "name" varchar(200) not null, "description" text not null default '', "phases" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`create index "agenda_template_organisation_id_index" on "agenda_template" ("organisation_id");`);
    this.addSql(
      `alter table "agenda_template" add constraint "agenda_template_key_language_unique" unique ("key", "language");`,
    );

    this.addSql(
      `create table "project_call" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "prompt" text not null, "code" varchar(12) null, "opened_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "project_call_project_id_opened_at_index" on "project_call" ("project_id", "opened_at");`,
    );
    this.addSql(`create unique index "project_call_code_unique" on "project_call" ("code") where "code" is not null;`);

    this.addSql(
      `create table "registration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "participant_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "registration_participant_id_index" on "registration" ("participant_id");`);
    this.addSql(
      `alter table "registration" add constraint "registration_session_id_participant_id_unique" unique ("session_id", "participant_id");`,
    );

    this.addSql(
      `create table "method_validation_sessions" ("method_validation_id" uuid not null, "session_id" uuid not null, primary key ("method_validation_id", "session_id"));`,
    );

    this.addSql(
      `create table "session_minutes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "html" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "session_minutes" add constraint "session_minutes_session_id_unique" unique ("session_id");`,
    );

    this.addSql(
      `create table "session_photo" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "phase_id" uuid null, "caption" varchar(300) not null, "content_type" varchar(40) not null default 'image/jpeg', "width" int not null, "height" int not null, "byte_size" int not null, "data" bytea not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "session_photo_session_id_created_at_index" on "session_photo" ("session_id", "created_at");`,
    );

    this.addSql(
      `create table "carried_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "kind" text not null, "theme_id" uuid null, "challenge_id" uuid null, "idea_id" uuid null, "with_theme" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(
      `create index "carried_item_session_id_created_at_index" on "carried_item" ("session_id", "created_at");`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_session_id_idea_id_unique" unique ("session_id", "idea_id");`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_session_id_challenge_id_unique" unique ("session_id", "challenge_id");`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_session_id_theme_id_unique" unique ("session_id", "theme_id");`,
    );

    this.addSql(`alter table "login_session" add "call_id" uuid null;`);
    this.addSql(
      `alter table "login_session" add constraint "login_session_call_id_foreign" foreign key ("call_id") references "project_call" ("id") on delete cascade;`,
    );

    this.addSql(`alter table "agenda_phase" drop constraint "agenda_phase_kind_check";`);
    this.addSql(
      `alter table "agenda_phase" add "method_id" uuid null, add "started_at" timestamptz null, add "ended_at" timestamptz null, add "running_since" timestamptz null, add "spent_seconds" int not null default 0;`,
    );
    this.addSql(
      `alter table "agenda_phase" add constraint "agenda_phase_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION', 'INPUT', 'SMALL_GROUPS', 'BREAK', 'QUESTIONNAIRE', 'FREE'));`,
    );

    this.addSql(`alter table "strategy" add "phase_id" uuid null;`);
    this.addSql(
      `alter table "strategy" add constraint "strategy_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );

    this.addSql(`alter table "theme" add "phase_id" uuid null;`);
    this.addSql(
      `alter table "theme" add constraint "theme_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );

    this.addSql(`alter table "challenge" drop constraint "challenge_status_check";`);
    this.addSql(
      `alter table "challenge" add "project_id" uuid null, add "phase_id" uuid null, add "call_id" uuid null, add "original_text" text null;`,
    );
    // Every challenge so far was raised in a session: it belongs to that session's project.
    this.addSql(
      `update "challenge" c set "project_id" = s."project_id" from "session" s where s."id" = c."session_id";`,
    );
    this.addSql(`alter table "challenge" alter column "project_id" set not null;`);
    this.addSql(
      `alter table "challenge" add constraint "challenge_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "challenge" add constraint "challenge_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "challenge" add constraint "challenge_call_id_foreign" foreign key ("call_id") references "project_call" ("id") on delete set null;`,
    );
    this.addSql(`alter table "challenge" alter column "session_id" drop not null;`);
    this.addSql(`create index "challenge_project_id_status_index" on "challenge" ("project_id", "status");`);
    this.addSql(
      `alter table "challenge" add constraint "challenge_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED', 'PENDING'));`,
    );

    this.addSql(`alter table "idea" drop constraint "idea_status_check";`);
    this.addSql(
      `alter table "idea" add "project_id" uuid null, add "session_id" uuid null, add "phase_id" uuid null, add "call_id" uuid null, add "original_text" text null;`,
    );
    // Every idea so far was proposed in the session of its challenge.
    this.addSql(
      `update "idea" i set "project_id" = c."project_id", "session_id" = c."session_id" from "challenge" c where c."id" = i."challenge_id";`,
    );
    this.addSql(`alter table "idea" alter column "project_id" set not null;`);
    this.addSql(
      `alter table "idea" add constraint "idea_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_call_id_foreign" foreign key ("call_id") references "project_call" ("id") on delete set null;`,
    );
    this.addSql(`create index "idea_project_id_status_index" on "idea" ("project_id", "status");`);
    this.addSql(`create index "idea_session_id_index" on "idea" ("session_id");`);
    this.addSql(
      `alter table "idea" add constraint "idea_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED', 'PENDING'));`,
    );

    this.addSql(`alter table "vote" add "phase_id" uuid null;`);
    this.addSql(
      `alter table "vote" add constraint "vote_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "method" add constraint "method_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "method" add constraint "method_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION', 'INPUT', 'SMALL_GROUPS', 'BREAK', 'QUESTIONNAIRE', 'FREE'));`,
    );

    this.addSql(
      `alter table "method_validation" add constraint "method_validation_method_id_foreign" foreign key ("method_id") references "method" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "method_validation" add constraint "method_validation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "method_text" add constraint "method_text_method_id_foreign" foreign key ("method_id") references "method" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "agenda_template" add constraint "agenda_template_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "project_call" add constraint "project_call_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "registration" add constraint "registration_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`,
    );
    // Whoever was checked in at a session was on its list: the lists per session start from the attendance kept so
    // far, each registered when checked in.
    this.addSql(`insert into "registration" ("id", "created_at", "updated_at", "session_id", "participant_id")
      select gen_random_uuid(), a."checked_in_at", a."checked_in_at", a."session_id", a."participant_id" from "attendance" a
      on conflict ("session_id", "participant_id") do nothing;`);

    this.addSql(
      `alter table "method_validation_sessions" add constraint "method_validation_sessions_method_validation_id_foreign" foreign key ("method_validation_id") references "method_validation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "method_validation_sessions" add constraint "method_validation_sessions_session_id_foreign" foreign key ("session_id") references "session" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session_minutes" add constraint "session_minutes_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "session_photo" add constraint "session_photo_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session_photo" add constraint "session_photo_phase_id_foreign" foreign key ("phase_id") references "agenda_phase" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "carried_item" add constraint "carried_item_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_challenge_id_foreign" foreign key ("challenge_id") references "challenge" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_idea_id_foreign" foreign key ("idea_id") references "idea" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_one_item" check ((theme_id is not null)::int + (challenge_id is not null)::int + (idea_id is not null)::int = 1);`,
    );
    this.addSql(
      `alter table "carried_item" add constraint "carried_item_kind_check" check ("kind" in ('THEME', 'CHALLENGE', 'IDEA'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "method_validation" drop constraint "method_validation_method_id_foreign";`);
    this.addSql(`alter table "method_text" drop constraint "method_text_method_id_foreign";`);
    this.addSql(
      `alter table "method_validation_sessions" drop constraint "method_validation_sessions_method_validation_id_foreign";`,
    );
    this.addSql(`alter table "login_session" drop constraint "login_session_call_id_foreign";`);
    this.addSql(`alter table "challenge" drop constraint "challenge_call_id_foreign";`);
    this.addSql(`alter table "idea" drop constraint "idea_call_id_foreign";`);

    this.addSql(`drop table if exists "method" cascade;`);
    this.addSql(`drop table if exists "method_validation" cascade;`);
    this.addSql(`drop table if exists "method_text" cascade;`);
    this.addSql(`drop table if exists "agenda_template" cascade;`);
    this.addSql(`drop table if exists "project_call" cascade;`);
    this.addSql(`drop table if exists "registration" cascade;`);
    this.addSql(`drop table if exists "method_validation_sessions" cascade;`);
    this.addSql(`drop table if exists "session_minutes" cascade;`);
    this.addSql(`drop table if exists "session_photo" cascade;`);
    this.addSql(`drop table if exists "carried_item" cascade;`);

    this.addSql(`alter table "challenge" drop constraint "challenge_project_id_foreign";`);
    this.addSql(`alter table "challenge" drop constraint "challenge_phase_id_foreign";`);

    this.addSql(`alter table "idea" drop constraint "idea_project_id_foreign";`);
    this.addSql(`alter table "idea" drop constraint "idea_session_id_foreign";`);
    this.addSql(`alter table "idea" drop constraint "idea_phase_id_foreign";`);

    this.addSql(`alter table "strategy" drop constraint "strategy_phase_id_foreign";`);

    this.addSql(`alter table "theme" drop constraint "theme_phase_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_phase_id_foreign";`);

    this.addSql(`alter table "agenda_phase" drop constraint "agenda_phase_kind_check";`);
    this.addSql(
      `alter table "agenda_phase" drop column "method_id", drop column "started_at", drop column "ended_at", drop column "running_since", drop column "spent_seconds";`,
    );
    this.addSql(
      `alter table "agenda_phase" add constraint "agenda_phase_kind_check" check ("kind" in ('WELCOME', 'CHALLENGES', 'CLUSTERING', 'IDEAS', 'VOTING', 'STRATEGIES', 'EVALUATION'));`,
    );

    this.addSql(`drop index "challenge_project_id_status_index";`);
    this.addSql(`alter table "challenge" drop constraint "challenge_status_check";`);
    this.addSql(
      `alter table "challenge" drop column "project_id", drop column "phase_id", drop column "call_id", drop column "original_text";`,
    );
    this.addSql(`alter table "challenge" alter column "session_id" set not null;`);
    this.addSql(
      `alter table "challenge" add constraint "challenge_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED'));`,
    );

    this.addSql(`drop index "idea_project_id_status_index";`);
    this.addSql(`drop index "idea_session_id_index";`);
    this.addSql(`alter table "idea" drop constraint "idea_status_check";`);
    this.addSql(
      `alter table "idea" drop column "project_id", drop column "session_id", drop column "phase_id", drop column "call_id", drop column "original_text";`,
    );
    this.addSql(
      `alter table "idea" add constraint "idea_status_check" check ("status" in ('VISIBLE', 'HIDDEN', 'MERGED'));`,
    );

    this.addSql(`alter table "login_session" drop column "call_id";`);

    this.addSql(`alter table "strategy" drop column "phase_id";`);

    this.addSql(`alter table "theme" drop column "phase_id";`);

    this.addSql(`alter table "vote" drop column "phase_id";`);
  }
}
