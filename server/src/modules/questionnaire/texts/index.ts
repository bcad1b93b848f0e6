import type { InstrumentTexts } from '../questionnaire.instrument.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { faAF } from './fa-AF.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { so } from './so.js';
import { ti } from './ti.js';
import { tr } from './tr.js';
import { uk } from './uk.js';

// The instrument in every language it has been written in. Adding a language is adding its file here; the test
// in questionnaire.instrument.test.ts fails while a language the participant's screens offer has no texts.
export const INSTRUMENT_TEXTS: Readonly<Record<string, InstrumentTexts>> = {
  nl,
  en,
  ar,
  fr,
  tr,
  uk,
  ti,
  so,
  'fa-AF': faAF,
};

// Read when a text is missing in the reader's language: the source language first.
export const FALLBACK_LANGUAGES = ['en', 'nl'] as const;
