// Codes are typed from a screen or a card: case, spaces and dashes do not matter (the server agrees).
export const normaliseCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]+/g, '');

// The version of the consent text on the consent step. A new wording gets a new version, in every
// language at once, so that each consent record says which words the person agreed to.
export const CONSENT_TEXT_VERSION = '2026-01';
