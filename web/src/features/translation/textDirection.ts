import { languageOf, matchLanguage } from '../../app/i18n';

// The writing direction of a text in a language tag the server gives (`prs` and `fa-AF` are Dari, right to left);
// `auto` lets the browser decide for a language the app does not know.
export function directionOf(tag: string): 'ltr' | 'rtl' | 'auto' {
  const code = matchLanguage(tag);
  return code ? languageOf(code).dir : 'auto';
}
