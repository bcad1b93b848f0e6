import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../../modules/account/account.entity.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { msg, translate } from './messages.js';

// What the server says in French, Turkish, Arabic and Ukrainian (server/locales/{fr,tr,ar,uk}): an error on a phone
// that typed a wrong code, the starter agenda of a session held in that language, plural forms, and the Arabic
// report's headings in the PDF. Every expected sentence is written out here, as a reader of that language reads it.

const JOIN = /* GraphQL */ `
  mutation ($input: JoinSessionInput!) {
    joinSession(input: $input) {
      participant {
        id
      }
    }
  }
`;
const CREATE_SESSION = /* GraphQL */ `
  mutation ($input: CreateSessionInput!) {
    createSession(input: $input) {
      session {
        id
        agenda {
          kind
          title
          instructions
        }
      }
    }
  }
`;

interface Language {
  tag: string;
  // How a browser set to the language asks.
  acceptLanguage: string;
  wrongCode: string;
  // The seven phase titles of the standard agenda, in order, and the instructions of its challenges phase.
  titles: string[];
  challengesInstructions: string;
  // The rate-limit answer to a phone that typed too many wrong codes, for a wait of 2 and of 5 minutes.
  waitTwoMinutes: string;
  waitFiveMinutes: string;
}

const LANGUAGES: Language[] = [
  {
    tag: 'fr',
    acceptLanguage: 'fr-BE,fr;q=0.9,nl;q=0.5',
    wrongCode: 'Aucune session en cours n’a ce code. Vérifiez le code affiché dans la salle et réessayez.',
    titles: [
      'Bienvenue et présentations',
      'Les défis du quartier',
      'Regrouper les défis par thème',
      'Idées',
      'Vote avec des points',
      'Des idées aux stratégies',
      'Bilan et prochaines étapes',
    ],
    challengesInstructions:
      'Qu’est-ce qui est difficile dans votre quartier ? Écrivez un problème. Vous pouvez en écrire plusieurs.',
    waitTwoMinutes: 'Trop de codes erronés depuis cet appareil. Attendez 2 minutes et réessayez.',
    waitFiveMinutes: 'Trop de codes erronés depuis cet appareil. Attendez 5 minutes et réessayez.',
  },
  {
    tag: 'tr',
    acceptLanguage: 'tr-TR,tr;q=0.9',
    wrongCode: 'Açık olan hiçbir oturumun bu kodu yok. Salonda gösterilen kodu kontrol edip tekrar deneyin.',
    titles: [
      'Hoş geldiniz ve tanışma',
      'Mahalledeki sorunlar',
      'Sorunları temalara ayırma',
      'Fikirler',
      'Noktalarla oylama',
      'Fikirlerden stratejilere',
      'Değerlendirme ve sonraki adımlar',
    ],
    challengesInstructions: 'Mahallenizde ne zor? Bir sorun yazın. Birden fazla da yazabilirsiniz.',
    waitTwoMinutes: 'Bu cihazdan çok fazla yanlış kod girildi. Lütfen 2 dakika bekleyip tekrar deneyin.',
    waitFiveMinutes: 'Bu cihazdan çok fazla yanlış kod girildi. Lütfen 5 dakika bekleyip tekrar deneyin.',
  },
  {
    tag: 'ar',
    acceptLanguage: 'ar,en;q=0.5',
    wrongCode: 'لا توجد جلسة جارية بهذا الرمز. تحقّق من الرمز المعروض في القاعة وحاول مرة أخرى.',
    titles: [
      'الترحيب والتعارف',
      'تحديات الحي',
      'تجميع التحديات في مواضيع',
      'الأفكار',
      'التصويت بالنقاط',
      'من الأفكار إلى الاستراتيجيات',
      'التقييم والخطوات التالية',
    ],
    challengesInstructions: 'ما الصعب في حيّك؟ اكتب مشكلة واحدة. يمكنك أن تكتب أكثر من مشكلة.',
    // Arabic says two of a thing with the dual, without the number; three to ten with the plural.
    waitTwoMinutes: 'رموز خاطئة كثيرة جدًا من هذا الجهاز. انتظر دقيقتين وحاول مرة أخرى من فضلك.',
    waitFiveMinutes: 'رموز خاطئة كثيرة جدًا من هذا الجهاز. انتظر 5 دقائق وحاول مرة أخرى من فضلك.',
  },
  {
    tag: 'uk',
    acceptLanguage: 'uk-UA,uk;q=0.9,en;q=0.3',
    wrongCode: 'Жодна відкрита сесія не має такого коду. Перевірте код, який показано в залі, і спробуйте ще раз.',
    titles: [
      'Вітання і знайомство',
      'Проблеми нашого району',
      'Групуємо проблеми за темами',
      'Ідеї',
      'Голосування крапками',
      'Від ідей до стратегій',
      'Підсумки і наступні кроки',
    ],
    challengesInstructions: 'Що важко у вашому районі? Напишіть одну проблему. Можна написати більше.',
    // Ukrainian: "2 хвилини" (few), "5 хвилин" (many).
    waitTwoMinutes:
      'Забагато неправильних кодів із цього пристрою. Будь ласка, зачекайте 2 хвилини і спробуйте ще раз.',
    waitFiveMinutes:
      'Забагато неправильних кодів із цього пристрою. Будь ласка, зачекайте 5 хвилин і спробуйте ще раз.',
  },
];

// The Arabic PDF's text as pdf.js gives it back (it puts a line's visual order back into logical order), with its
// spaces made single and in Unicode's canonical form (a letter's shadda and fatha may come back in the other,
// equivalent order). A word in the wrong place, or two words drawn without the space between them, fails.
const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ');

describe("the server in the reader's language: French, Turkish, Arabic and Ukrainian", () => {
  let app: TestApp;
  let organisationId: string;
  let projectId: string;

  beforeAll(async () => {
    app = await createTestApp();
    organisationId = (
      await app.ok(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
        { input: { name: 'Gemeente Genk', kind: 'MUNICIPALITY' } },
      )
    ).createOrganisation.organisation.id;
    projectId = (
      await app.ok(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`, {
        input: {
          promoterId: organisationId,
          title: 'Samen in Genk',
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      })
    ).createProject.project.id;
  });
  afterAll(() => app.close());

  const sessionInput = (languages: string[]) => ({
    projectId,
    title: 'Buurtgesprek',
    startsAt: '2026-03-14T09:30:00.000Z',
    durationMinutes: 120,
    location: 'Buurthuis De Kolonie',
    languages,
    capacity: 25,
  });

  it.each(LANGUAGES)(
    'should tell a phone in $tag that no session has the code when the code it typed is wrong',
    async ({ acceptLanguage, wrongCode }) => {
      const phone = app.client();
      phone.language = acceptLanguage;
      const refused = await phone.graphql(JOIN, {
        input: { code: 'ZZZ-ZZZ', language: 'nl', consent: { textVersion: 'v1', research: false } },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(refused.errors?.[0]?.message).toBe(wrongCode);
    },
  );

  it.each(LANGUAGES)(
    "should write a new session's default agenda in $tag when $tag is the session's main language",
    async ({ tag, titles, challengesInstructions }) => {
      // A Dutch-speaking facilitator plans it: the starter texts follow the session, not the planner.
      const planner = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [organisationId],
        projectIds: [projectId],
      });
      planner.language = 'nl';
      const { session } = (await planner.ok(CREATE_SESSION, { input: sessionInput([tag, 'nl']) })).createSession;
      expect(session.agenda.map((phase: { title: string }) => phase.title)).toEqual(titles);
      const challenges = session.agenda.find((phase: { kind: string }) => phase.kind === 'CHALLENGES');
      expect(challenges.instructions).toBe(challengesInstructions);
    },
  );

  it.each(LANGUAGES)(
    "should say a wait of 2 and of 5 minutes with $tag's own plural forms when a phone typed too many wrong codes",
    ({ tag, waitTwoMinutes, waitFiveMinutes }) => {
      const tooMany = (minutes: number) =>
        translate(msg('common:rateLimited.JOIN_CODES', { wait: msg('common:wait.minutes', { count: minutes }) }), tag);
      expect(tooMany(2)).toBe(waitTwoMinutes);
      expect(tooMany(5)).toBe(waitFiveMinutes);
    },
  );

  it("should write the PDF report's Arabic headings in logical order when the browser reads Arabic", async () => {
    const { session } = (await app.ok(CREATE_SESSION, { input: sessionInput(['ar', 'nl']) })).createSession;
    const reader = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [organisationId],
      projectIds: [projectId],
    });
    reader.language = 'ar';
    const response = await fetch(`${app.url}/sessions/${session.id}/report.pdf`, {
      headers: {
        cookie: [...reader.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'accept-language': reader.language,
      },
    });
    expect(response.status).toBe(200);
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const content = normalise((await extractText(pdf, { mergePages: true })).text);
    // Words with the lam-alef ligature ("لا", as in "جولات") are left out: pdf.js gives that one glyph back as its two
    // letters the other way round.
    for (const heading of [
      'تقرير الجلسة',
      'الحضور',
      'مواطنو بلدان ثالثة',
      'العائدون (حضروا جلسة سابقة من المشروع)',
      'كل المشاركين',
      'المساهمات حسب المجموعة',
      // A table heading broken over two lines of its narrow column, each line still in logical order.
      'النقاط المعطاة في التطبيق',
      'التحديات حسب الموضوع',
      'لم تُسجَّل أي تحديات.',
    ])
      expect(content).toContain(normalise(heading));
    // Laid out left to right, the words of a heading would come out the other way round.
    expect(content).not.toContain(normalise('الموضوع حسب التحديات'));
    expect(content).not.toContain('Challenges by theme');
  });
});
