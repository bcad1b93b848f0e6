import { Migration } from '@mikro-orm/migrations';

// The follow-up of a strategy becomes a timeline (strategy_update) instead of one text that each change overwrote:
// every follow-up text of the previous release becomes the first update of its strategy, dated when it was last
// written, and the column goes. Answers get who carries them out, a planned date and when they were decided.
// Projects get their public outcome pages (off), participants the moment they last looked at them.
export class Migration20261205182505 extends Migration {

  override name = 'Migration20261205182505';

  override up(): void | Promise<void> {
    this.addSql(`create table "strategy_update" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "strategy_id" uuid not null, "action_id" uuid null, "status" text not null, "text" text not null, "language" varchar(35) not null, "translations" jsonb not null, "link" varchar(2000) null, "at" timestamptz not null, "posted_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "strategy_update_action_id_index" on "strategy_update" ("action_id");`);
    this.addSql(`create index "strategy_update_strategy_id_at_index" on "strategy_update" ("strategy_id", "at");`);
    this.addSql(`alter table "strategy_update" add constraint "strategy_update_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on delete cascade;`);
    this.addSql(`alter table "strategy_update" add constraint "strategy_update_action_id_foreign" foreign key ("action_id") references "strategy_action" ("id") on delete cascade;`);
    this.addSql(`alter table "strategy_update" add constraint "strategy_update_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'));`);

    this.addSql(`alter table "project" add "outcomes_public" boolean not null default false;`);

    this.addSql(`alter table "participant" add "outcomes_seen_at" timestamptz null;`);

    this.addSql(`alter table "municipality_response" add "language" varchar(35) not null default 'nl', add "translations" jsonb not null default '{}', add "responsible" varchar(300) null, add "planned_for" date null, add "decided_at" timestamptz null;`);
    this.addSql(`alter table "municipality_response" alter column "translations" drop default;`);
    this.addSql(`alter table "municipality_response" alter column "reason" drop not null;`);
    // An answer of the previous release that was not "under study" was a decision from the moment it was given.
    this.addSql(`update "municipality_response" set "decided_at" = "responded_at" where "decision" <> 'UNDER_STUDY';`);
    // Each follow-up text becomes its strategy's first update: planned, in Dutch, dated when it was last written.
    this.addSql(`insert into "strategy_update" ("id", "created_at", "updated_at", "strategy_id", "action_id", "status", "text", "language", "translations", "link", "at", "posted_by")
      select gen_random_uuid(), "updated_at", "updated_at", "strategy_id", null, 'PLANNED', btrim("follow_up"), 'nl', '{}', null, "updated_at", null
        from "municipality_response" where "follow_up" is not null and btrim("follow_up") <> '';`);
    this.addSql(`alter table "municipality_response" drop column "follow_up";`);
  }

  override down(): void | Promise<void> {
    // Back to one follow-up text per answer: the newest update of the strategy as a whole.
    this.addSql(`alter table "municipality_response" add "follow_up" text null;`);
    this.addSql(`update "municipality_response" m set "follow_up" = (
      select u."text" from "strategy_update" u where u."strategy_id" = m."strategy_id" and u."action_id" is null
       order by u."at" desc, u."id" desc limit 1);`);
    this.addSql(`update "municipality_response" set "reason" = '' where "reason" is null;`);
    this.addSql(`alter table "municipality_response" alter column "reason" set not null;`);
    this.addSql(`alter table "municipality_response" drop column "language", drop column "translations", drop column "responsible", drop column "planned_for", drop column "decided_at";`);

    this.addSql(`drop table if exists "strategy_update" cascade;`);

    this.addSql(`alter table "participant" drop column "outcomes_seen_at";`);

    this.addSql(`alter table "project" drop column "outcomes_public";`);
  }

}
