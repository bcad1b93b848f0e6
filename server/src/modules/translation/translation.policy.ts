import { anyStaff, staff, type FeaturePolicy } from '../../core/auth/rules.js';
import { TRANSLATABLE_TYPES } from './translatable.js';

// Translating is for those who run a project's workshops and for its translators (a role limited to one project,
// account.policy.ts): the text's record must lie in a project where they hold one of those capabilities. Reading a
// translated text follows the record it belongs to (its type's read rule), so there is no rule for it here.
const TRANSLATORS = () => staff('record', 'translate');

export const translationPolicy: FeaturePolicy = {
  operations: {
    translationQueue: [TRANSLATORS().on('Project', 'projectId')],
    machineTranslationAvailable: [anyStaff()],
    translateText: [TRANSLATORS().on('TranslatableRecord', 'input.recordId')],
    approveTranslation: [TRANSLATORS().on('TranslatableRecord', 'input.recordId')],
    draftMachineTranslations: [TRANSLATORS().on('TranslatableRecord', 'input.recordId')],
  },
  targets: {
    // The record a text belongs to: a challenge, an idea, a session, a phase, a theme, a round, a strategy or an
    // answer, wherever it lives.
    TranslatableRecord: { oneOf: TRANSLATABLE_TYPES },
  },
};
