// The version of the consent text shown on screen and on the paper form; it is stored with each consent.
export const CONSENT_TEXT_VERSION = '2026-01';

export const BACKGROUNDS = ['THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'] as const;

export const AGE_BANDS = ['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_64', 'FROM_65'] as const;

// Languages most often spoken in the workshops, offered first; any BCP 47 tag can be added.
export const COMMON_LANGUAGES = ['nl', 'fr', 'en', 'ar', 'tr', 'ti', 'so', 'fa', 'ps', 'uk', 'ru', 'es'] as const;
