import { Migration } from '@mikro-orm/migrations';

// One store of translations (issue 13): the municipality's answers and the updates of their timelines kept their
// translations in a JSON column of their own, beside text_translation (where RESPONSE_REASON was registered too:
// two places for one text). They move to text_translation as a person's translations, dated when their record was
// last written (the columns never said who wrote them), with the project and session of their strategy; then the
// columns go. A translation into the language the text was written in, an empty one, or one of an answer without a
// reason has nothing to translate and is left behind; where text_translation already holds a translation of the
// same text into the same language, that one (written through the translator's screen) stays.
const MOVE = (table: 'municipality_response' | 'strategy_update', field: string, text: string) => `
  insert into "text_translation"
    ("id", "created_at", "updated_at", "subject_id", "field", "project_id", "session_id", "language", "text", "origin")
  select gen_random_uuid(), t."updated_at", t."updated_at", t."id", '${field}', s."project_id", s."id", tr.key,
         btrim(tr.value), 'PERSON'
  from "${table}" t
    join "strategy" g on g."id" = t."strategy_id"
    join "session" s on s."id" = g."session_id",
    jsonb_each_text(t."translations") tr
  where btrim(tr.value) <> '' and btrim(coalesce(t."${text}", '')) <> ''
    and lower(split_part(tr.key, '-', 1)) <> lower(split_part(t."language", '-', 1))
  on conflict ("subject_id", "field", "language") do nothing;`;

const MOVE_BACK = (table: 'municipality_response' | 'strategy_update', field: string) => `
  update "${table}" t set "translations" = coalesce(
    (select jsonb_object_agg(x."language", x."text") from "text_translation" x
      where x."subject_id" = t."id" and x."field" = '${field}' and (x."origin" = 'PERSON' or x."approved_at" is not null)),
    '{}'::jsonb);`;

export class Migration20261205230305 extends Migration {

  override name = 'Migration20261205230305';

  override up(): void | Promise<void> {
    // The translations move before their columns go.
    this.addSql(MOVE('municipality_response', 'RESPONSE_REASON', 'reason'));
    this.addSql(MOVE('strategy_update', 'STRATEGY_UPDATE_TEXT', 'text'));

    this.addSql(`alter table "municipality_response" drop column "translations";`);

    this.addSql(`alter table "strategy_update" drop column "translations";`);
  }

  override down(): void | Promise<void> {
    // Back to their columns (machine drafts nobody approved are dropped). The previous release read the answers'
    // reasons from text_translation too, so those stay there; it knew no translations of updates.
    this.addSql(`alter table "municipality_response" add "translations" jsonb not null default '{}';`);

    this.addSql(`alter table "strategy_update" add "translations" jsonb not null default '{}';`);

    this.addSql(MOVE_BACK('municipality_response', 'RESPONSE_REASON'));
    this.addSql(MOVE_BACK('strategy_update', 'STRATEGY_UPDATE_TEXT'));
    this.addSql(`delete from "text_translation" where "field" = 'STRATEGY_UPDATE_TEXT';`);
    this.addSql(`alter table "municipality_response" alter column "translations" drop default;`);
    this.addSql(`alter table "strategy_update" alter column "translations" drop default;`);
  }

}
