import { Migration } from '@mikro-orm/migrations';

// Languages (issue 13): translations of every translatable text in one table, text_translation (modules/
// translation). The translations challenges and ideas kept in a JSON column move there as a person's translations,
// with the project and session of their text; the columns go. Also: the TRANSLATOR role, instructions for agenda
// phases, and the TEXT_TRANSLATED live event.
const MOVE = (table: 'challenge' | 'idea', field: string, session: string) => `
  insert into "text_translation"
    ("id", "created_at", "updated_at", "subject_id", "field", "project_id", "session_id", "language", "text", "origin")
  select gen_random_uuid(), t."updated_at", t."updated_at", t."id", '${field}', s."project_id", s."id", tr.key, btrim(tr.value), 'PERSON'
  from "${table}" t ${session}, jsonb_each_text(t."translations") tr
  where btrim(tr.value) <> '';`;

const MOVE_BACK = (table: 'challenge' | 'idea', field: string) => `
  update "${table}" t set "translations" = coalesce(
    (select jsonb_object_agg(x."language", x."text") from "text_translation" x
      where x."subject_id" = t."id" and x."field" = '${field}' and (x."origin" = 'PERSON' or x."approved_at" is not null)),
    '{}'::jsonb);`;

export class Migration20261205185116 extends Migration {

  override name = 'Migration20261205185116';

  override up(): void | Promise<void> {
    this.addSql(`create table "text_translation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject_id" uuid not null, "field" varchar(60) not null, "project_id" uuid not null, "session_id" uuid null, "language" varchar(35) not null, "text" text not null, "origin" text not null default 'PERSON', "approved_at" timestamptz null, "translator_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "text_translation_project_id_language_index" on "text_translation" ("project_id", "language");`);
    this.addSql(`alter table "text_translation" add constraint "text_translation_subject_id_field_language_unique" unique ("subject_id", "field", "language");`);

    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR', 'TRANSLATOR'));`);

    this.addSql(`alter table "invitation" drop constraint "invitation_role_check";`);
    this.addSql(`alter table "invitation" add constraint "invitation_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR', 'TRANSLATOR'));`);

    this.addSql(`alter table "agenda_phase" add "instructions" text not null default '';`);

    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'TEXT_TRANSLATED'));`);

    this.addSql(`alter table "text_translation" add constraint "text_translation_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "text_translation" add constraint "text_translation_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
    this.addSql(`alter table "text_translation" add constraint "text_translation_translator_id_foreign" foreign key ("translator_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "text_translation" add constraint "text_translation_origin_check" check ("origin" in ('PERSON', 'MACHINE'));`);

    // The translations move before their columns go.
    this.addSql(MOVE('challenge', 'CHALLENGE_TEXT', `join "session" s on s."id" = t."session_id"`));
    this.addSql(
      MOVE('idea', 'IDEA_TEXT', `join "challenge" c on c."id" = t."challenge_id" join "session" s on s."id" = c."session_id"`),
    );
    this.addSql(`alter table "challenge" drop column "translations";`);
    this.addSql(`alter table "idea" drop column "translations";`);
  }

  override down(): void | Promise<void> {
    // Translations of contributions go back to their columns (machine drafts nobody approved are dropped); those of
    // staff texts had no place before.
    this.addSql(`alter table "challenge" add "translations" jsonb not null default '{}';`);
    this.addSql(`alter table "idea" add "translations" jsonb not null default '{}';`);
    this.addSql(MOVE_BACK('challenge', 'CHALLENGE_TEXT'));
    this.addSql(MOVE_BACK('idea', 'IDEA_TEXT'));
    this.addSql(`alter table "challenge" alter column "translations" drop default;`);
    this.addSql(`alter table "idea" alter column "translations" drop default;`);
    this.addSql(`delete from "account" where "role" = 'TRANSLATOR';`);
    this.addSql(`delete from "invitation" where "role" = 'TRANSLATOR';`);
    this.addSql(`delete from "session_event" where "type" = 'TEXT_TRANSLATED';`);

    this.addSql(`drop table if exists "text_translation" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR'));`);

    this.addSql(`alter table "agenda_phase" drop column "instructions";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_role_check";`);
    this.addSql(`alter table "invitation" add constraint "invitation_role_check" check ("role" in ('ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR'));`);

    this.addSql(`alter table "session_event" drop constraint "session_event_type_check";`);
    this.addSql(`alter table "session_event" add constraint "session_event_type_check" check ("type" in ('CHALLENGE_CREATED', 'CHALLENGE_UPDATED', 'CHALLENGE_TRANSLATED', 'CHALLENGE_STATUS_CHANGED', 'CHALLENGES_MERGED', 'CHALLENGE_THEME_ASSIGNED', 'THEME_CREATED', 'THEME_RENAMED', 'THEMES_REORDERED', 'THEME_DELETED', 'IDEA_CREATED', 'IDEA_UPDATED', 'IDEA_TRANSLATED', 'IDEA_STATUS_CHANGED', 'VOTE_CAST', 'VOTE_WITHDRAWN', 'PAPER_VOTES_RECORDED', 'VOTING_ROUND_OPENED', 'VOTING_ROUND_CLOSED', 'SESSION_UPDATED', 'AGENDA_CHANGED', 'SESSION_PHASE_CHANGED', 'SESSION_STATUS_CHANGED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT'));`);
  }

}
