import { Migration } from '@mikro-orm/migrations';

export class Migration20261205163534 extends Migration {

  override name = 'Migration20261205163534';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" drop column "failed_sign_ins", drop column "locked_until";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account" add "failed_sign_ins" int not null default 0, add "locked_until" timestamptz(6) null;`);
  }

}
