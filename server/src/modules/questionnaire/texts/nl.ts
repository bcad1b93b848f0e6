import type { InstrumentTexts } from '../questionnaire.instrument.js';

export const nl: InstrumentTexts = {
  language: 'nl',
  questionnaires: {
    COMPETENCE: 'Vragen over jou en je gemeente',
    SESSION_EVALUATION: 'Hoe was deze sessie?',
  },
  dimensions: {
    SELF_EFFICACY: 'Vertrouwen in eigen kunnen in de lokale politiek',
    TRUST: 'Vertrouwen in de gemeente',
    KNOWLEDGE: 'Kennis van hoe beslissingen vallen',
    PLURALISM: 'Pluralisme en samenleven',
    PARTICIPATION: 'Bereidheid om opnieuw mee te doen',
  },
  scale: ['Helemaal oneens', 'Oneens', 'Tussenin', 'Eens', 'Helemaal eens'],
  dontKnow: 'Weet ik niet / zeg ik liever niet',
  items: {
    SE1: 'Ik kan zeggen wat ik denk over mijn gemeente.',
    SE2: 'Ik durf te spreken op een bijeenkomst over mijn buurt.',
    SE3: 'Mensen zoals ik kunnen helpen om dingen te veranderen in deze gemeente.',
    TR1: 'Ik vertrouw de gemeente.',
    TR2: 'De gemeente luistert naar mensen zoals ik.',
    TR3: 'De gemeente behandelt iedereen gelijk, waar ze ook vandaan komen.',
    KN1: 'Ik weet wie er beslist in mijn gemeente.',
    KN2: 'Ik begrijp hoe de gemeente een beslissing neemt.',
    KN3: 'Ik weet waar ik kan meepraten over plannen voor mijn gemeente.',
    PL1: 'Mensen met verschillende achtergronden maken mijn gemeente rijker.',
    PL2: 'Iedereen die hier woont, moet dezelfde kans krijgen om mee te praten.',
    PL3: 'Ik voel me op mijn gemak als ik samenwerk met mensen met een andere achtergrond.',
    PA1: 'Ik wil nog eens meedoen aan een bijeenkomst zoals deze.',
    PA2: 'Het komende jaar geef ik mijn mening aan de gemeente.',
    PA3: 'Ik zou een vriend of vriendin aanraden om mee te doen.',
    EV1: 'Deze sessie hielp me voelen dat ik hier thuishoor.',
    EV2: 'Deze sessie hielp me om mee te doen in mijn gemeente.',
    EV3: 'Ik kon zeggen wat ik wilde zeggen.',
    EV4: 'Ik begreep wat er gebeurde in deze sessie.',
  },
};
