import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

// What the server itself says (server/locales) in Tigrinya, Somali and Dari: the sentence a phone shows for a wrong
// join code, the starter agenda of a new session whose main language is one of these, and, for Dari, the PDF
// report's headings laid out right to left. The expected sentences are written out here, as a reader reads them.

interface Case {
  name: string;
  tag: string;
  // Accept-Language as a phone set to this language sends it.
  acceptLanguage: string;
  wrongCode: string;
  // Title and instructions of the seven standard phases, in order.
  agenda: [title: string, instructions: string][];
}

const CASES: Case[] = [
  {
    name: 'Tigrinya',
    tag: 'ti',
    acceptLanguage: 'ti-ER,ti;q=0.9,en;q=0.5',
    wrongCode: 'ነዚ ኮድ ዝሓዘ ክፉት ኣኼባ የለን። ኣብ ኣዳራሽ ዝረአ ኮድ ርአ እሞ ደጊምካ ፈትን።',
    agenda: [
      ['እንቋዕ ብደሓን መጻእኩም፡ ንፋለጥ', 'ሰላም በል፡ ስምካ ንገረና። እዚ ኣኼባ ከመይ ከም ዝሰርሕ ንገልጸልኩም።'],
      ['ጸገማት ናይ ከባቢ', 'ኣብ ከባቢኻ እንታይ እዩ ከቢድ? ሓደ ጸገም ጽሓፍ። ካብ ሓደ ንላዕሊ ክትጽሕፍ ትኽእል ኢኻ።'],
      ['ጸገማት ብኣርእስቲ ምጉጃል', 'ዝመሳሰሉ ጸገማት ብሓባር ነቐምጦም። ነቲ ሰሌዳ ርአ።'],
      ['ሓሳባት', 'ሓደ ጸገም ምረጽ። እንታይ ከመሓይሾ ይኽእል? ሓሳብካ ጽሓፍ።'],
      ['ብነጥቢ ድምጺ ምሃብ', 'ሒደት ነጥብታት ትረክብ። ነቲ ንዓኻ ዝያዳ ኣገዳሲ ዝኾነ ሃቦም።'],
      ['ካብ ሓሳባት ናብ መደባት', 'ካብቶም ዝበለጹ ሓሳባት ንምምሕዳር ከተማ መደባት ንሰርሕ፦ እንታይ፡ መን፡ መዓስ።'],
      ['ገምጋምን ዝቕጽል ስጉምትታትን', 'ሎሚ ከመይ ነይሩ? ድሕሪ ሕጂ እንታይ ከም ዝኸውን ንነግረካ።'],
    ],
  },
  {
    name: 'Somali',
    tag: 'so',
    acceptLanguage: 'so-SO,so;q=0.9,en;q=0.5',
    wrongCode: 'Ma jiro kulan furan oo koodhkan leh. Hubi koodhka qolka lagu muujiyay oo isku day mar kale.',
    agenda: [
      ['Soo dhawoow iyo is-barasho', 'Salaan oo noo sheeg magacaaga. Waxaan sharraxaynaa sida kulankani u shaqeeyo.'],
      ['Dhibaatooyinka xaafadda', 'Maxaa ku adag xaafaddaada? Qor hal dhibaato. Waxaad qori kartaa wax ka badan hal.'],
      [
        'Dhibaatooyinka oo mawduucyo loo kala qaybiyo',
        'Dhibaatooyinka isku midka ah meel ayaan isugu geynaa. Eeg looxa.',
      ],
      ['Fikrado', 'Dooro dhibaato. Maxaa ka dhigi kara mid ka wanaagsan? Qor fikraddaada.'],
      ['Codeyn dhibco ah', 'Waxaad helaysaa dhowr dhibcood. Sii waxa adiga kuugu muhiimsan.'],
      [
        'Fikradaha ilaa qorshayaal',
        'Fikradaha ugu fiican waxaan ka dhigaynaa qorshayaal loogu talagalay dawladda hoose: maxaa, yaa iyo goorma.',
      ],
      ['Qiimeyn iyo tallaabooyinka xiga', 'Sidee buu ahaa maanta? Waxaan kuu sheegaynaa waxa xiga.'],
    ],
  },
  {
    name: 'Dari',
    tag: 'fa-AF',
    acceptLanguage: 'fa-AF,fa;q=0.9,en;q=0.5',
    wrongCode: 'هیچ جلسهٔ بازی این کود را ندارد. کودی را که در اتاق نشان داده شده بررسی کنید و دوباره کوشش کنید.',
    agenda: [
      ['خوش آمدید و آشنایی', 'سلام کنید و نام خود را بگویید. ما می‌گوییم این جلسه چطور کار می‌کند.'],
      ['مشکلات محل', 'در محلهٔ شما چه چیز سخت است؟ یک مشکل بنویسید. می‌توانید بیشتر از یکی بنویسید.'],
      ['گروه‌بندی مشکلات به موضوع‌ها', 'مشکلاتی را که به هم شبیه هستند با هم می‌گذاریم. به تخته نگاه کنید.'],
      ['ایده‌ها', 'یک مشکل را انتخاب کنید. چه چیز آن را بهتر می‌سازد؟ ایدهٔ خود را بنویسید.'],
      ['رأی‌دادن با نقطه', 'شما چند نقطه می‌گیرید. آن‌ها را به چیزی بدهید که برای شما از همه مهم‌تر است.'],
      ['از ایده‌ها تا پلان‌ها', 'از بهترین ایده‌ها برای شاروالی پلان می‌سازیم: چه کاری، چه کسی و چه وقت.'],
      ['ارزیابی و گام‌های بعدی', 'امروز چطور بود؟ به شما می‌گوییم بعد از این چه می‌شود.'],
    ],
  },
];

const JOIN_PREVIEW = /* GraphQL */ `
  query ($code: String!) {
    joinPreview(code: $code) {
      title
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

// pdf.js does not always find the spaces between right-to-left words, nor keep the zero-width non-joiner Dari
// writes inside words (می‌گوییم); a word or a sentence in the wrong order still fails.
const compact = (text: string): string => text.replace(/[\s\u200c]+/g, '');
// pdf.js reads a right-to-left line back by turning its characters around, and so turns the two letters of the
// lam-alef ligature (one glyph) around too: "مشکلات" comes back as "مشکالت". The order of words and letters is
// still checked; only that one ligature is read back the way pdf.js gives it.
const readBack = (text: string): string => compact(text).replaceAll('لا', 'ال');

describe('server messages in Tigrinya, Somali and Dari', () => {
  let app: TestApp;
  let projectId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const organisation = await app.ok(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`,
      { input: { name: 'Gemeente Mechelen', kind: 'MUNICIPALITY' } },
    );
    const project = await app.ok(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
      {
        input: {
          promoterId: organisation.createOrganisation.organisation.id,
          title: 'Samen in Mechelen',
          grantEuros: 150_000,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        },
      },
    );
    projectId = project.createProject.project.id;
  });
  afterAll(() => app.close());

  const createSession = async (title: string, languages: string[]) =>
    (
      await app.ok(CREATE_SESSION, {
        input: {
          projectId,
          title,
          startsAt: '2026-04-18T13:00:00.000Z',
          durationMinutes: 120,
          location: 'Buurthuis Den Deigem',
          languages,
          capacity: 30,
        },
      })
    ).createSession.session as { id: string; agenda: { kind: string; title: string; instructions: string }[] };

  it.each(CASES)(
    'should tell a phone in $name that no live session has the code when a participant types a wrong one',
    async ({ acceptLanguage, wrongCode }) => {
      const phone = app.client();
      phone.language = acceptLanguage;
      const refused = await phone.graphql(JOIN_PREVIEW, { code: 'QQQQQQ' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(refused.errors?.[0]?.message).toBe(wrongCode);
    },
  );

  it.each(CASES)(
    "should start a new session with the standard agenda in $name when $name is the session's main language",
    async ({ name, tag, agenda }) => {
      // Planned from a Dutch screen: the session's main language decides, not the planner's.
      app.language = 'nl';
      try {
        const session = await createSession(`Werksessie in het ${name}`, [tag, 'nl']);
        expect(session.agenda.map((phase) => phase.kind)).toEqual([
          'WELCOME',
          'CHALLENGES',
          'CLUSTERING',
          'IDEAS',
          'VOTING',
          'STRATEGIES',
          'EVALUATION',
        ]);
        expect(session.agenda.map((phase) => [phase.title, phase.instructions])).toEqual(agenda);
      } finally {
        app.language = undefined;
      }
    },
  );

  it("should write the Dari PDF report's headings right to left, read back in logical order, when a Dari reader downloads it", async () => {
    const session = await createSession('گفتگوی محله در مکلن', ['fa-AF', 'nl']);
    const response = await fetch(`${app.url}/sessions/${session.id}/report.pdf`, {
      headers: {
        cookie: [...app.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'accept-language': 'fa-AF,fa;q=0.9,en;q=0.5',
      },
    });
    expect(response.status).toBe(200);
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const content = compact((await extractText(pdf, { mergePages: true })).text);

    const headings = [
      'گفتگوی محله در مکلن',
      'گزارش جلسه',
      'حالت: پیش‌نویس',
      'حاضری',
      'همهٔ اشتراک‌کنندگان',
      'سهم‌گیری به تفکیک گروه',
      'مشکلات به تفکیک موضوع',
      'هیچ مشکلی ثبت نشد.',
      'دورهای رأی‌دادن',
      'هیچ دور رأی‌دادن برگزار نشد.',
      'پلان‌ها',
      'هیچ پلانی نوشته نشد.',
    ];
    for (const heading of headings) expect(content).toContain(readBack(heading));
    // Laid out left to right, the words of a heading would come back in reverse order.
    expect(content).not.toContain(readBack('موضوع تفکیک به مشکلات'));
    expect(content).not.toContain(readBack('نشد. ثبت مشکلی هیچ'));
    // A date in Persian digits keeps its digits in their order (29 Hamal 1405 is 18 April 2026).
    expect(content).toContain(readBack('تاریخ: ۲۹ حمل ۱۴۰۵'));
    expect(content).not.toContain(readBack('۹۲ حمل ۵۰۴۱'));
    expect(content).not.toContain('Attendance');
    expect(content).not.toContain('Challenges by theme');
  });
  it("should draw the Tigrinya PDF report's headings in a font with Ethiopic letters when a Tigrinya reader downloads it", async () => {
    const session = await createSession('ዘተ ከባቢ ኣብ Mechelen', ['ti', 'nl']);
    const response = await fetch(`${app.url}/sessions/${session.id}/report.pdf`, {
      headers: {
        cookie: [...app.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'accept-language': 'ti-ER,ti;q=0.9,en;q=0.5',
      },
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // DejaVu, the report's font, has no Ethiopic letters: without Noto Sans Ethiopic they are empty boxes.
    expect(Buffer.from(bytes).toString('latin1')).toContain('NotoSansEthiopic-Regular');
    expect(Buffer.from(bytes).toString('latin1')).toContain('NotoSansEthiopic-Bold');
    const content = (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text;
    for (const heading of ['ጸብጻብ ኣኼባ', 'ዘተ ከባቢ ኣብ Mechelen', 'ምህላው', 'ተሳትፎ ብጉጅለ', 'ጸገማት ብኣርእስቲ', 'ዙራት ድምጺ', 'መደባት'])
      expect(content).toContain(heading);
    expect(content).not.toContain('Attendance');
  });
});
