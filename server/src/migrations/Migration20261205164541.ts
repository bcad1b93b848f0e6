import { Migration } from '@mikro-orm/migrations';

export class Migration20261205164541 extends Migration {

  override name = 'Migration20261205164541';

  override up(): void | Promise<void> {
    this.addSql(`create table "disclosure_release" ("id" uuid not null, "created_at" timestamptz not null, "scope" varchar(200) not null, "project_ids" text[] not null, "threshold" int not null, "tables" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "disclosure_release" add constraint "disclosure_release_scope_unique" unique ("scope");`);
    this.addSql(`create index "disclosure_release_project_ids_index" on "disclosure_release" using gin ("project_ids");`);

    this.addSql(`create table "disclosure_release_member" ("id" uuid not null, "release_id" uuid not null, "table_name" varchar(60) not null, "participant_id" uuid not null, "group_name" varchar(60) not null, "weight" int not null, primary key ("id"));`);
    this.addSql(`create index "disclosure_release_member_release_id_index" on "disclosure_release_member" ("release_id");`);
    this.addSql(`create index "disclosure_release_member_participant_id_index" on "disclosure_release_member" ("participant_id");`);

    this.addSql(`alter table "project" add "small_group_threshold" int not null default 5;`);

    this.addSql(`alter table "disclosure_release_member" add constraint "disclosure_release_member_release_id_foreign" foreign key ("release_id") references "disclosure_release" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "disclosure_release_member" drop constraint "disclosure_release_member_release_id_foreign";`);

    this.addSql(`drop table if exists "disclosure_release" cascade;`);
    this.addSql(`drop table if exists "disclosure_release_member" cascade;`);

    this.addSql(`alter table "project" drop column "small_group_threshold";`);
  }

}
