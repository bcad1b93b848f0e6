import { Migration } from '@mikro-orm/migrations';

export class Migration20261205172608 extends Migration {

  override name = 'Migration20261205172608';

  override up(): void | Promise<void> {
    this.addSql(`drop index "audit_entry_at_index";`);
    this.addSql(`drop index "audit_entry_subject_id_index";`);
    this.addSql(`create index "audit_entry_actor_account_id_at_index" on "audit_entry" ("actor_account_id", "at");`);
    this.addSql(`create index "audit_entry_subject_id_at_index" on "audit_entry" ("subject_id", "at");`);
    this.addSql(`create index "audit_entry_at_id_index" on "audit_entry" ("at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "audit_entry_actor_account_id_at_index";`);
    this.addSql(`drop index "audit_entry_subject_id_at_index";`);
    this.addSql(`drop index "audit_entry_at_id_index";`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_subject_id_index" on "audit_entry" ("subject_id");`);
  }

}
