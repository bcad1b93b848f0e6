import { Migration } from '@mikro-orm/migrations';

export class Migration20261205191441 extends Migration {

  override name = 'Migration20261205191441';

  override up(): void | Promise<void> {
    this.addSql(`create table "research_id" ("id" uuid not null, "participant_id" uuid not null, "project_id" uuid not null, "code" varchar(12) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "research_id" add constraint "research_id_participant_id_unique" unique ("participant_id");`);
    this.addSql(`alter table "research_id" add constraint "research_id_project_id_code_unique" unique ("project_id", "code");`);

    this.addSql(`alter table "research_id" add constraint "research_id_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade;`);
    this.addSql(`alter table "research_id" add constraint "research_id_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "research_id" cascade;`);
  }

}
