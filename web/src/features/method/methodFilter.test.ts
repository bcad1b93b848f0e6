import { describe, expect, it } from 'vitest';
import { filtersFrom, inLanguage, languagesOf, paramsFrom } from './methodFilter';

const worldCafe = { id: 'cafe', languagesUsed: ['nl', 'ar'], texts: [{ language: 'nl' }, { language: 'en' }] };
const fishbowl = { id: 'fishbowl', languagesUsed: [], texts: [{ language: 'nl-BE' }] };
const photoWalk = { id: 'photo', languagesUsed: ['tr'], texts: [{ language: 'en' }] };
const library = [worldCafe, fishbowl, photoWalk];

describe('the method library filter', () => {
  it('should keep every method when no language is chosen', () => {
    expect(inLanguage(library, null).map((m) => m.id)).toEqual(['cafe', 'fishbowl', 'photo']);
  });

  it('should keep the methods used in a language when none is written in it', () => {
    // Arabic: the world café has been run in Arabic, though its texts are Dutch and English.
    expect(inLanguage(library, 'ar').map((m) => m.id)).toEqual(['cafe']);
  });

  it('should count a regional text for its language when the filter names the base language', () => {
    // The fishbowl is written in Flemish (nl-BE) only; the world café in Dutch.
    expect(inLanguage(library, 'nl').map((m) => m.id)).toEqual(['cafe', 'fishbowl']);
  });

  it('should keep nothing when no method is written or used in the language', () => {
    expect(inLanguage(library, 'ti')).toEqual([]);
  });

  it('should offer each language once, by its base tag, when methods share languages', () => {
    expect(languagesOf(library)).toEqual(['ar', 'en', 'nl', 'tr']);
  });

  it('should read the filters from the address and write them back when they are set', () => {
    const filters = filtersFrom(new URLSearchParams('q=café&kind=SMALL_GROUPS&language=ar'));
    expect(filters).toEqual({ search: 'café', kind: 'SMALL_GROUPS', language: 'ar' });
    expect(paramsFrom(filters).toString()).toBe('q=caf%C3%A9&kind=SMALL_GROUPS&language=ar');
  });

  it('should ignore a kind it does not know when the address names one', () => {
    expect(filtersFrom(new URLSearchParams('kind=DANCING')).kind).toBeNull();
    expect(paramsFrom({ search: '  ', kind: null, language: null }).toString()).toBe('');
  });
});
