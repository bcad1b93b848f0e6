import { Migration } from '@mikro-orm/migrations';

export class Migration20261205185027 extends Migration {

  override name = 'Migration20261205185027';

  override up(): void | Promise<void> {
    this.addSql(`create table "indicator_step" ("id" uuid not null, "project_id" uuid not null, "number" int not null, "taken_at" timestamptz not null, "session_ids" text[] not null, "final" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "indicator_step_project_id_taken_at_index" on "indicator_step" ("project_id", "taken_at");`);
    this.addSql(`alter table "indicator_step" add constraint "indicator_step_project_id_number_unique" unique ("project_id", "number");`);

    this.addSql(`alter table "disclosure_release" add "statistics" jsonb not null default '{}';`);

    this.addSql(`alter table "indicator_step" add constraint "indicator_step_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "indicator_step" cascade;`);

    this.addSql(`alter table "disclosure_release" drop column "statistics";`);
  }

}
