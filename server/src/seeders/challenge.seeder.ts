import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Challenge, ContributionStatus } from '../modules/challenge/challenge.entity.js';
import { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoParticipantId } from './participant.seeder.js';
import type { DemoSessionKey } from './session.seeder.js';
import { demoSessionStart } from './session.seeder.js';
import { demoThemeId, type DemoThemeKey } from './theme.seeder.js';
import { createMissing, translationRows } from './seed-support.js';

interface DemoChallenge {
  key: string;
  session: DemoSessionKey;
  // A pseudonym, or null when it was recorded anonymously.
  author: string | null;
  theme: DemoThemeKey | null;
  language: string;
  text: string;
  translations: Record<string, string>;
  status?: ContributionStatus;
  mergedInto?: string;
  // Minutes after the session started.
  minute: number;
}

// Each in the language its author wrote it in, with Dutch and English translations.
export const demoChallenges: readonly DemoChallenge[] = [
  {
    key: 'dark-park',
    session: 'past',
    author: 'Fatima',
    theme: 'safety',
    language: 'ar',
    text: 'الحديقة مظلمة جدًا في الليل، ولا أشعر بالأمان عندما أعود من العمل.',
    translations: {
      nl: "Het park is 's avonds heel donker en ik voel me niet veilig als ik van mijn werk naar huis kom.",
      en: "The park is very dark at night and I don't feel safe when I come home from work.",
    },
    minute: 12,
  },
  {
    key: 'broken-lights',
    session: 'past',
    author: 'Kwame',
    theme: 'safety',
    language: 'en',
    text: 'The street lights on the path along the river are often broken for weeks, and nobody knows whom to call.',
    translations: {
      nl: 'De straatlantaarns op het pad langs de rivier zijn vaak wekenlang kapot, en niemand weet wie je moet bellen.',
    },
    minute: 14,
  },
  {
    key: 'park-unsafe',
    session: 'past',
    author: 'Jan',
    theme: 'safety',
    language: 'nl',
    text: "Het park is 's nachts niet veilig.",
    translations: { en: 'The park is not safe at night.' },
    status: ContributionStatus.MERGED,
    mergedInto: 'dark-park',
    minute: 15,
  },
  {
    key: 'library-hours',
    session: 'past',
    author: 'Olena',
    theme: 'services',
    language: 'uk',
    text: 'Бібліотека відкрита лише тоді, коли я на роботі. Я працюю змінами і ніколи не можу туди потрапити.',
    translations: {
      nl: 'De bibliotheek is alleen open wanneer ik werk. Ik werk in ploegen en geraak er nooit binnen.',
      en: 'The library is only open when I am at work. I work shifts and can never get there.',
    },
    minute: 16,
  },
  {
    key: 'forms-dutch-only',
    session: 'past',
    author: 'Hamza',
    theme: 'services',
    language: 'fr',
    text: "Les formulaires de la ville n'existent qu'en néerlandais. Pour demander une prime, j'ai dû demander l'aide de mon voisin.",
    translations: {
      nl: 'De formulieren van de stad bestaan alleen in het Nederlands. Om een premie aan te vragen, moest ik mijn buurman om hulp vragen.',
      en: "The city's forms exist only in Dutch. To apply for an allowance, I had to ask my neighbour for help.",
    },
    minute: 18,
  },
  {
    key: 'website-maze',
    session: 'past',
    author: 'Agnieszka',
    theme: 'services',
    language: 'nl',
    text: 'Als nieuwkomer weet je niet aan welk loket je moet zijn; de website van de stad is een doolhof.',
    translations: { en: "As a newcomer you don't know which desk to go to; the city's website is a maze." },
    minute: 21,
  },
  {
    key: 'sports-for-girls',
    session: 'past',
    author: 'Zahra',
    theme: 'meeting',
    language: 'prs',
    text: 'برای دختران ورزش ارزان وجود ندارد. کلاس‌های فوتبال و شنا برای خانواده‌های ما خیلی گران است.',
    translations: {
      nl: 'Er is geen betaalbare sport voor meisjes. Voetbal- en zwemlessen zijn te duur voor onze gezinnen.',
      en: 'There is no affordable sport for girls. Football and swimming lessons are too expensive for our families.',
    },
    minute: 23,
  },
  {
    key: 'no-meeting-place',
    session: 'past',
    author: 'Marleen',
    theme: 'meeting',
    language: 'nl',
    text: 'In onze wijk is er geen plek waar buren elkaar gewoon kunnen ontmoeten zonder iets te moeten kopen.',
    translations: {
      en: 'In our neighbourhood there is no place where neighbours can simply meet without having to buy something.',
    },
    minute: 25,
  },
  {
    key: 'bus-industrial-zone',
    session: 'past',
    author: 'Mehmet',
    theme: 'mobility',
    language: 'tr',
    text: 'Sanayi bölgesine giden otobüs sabah erken ve gece geç saatlerde çalışmıyor. Vardiyama yetişemiyorum.',
    translations: {
      nl: 'De bus naar de industriezone rijdt niet vroeg in de ochtend en niet laat op de avond. Ik haal mijn ploeg niet.',
      en: 'The bus to the industrial zone does not run early in the morning or late at night. I cannot make it to my shift.',
    },
    minute: 27,
  },
  {
    key: 'last-bus',
    session: 'past',
    author: 'Koen',
    theme: 'mobility',
    language: 'nl',
    text: 'De laatste bus van de industriezone naar het centrum vertrekt om negen uur; wie later stopt met werken, moet te voet.',
    translations: {
      en: 'The last bus from the industrial zone to the centre leaves at nine; anyone who finishes work later has to walk.',
    },
    minute: 29,
  },
  {
    key: 'test-note',
    session: 'past',
    author: null,
    theme: null,
    language: 'nl',
    text: 'Test, werkt dit?',
    translations: { en: 'Test, does this work?' },
    status: ContributionStatus.HIDDEN,
    minute: 11,
  },
  {
    key: 'market-benches',
    session: 'live',
    author: 'Ayşe',
    theme: null,
    language: 'tr',
    text: 'Pazar yerinde oturacak bank ve gölge yok; yaşlılar uzun süre ayakta kalamıyor.',
    translations: {
      nl: 'Er zijn geen banken en geen schaduw op het marktplein; ouderen kunnen niet lang blijven staan.',
      en: 'There are no benches and no shade on the market square; older people cannot stand for long.',
    },
    minute: 14,
  },
  {
    key: 'school-app',
    session: 'live',
    author: 'Grace',
    theme: null,
    language: 'en',
    text: 'Parents who do not speak Dutch miss messages from school, because everything goes through one app in Dutch.',
    translations: {
      nl: 'Ouders die geen Nederlands spreken, missen berichten van school, omdat alles via één app in het Nederlands gaat.',
    },
    minute: 17,
  },
  {
    key: 'youth-evenings',
    session: 'live',
    author: 'Fien',
    theme: null,
    language: 'nl',
    text: "Jongeren hebben 's avonds geen plek om samen te zijn, behalve de parking van de supermarkt.",
    translations: { en: 'Young people have nowhere to hang out in the evening except the supermarket car park.' },
    minute: 20,
  },
];

export const demoChallengeId = (key: string): string => {
  const index = demoChallenges.findIndex((c) => c.key === key);
  if (index === -1) throw new Error(`No demo challenge has the key ${key}.`);
  return demoUuid('challenge', index + 1);
};

export class ChallengeSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    // Merged challenges point at others: those come first, in their own flush.
    const rows = demoChallenges.map((c) => {
      const at = minutesAfter(demoSessionStart(calendar, c.session), c.minute);
      return {
        id: demoChallengeId(c.key),
        session: DEMO_IDS.sessions[c.session],
        author: c.author ? demoParticipantId(c.author) : null,
        theme: c.theme ? demoThemeId(c.theme) : null,
        text: c.text,
        language: c.language,
        status: c.status ?? ContributionStatus.VISIBLE,
        mergedInto: c.mergedInto ? demoChallengeId(c.mergedInto) : null,
        createdAt: at,
        updatedAt: at,
      };
    });
    await createMissing(
      em,
      Challenge,
      rows.filter((row) => !row.mergedInto),
    );
    await em.flush();
    await createMissing(
      em,
      Challenge,
      rows.filter((row) => row.mergedInto),
    );
    await em.flush();
    await createMissing(
      em,
      TextTranslation,
      translationRows(
        TranslatableField.CHALLENGE_TEXT,
        demoChallenges.map((c) => ({
          subjectId: demoChallengeId(c.key),
          projectId: DEMO_IDS.project,
          sessionId: DEMO_IDS.sessions[c.session],
          translations: c.translations,
        })),
        1,
      ),
    );
  }
}
