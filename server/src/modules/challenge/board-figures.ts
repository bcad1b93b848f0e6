import type { RecordSpec } from '../../core/loaders.js';
import { TranslatableField } from '../translation/translatable.js';
import { translationsOnPage } from '../translation/translation.service.js';
import { CHALLENGE_DOTS_SQL, IDEA_DOTS_SQL } from '../vote/vote.sql.js';

// What a board shows of a challenge and of an idea besides their own fields, read in the statement that reads them:
// their dot counts (`aggregate(row, 'dots')`) and translations (`attachment(row, 'translations')`). A board's pages
// (`Session.challenges`, `Challenge.ideas`) and the records an event names (live.resolver.ts) read the same.
export const CHALLENGE_FIGURES = {
  table: 'challenge',
  aggregates: { dots: CHALLENGE_DOTS_SQL },
  attachments: { translations: translationsOnPage(TranslatableField.CHALLENGE_TEXT) },
} as const satisfies RecordSpec;

export const IDEA_FIGURES = {
  table: 'idea',
  aggregates: { dots: IDEA_DOTS_SQL },
  attachments: { translations: translationsOnPage(TranslatableField.IDEA_TEXT) },
} as const satisfies RecordSpec;
