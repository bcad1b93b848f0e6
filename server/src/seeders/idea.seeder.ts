import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { Idea } from '../modules/idea/idea.entity.js';
import { demoChallengeId, demoChallenges } from './challenge.seeder.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoParticipantId } from './participant.seeder.js';
import { demoSessionStart } from './session.seeder.js';
import { createMissing, translationRows } from './seed-support.js';

interface DemoIdea {
  key: string;
  challenge: string;
  author: string;
  language: string;
  text: string;
  translations: Record<string, string>;
  // Minutes after the session started.
  minute: number;
}

export const demoIdeas: readonly DemoIdea[] = [
  {
    key: 'path-lights',
    challenge: 'dark-park',
    author: 'Fatima',
    language: 'ar',
    text: 'ضعوا مصابيح على طول الممر الرئيسي في الحديقة وعند المدخل.',
    translations: {
      nl: 'Zet lampen langs het hoofdpad van het park en aan de ingang.',
      en: 'Put lights along the main path of the park and at the entrance.',
    },
    minute: 47,
  },
  {
    key: 'evening-walk',
    challenge: 'dark-park',
    author: 'Lotte',
    language: 'nl',
    text: 'Organiseer met buren een maandelijkse avondwandeling door het park, zodat het er levendiger wordt.',
    translations: {
      en: 'Organise a monthly evening walk through the park with neighbours, so that it feels more alive.',
    },
    minute: 48,
  },
  {
    key: 'report-qr',
    challenge: 'broken-lights',
    author: 'Kwame',
    language: 'en',
    text: 'Put a QR code on every lamp post so that anyone can report a broken light in their own language.',
    translations: {
      nl: 'Zet een QR-code op elke lantaarnpaal, zodat iedereen een kapotte lamp kan melden in de eigen taal.',
    },
    minute: 50,
  },
  {
    key: 'library-evening',
    challenge: 'library-hours',
    author: 'Olena',
    language: 'uk',
    text: 'Відкривати бібліотеку один вечір на тиждень до 21:00 і в суботу зранку.',
    translations: {
      nl: 'Open de bibliotheek één avond per week tot 21 uur en op zaterdagochtend.',
      en: 'Open the library one evening a week until 9 pm and on Saturday mornings.',
    },
    minute: 51,
  },
  {
    key: 'book-lockers',
    challenge: 'library-hours',
    author: 'Griet',
    language: 'nl',
    text: 'Boekenkastjes waar je gereserveerde boeken dag en nacht afhaalt met je bibliotheekkaart.',
    translations: { en: 'Lockers where you pick up reserved books day and night with your library card.' },
    minute: 53,
  },
  {
    key: 'translate-forms',
    challenge: 'forms-dutch-only',
    author: 'Hamza',
    language: 'fr',
    text: 'Traduire les formulaires les plus utilisés en français, en anglais et en arabe.',
    translations: {
      nl: 'Vertaal de meest gebruikte formulieren naar het Frans, het Engels en het Arabisch.',
      en: 'Translate the most used forms into French, English and Arabic.',
    },
    minute: 54,
  },
  {
    key: 'form-help-desk',
    challenge: 'forms-dutch-only',
    author: 'Amina',
    language: 'ar',
    text: 'مساعدة أسبوعية في ملء الاستمارات في مركز الحي، مع مترجمين متطوعين.',
    translations: {
      nl: 'Elke week hulp bij formulieren in het buurtcentrum, met vrijwillige tolken.',
      en: 'Weekly help with forms at the neighbourhood centre, with volunteer interpreters.',
    },
    minute: 55,
  },
  {
    key: 'welcome-desk',
    challenge: 'website-maze',
    author: 'Agnieszka',
    language: 'nl',
    text: 'Eén onthaalbalie voor nieuwkomers, met een duidelijk stappenplan op papier.',
    translations: { en: 'One welcome desk for newcomers, with a clear step-by-step plan on paper.' },
    minute: 57,
  },
  {
    key: 'girls-football',
    challenge: 'sports-for-girls',
    author: 'Zahra',
    language: 'prs',
    text: 'یک روز در هفته فوتبال رایگان فقط برای دختران در سالن ورزشی مدرسه.',
    translations: {
      nl: 'Eén dag per week gratis voetbal alleen voor meisjes in de sporthal van de school.',
      en: 'One day a week free football just for girls in the school sports hall.',
    },
    minute: 58,
  },
  {
    key: 'swimming-hours',
    challenge: 'sports-for-girls',
    author: 'Hodan',
    language: 'en',
    text: 'Swimming hours for women and girls only, with female lifeguards and a reduced price.',
    translations: { nl: 'Zwemuren alleen voor vrouwen en meisjes, met vrouwelijke redders en een lagere prijs.' },
    minute: 59,
  },
  {
    key: 'neighbourhood-room',
    challenge: 'no-meeting-place',
    author: 'Marleen',
    language: 'nl',
    text: 'Maak van de leegstaande winkel aan het plein een buurtkamer met gratis koffie.',
    translations: { en: 'Turn the empty shop on the square into a neighbourhood living room with free coffee.' },
    minute: 61,
  },
  {
    key: 'shift-buses',
    challenge: 'bus-industrial-zone',
    author: 'Mehmet',
    language: 'tr',
    text: 'Vardiya saatlerine uygun olarak sabah 5’te ve akşam 22’de ek otobüs seferleri.',
    translations: {
      nl: "Extra busritten om 5 uur 's ochtends en om 22 uur 's avonds, afgestemd op de ploegen.",
      en: 'Extra bus trips at 5 am and at 10 pm, matched to the shifts.',
    },
    minute: 62,
  },
  {
    key: 'shared-shuttle',
    challenge: 'bus-industrial-zone',
    author: 'Koen',
    language: 'nl',
    text: 'De bedrijven in de industriezone delen een pendelbus van en naar het station.',
    translations: { en: 'The companies in the industrial zone share a shuttle bus to and from the station.' },
    minute: 64,
  },
  {
    key: 'shared-bikes',
    challenge: 'last-bus',
    author: 'Nadia',
    language: 'fr',
    text: "Des vélos partagés à prix réduit à l'arrêt de bus de la zone industrielle.",
    translations: {
      nl: 'Deelfietsen aan een verlaagd tarief aan de bushalte van de industriezone.',
      en: 'Shared bikes at a reduced price at the bus stop of the industrial zone.',
    },
    minute: 66,
  },
  {
    key: 'benches-trees',
    challenge: 'market-benches',
    author: 'Carmen',
    language: 'es',
    text: 'Poner bancos y árboles en la plaza del mercado, elegidos junto con los vecinos mayores.',
    translations: {
      nl: 'Banken en bomen op het marktplein, samen gekozen met de oudere buren.',
      en: 'Benches and trees on the market square, chosen together with the older neighbours.',
    },
    minute: 46,
  },
  {
    key: 'parents-cafe',
    challenge: 'school-app',
    author: 'Hamza',
    language: 'fr',
    text: "Que l'école traduise les messages importants et organise un café des parents avec un interprète.",
    translations: {
      nl: 'Laat de school belangrijke berichten vertalen en een oudercafé met een tolk organiseren.',
      en: 'Let the school translate important messages and hold a parents’ café with an interpreter.',
    },
    minute: 49,
  },
];

export const demoIdeaId = (key: string): string => {
  const index = demoIdeas.findIndex((i) => i.key === key);
  if (index === -1) throw new Error(`No demo idea has the key ${key}.`);
  return demoUuid('idea', index + 1);
};

export const demoIdeaSession = (idea: DemoIdea) => {
  const challenge = demoChallenges.find((c) => c.key === idea.challenge);
  if (!challenge) throw new Error(`No demo challenge has the key ${idea.challenge}.`);
  return challenge.session;
};

export class IdeaSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    await createMissing(
      em,
      Idea,
      demoIdeas.map((idea) => {
        const at = minutesAfter(demoSessionStart(calendar, demoIdeaSession(idea)), idea.minute);
        return {
          id: demoIdeaId(idea.key),
          challenge: demoChallengeId(idea.challenge),
          author: demoParticipantId(idea.author),
          text: idea.text,
          language: idea.language,
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    await em.flush();
    await createMissing(
      em,
      TextTranslation,
      translationRows(
        TranslatableField.IDEA_TEXT,
        demoIdeas.map((idea) => ({
          subjectId: demoIdeaId(idea.key),
          projectId: DEMO_IDS.project,
          sessionId: DEMO_IDS.sessions[demoIdeaSession(idea)],
          translations: idea.translations,
        })),
        1001,
      ),
    );
  }
}
