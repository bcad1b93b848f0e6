import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPETENCE_ITEMS, EVALUATION_ITEMS, SHIPPED_ITEMS } from './questionnaire.instrument.js';
import { CompetenceDimension, QuestionnaireKind } from './questionnaire.types.js';
import { INSTRUMENT_TEXTS } from './texts/index.js';

// The languages the participant's screens offer: those the web app has participant strings for. The web is not
// imported (it never meets the server but through the schema); its folder of strings is read.
const LOCALES = fileURLToPath(new URL('../../../../web/src/locales/', import.meta.url));
const participantLanguages = readdirSync(LOCALES).filter((language) =>
  existsSync(`${LOCALES}${language}/participant.json`),
);

describe('the shipped instrument', () => {
  it('should find the participant screens’ languages', () => {
    expect(participantLanguages).toEqual(expect.arrayContaining(['nl', 'en', 'ar']));
  });

  it.each(participantLanguages)(
    'should have every shipped item, the scale and the headings in %s, a language the participant screens offer',
    (language) => {
      const texts = INSTRUMENT_TEXTS[language];
      expect(texts, `write server/src/modules/questionnaire/texts/${language}.ts`).toBeDefined();
      for (const item of SHIPPED_ITEMS) expect(texts?.items[item.code]?.trim(), item.code).toBeTruthy();
      expect(texts?.scale.filter((label) => label.trim())).toHaveLength(5);
      expect(texts?.dontKnow.trim()).toBeTruthy();
      for (const dimension of Object.values(CompetenceDimension))
        expect(texts?.dimensions[dimension].trim()).toBeTruthy();
      for (const kind of Object.values(QuestionnaireKind)) expect(texts?.questionnaires[kind].trim()).toBeTruthy();
    },
  );

  it('should give every language exactly the shipped items, with no text left over from an item that is gone', () => {
    const codes = SHIPPED_ITEMS.map((item) => item.code).toSorted();
    for (const texts of Object.values(INSTRUMENT_TEXTS)) {
      expect(Object.keys(texts.items).toSorted(), texts.language).toEqual(codes);
      expect(new Set(Object.values(texts.items)).size, `${texts.language}: two items read the same`).toBe(codes.length);
    }
    expect(Object.entries(INSTRUMENT_TEXTS).every(([key, texts]) => key === texts.language)).toBe(true);
  });

  it('should measure each of the five dimensions with three items and evaluate a session in four, under stable ids', () => {
    const byDimension: Record<string, string[]> = {};
    for (const item of COMPETENCE_ITEMS) (byDimension[item.dimension ?? 'none'] ??= []).push(item.code);
    expect(byDimension).toEqual({
      SELF_EFFICACY: ['SE1', 'SE2', 'SE3'],
      TRUST: ['TR1', 'TR2', 'TR3'],
      KNOWLEDGE: ['KN1', 'KN2', 'KN3'],
      PLURALISM: ['PL1', 'PL2', 'PL3'],
      PARTICIPATION: ['PA1', 'PA2', 'PA3'],
    });
    expect(EVALUATION_ITEMS.map((item) => item.code)).toEqual(['EV1', 'EV2', 'EV3', 'EV4']);
  });

  it('should ask in the end-of-session evaluation whether the session helped people belong and take part', () => {
    expect(INSTRUMENT_TEXTS.en?.items.EV1).toBe('This session helped me feel that I belong here.');
    expect(INSTRUMENT_TEXTS.en?.items.EV2).toBe('This session helped me to take part in my municipality.');
  });
});
