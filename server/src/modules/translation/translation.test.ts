import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInBrowser } from '../../test-support/matrix/tenant.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { createBoardFixture, type BoardFixture } from '../challenge/challenge.fixtures.js';

const TEXT = /* GraphQL */ `
  id field recordId original language missingLanguages
  translations { language text origin machineDraft }
`;
const CHALLENGE = /* GraphQL */ `
  query ($id: ID!, $language: String) {
    challenge(id: $id) {
      id
      translatedText { ${TEXT} forReader(language: $language) { text language isOriginal machineDraft } }
    }
  }
`;
const READ_AS_ASKED = /* GraphQL */ `
  query ($id: ID!) {
    challenge(id: $id) {
      translatedText {
        forReader {
          text
          language
          isOriginal
        }
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
        language
      }
    }
  }
`;
const TRANSLATE = /* GraphQL */ `
  mutation ($input: TranslateTextInput!) { translateText(input: $input) { clientMutationId text { ${TEXT} } } }
`;
const DRAFT = /* GraphQL */ `
  mutation ($input: DraftMachineTranslationsInput!) { draftMachineTranslations(input: $input) { text { ${TEXT} } } }
`;
const APPROVE = /* GraphQL */ `
  mutation ($input: ApproveTranslationInput!) { approveTranslation(input: $input) { text { ${TEXT} } } }
`;
const QUEUE = /* GraphQL */ `
  query ($projectId: ID!, $language: String, $first: Int, $after: String) {
    translationQueue(projectId: $projectId, language: $language, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          missingLanguages
          session {
            id
          }
          text {
            field
            recordId
            original
            language
          }
        }
      }
    }
  }
`;

interface Text {
  field: string;
  original: string;
  language: string;
  missingLanguages: string[];
  translations: { language: string; text: string; origin: string; machineDraft: boolean }[];
}
interface QueueNode {
  id: string;
  missingLanguages: string[];
  text: { field: string; recordId: string; original: string; language: string };
}

const translate = (client: TestClient, recordId: string, language: string, text: string, field = 'CHALLENGE_TEXT') =>
  client.graphql<{ translateText: { text: Text } }>(TRANSLATE, { input: { field, recordId, language, text } });

const PARK_AR = 'الحديقة مظلمة في الليل';
const PARK_NL = "Het park is 's avonds donker";
const PARK_EN = 'The park is dark at night';

describe('translations', () => {
  let app: TestApp;
  let board: BoardFixture;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Vertalingen');
  });
  afterAll(() => app.close());

  const challenge = async (text = PARK_AR, language = 'ar', sessionId = board.sessionId): Promise<string> =>
    (await app.ok(CREATE, { input: { sessionId, text, language } })).createChallenge.challenge.id;
  const read = async (id: string, language?: string) =>
    (await app.ok(CHALLENGE, { id, language })).challenge.translatedText as Text & {
      forReader: { text: string; language: string; isOriginal: boolean; machineDraft: boolean };
    };
  const queue = async (client: TestClient, language?: string, projectId = board.projectId) =>
    (await client.ok(QUEUE, { projectId, language, first: 200 })).translationQueue.edges.map(
      (edge: { node: QueueNode }) => edge.node,
    ) as QueueNode[];

  it('should give each reader the translation into their language and keep the original when a person translated it', async () => {
    const id = await challenge();
    expect((await translate(app, id, 'nl', `  ${PARK_NL}  `)).errors).toBeUndefined();
    await translate(app, id, 'en', PARK_EN);

    const text = await read(id, 'en');
    expect(text.original).toBe(PARK_AR);
    expect(text.language).toBe('ar');
    expect(text.forReader).toEqual({ text: PARK_EN, language: 'en', isOriginal: false, machineDraft: false });
    expect(text.translations).toEqual([
      { language: 'en', text: PARK_EN, origin: 'PERSON', machineDraft: false },
      { language: 'nl', text: PARK_NL, origin: 'PERSON', machineDraft: false },
    ]);
    // The session speaks nl, ar and en: nothing is missing any more.
    expect(text.missingLanguages).toEqual([]);
    expect((await read(id, 'nl-BE')).forReader.text).toBe(PARK_NL);
    expect((await read(id, 'ar')).forReader).toEqual({
      text: PARK_AR,
      language: 'ar',
      isOriginal: true,
      machineDraft: false,
    });
    // Nobody translated it into French: a French reader reads the original.
    expect((await read(id, 'fr')).forReader.isOriginal).toBe(true);
  });

  it("should pick the reader's language from Accept-Language when the query names none", async () => {
    const id = await challenge();
    await translate(app, id, 'en', PARK_EN);
    const participant = await signedInBrowser(app, {
      participantId: board.participantIds[0]!,
      sessionId: board.sessionId,
    });
    participant.language = 'en-GB,ar;q=0.5';
    const seen = await participant.ok(READ_AS_ASKED, { id });
    expect(seen.challenge.translatedText.forReader).toEqual({ text: PARK_EN, language: 'en', isOriginal: false });
  });

  it("should take a translation away when its text is empty and say so in the reader's language when it is the text's own", async () => {
    const id = await challenge();
    await translate(app, id, 'en', PARK_EN);
    await translate(app, id, 'en', '   ');
    expect((await read(id)).translations).toEqual([]);

    const dutch = await signedInBrowser(app, {
      accountId: (await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [], projectIds: [board.projectId] }))
        .accountId,
    });
    dutch.language = 'nl';
    const refused = await translate(dutch, id, 'AR', 'iets');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'Deze tekst is geschreven in het Arabisch; verander de tekst zelf in plaats van een vertaling in dezelfde taal toe te voegen.',
    );
    expect((await read(id)).translations).toEqual([]);
  });

  it("should refuse in the reader's language when a Dutch browser asks for what it may not read", async () => {
    const id = await challenge();
    const stranger = app.client();
    stranger.language = 'nl-BE,en;q=0.5';
    const refused = await stranger.graphql(READ_AS_ASKED, { id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toBe('Meld je eerst aan, of neem eerst deel aan een sessie.');
    // A language the server has no catalog for hears the source, English.
    stranger.language = 'sw';
    expect((await stranger.graphql(READ_AS_ASKED, { id })).errors?.[0]?.message).toBe(
      'Please sign in, or join a session, first.',
    );
  });

  it('should list what still waits for a translation, newest first, per language of its session', async () => {
    const fresh = await createBoardFixture(app.orm, 'Wachtrij');
    const first = await challenge('De bus komt te laat', 'nl', fresh.sessionId);
    const second = await challenge('The library closes too early', 'en', fresh.sessionId);
    const hidden = await challenge('Verborgen', 'nl', fresh.sessionId);
    await app.ok(
      `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
      {
        input: { challengeId: hidden, status: 'HIDDEN' },
      },
    );

    const all = await queue(app, undefined, fresh.projectId);
    const lines = all.map((node) => `${node.text.field} ${node.text.original} → ${node.missingLanguages.join(' ')}`);
    // Both sessions' titles (written in nl, the sessions' main language), the two visible challenges; not the hidden one.
    expect(lines.toSorted()).toEqual([
      'CHALLENGE_TEXT De bus komt te laat → ar en',
      'CHALLENGE_TEXT The library closes too early → nl ar',
      'SESSION_TITLE Workshop 1 → ar en',
      'SESSION_TITLE Workshop 2 → ar en',
    ]);
    // Newest first: the second challenge was written after the first.
    const order = all.map((node) => node.text.recordId);
    expect(order.indexOf(second)).toBeLessThan(order.indexOf(first));

    await translate(app, first, 'en', 'The bus is late');
    const english = await queue(app, 'en', fresh.projectId);
    expect(english.map((node) => node.text.original).toSorted()).toEqual(['Workshop 1', 'Workshop 2']);
    const arabic = await queue(app, 'ar', fresh.projectId);
    expect(arabic.find((node) => node.text.recordId === first)?.missingLanguages).toEqual(['ar']);
  });

  it('should answer NOT_FOUND, not an internal error, when the queue is asked for a project id that is no UUID', async () => {
    const result = await app.graphql(QUEUE, { projectId: 'text', first: 3 });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('should page the queue by cursor without skipping or repeating a text', async () => {
    const fresh = await createBoardFixture(app.orm, 'Bladzijden');
    for (const n of [1, 2, 3, 4, 5]) await challenge(`Probleem ${n}`, 'nl', fresh.sessionId);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: {
        translationQueue: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: QueueNode }[];
        };
      } = await app.ok(QUEUE, { projectId: fresh.projectId, first: 2, after });
      expect(data.translationQueue.totalCount).toBe(7);
      seen.push(...data.translationQueue.edges.map((edge) => edge.node.id));
      if (!data.translationQueue.pageInfo.hasNextPage) break;
      after = data.translationQueue.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('should let a translator translate and read its one project, and nothing else', async () => {
    const translator = await app.staff({
      role: StaffRole.TRANSLATOR,
      organisationIds: [],
      projectIds: [board.projectId],
    });
    const id = await challenge();
    expect((await translate(translator, id, 'nl', PARK_NL)).errors).toBeUndefined();
    expect((await queue(translator)).length).toBeGreaterThan(0);
    const sessionTitle = await translate(translator, board.sessionId, 'ar', 'ورشة 1', 'SESSION_TITLE');
    expect(sessionTitle.data?.translateText.text.translations).toEqual([
      { language: 'ar', text: 'ورشة 1', origin: 'PERSON', machineDraft: false },
    ]);

    const elsewhere = await createBoardFixture(app.orm, 'Elders vertalen');
    const theirs = await challenge('Elders', 'nl', elsewhere.sessionId);
    const refusals = await Promise.all([
      translate(translator, theirs, 'en', 'Elsewhere'),
      translator.graphql(QUEUE, { projectId: elsewhere.projectId }),
      translator.graphql(CREATE, { input: { sessionId: board.sessionId, text: 'Eigen klacht', language: 'nl' } }),
      translator.graphql(
        `mutation ($input: UpdateChallengeInput!) { updateChallenge(input: $input) { challenge { id } } }`,
        { input: { challengeId: id, text: 'Anders' } },
      ),
    ]);
    expect(refusals.map((result) => result.errors?.[0]?.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect((await read(theirs)).translations).toEqual([]);
  });

  it('should invite a translator into exactly one project', async () => {
    const invite = (projectIds: string[]) =>
      app.graphql(
        `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { invitation { id role } } }`,
        {
          input: {
            email: `vertaler${projectIds.length}@test.example`,
            role: 'TRANSLATOR',
            organisationId: board.organisationId,
            projectIds,
          },
        },
      );
    const second = await createBoardFixture(app.orm, 'Tweede project');
    const two = await invite([board.projectId, second.projectId]);
    expect(two.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await invite([])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const one = await invite([board.projectId]);
    expect(one.errors).toBeUndefined();
    expect(one.data?.createInvitation.invitation.role).toBe('TRANSLATOR');
  });

  it('should say that no machine translation is set up when none is configured', async () => {
    const id = await challenge();
    const result = await app.graphql(DRAFT, { input: { field: 'CHALLENGE_TEXT', recordId: id } });
    expect(result.errors?.[0]?.extensions?.code).toBe('MACHINE_TRANSLATION_OFF');
    expect((await app.ok('{ machineTranslationAvailable }')).machineTranslationAvailable).toBe(false);
  });

  it("should take a phase's translations away with the phase when the agenda drops it", async () => {
    const fresh = await createBoardFixture(app.orm, 'Agenda');
    const set = (phases: object[]) =>
      app.ok(
        `mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { agenda { id title instructions translatedInstructions { translations { language } } } } } }`,
        { input: { sessionId: fresh.sessionId, phases } },
      );
    const before = await set([
      { kind: 'WELCOME', title: 'Welkom', durationMinutes: 10, instructions: 'Zeg hallo.' },
      { kind: 'CHALLENGES', title: 'Uitdagingen', durationMinutes: 20 },
    ]);
    const [welcome, challenges] = before.setSessionAgenda.session.agenda as { id: string; instructions: string }[];
    expect(welcome?.instructions).toBe('Zeg hallo.');
    await translate(app, welcome!.id, 'en', 'Say hello.', 'AGENDA_PHASE_INSTRUCTIONS');
    await translate(app, welcome!.id, 'en', 'Welcome', 'AGENDA_PHASE_TITLE');
    await set([{ id: challenges!.id, kind: 'CHALLENGES', title: 'Uitdagingen', durationMinutes: 20 }]);
    const left = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ count: number }[]>('select count(*)::int as count from text_translation where subject_id = ?', [
        welcome!.id,
      ]);
    expect(left[0]?.count).toBe(0);
  });
});

describe('machine translation', () => {
  let app: TestApp;
  let board: BoardFixture;
  let service: Server;
  const asked: { source: string; target: string; q: string; api_key?: string }[] = [];
  let failing = false;

  beforeAll(async () => {
    // A stand-in for a self-hosted LibreTranslate: it answers POST /translate as LibreTranslate does.
    service = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const json = JSON.parse(body) as { q: string; source: string; target: string; api_key?: string };
        asked.push(json);
        if (request.url !== '/translate' || failing) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: 'the model is not loaded' }));
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ translatedText: `[${json.target}] ${json.q}` }));
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const { port } = service.address() as AddressInfo;
    app = await createTestApp({
      config: { MACHINE_TRANSLATION_URL: `http://127.0.0.1:${port}/`, MACHINE_TRANSLATION_API_KEY: 'sleutel' },
    });
    board = await createBoardFixture(app.orm, 'Machine');
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => service.close(resolve));
  });

  const challenge = async (text: string, language: string): Promise<string> =>
    (await app.ok(CREATE, { input: { sessionId: board.sessionId, text, language } })).createChallenge.challenge.id;

  it('should draft the missing languages as machine drafts until a person approves or corrects them', async () => {
    const id = await challenge('المكتبة تغلق مبكرا', 'ar');
    asked.length = 0;
    const drafted = (await app.ok(DRAFT, { input: { field: 'CHALLENGE_TEXT', recordId: id } })).draftMachineTranslations
      .text as Text;
    expect(asked.map(({ source, target, api_key }) => `${source}→${target} ${api_key}`).toSorted()).toEqual([
      'ar→en sleutel',
      'ar→nl sleutel',
    ]);
    expect(drafted.translations).toEqual([
      { language: 'en', text: '[en] المكتبة تغلق مبكرا', origin: 'MACHINE', machineDraft: true },
      { language: 'nl', text: '[nl] المكتبة تغلق مبكرا', origin: 'MACHINE', machineDraft: true },
    ]);
    // A draft waits for a person: both languages are still missing, and a reader is told it is a machine draft.
    expect(drafted.missingLanguages).toEqual(['nl', 'en']);
    const reader = (await app.ok(CHALLENGE, { id, language: 'nl' })).challenge.translatedText.forReader;
    expect(reader).toEqual({ text: '[nl] المكتبة تغلق مبكرا', language: 'nl', isOriginal: false, machineDraft: true });

    const approved = (await app.ok(APPROVE, { input: { field: 'CHALLENGE_TEXT', recordId: id, language: 'nl' } }))
      .approveTranslation.text as Text;
    expect(approved.translations.find((t) => t.language === 'nl')).toEqual({
      language: 'nl',
      text: '[nl] المكتبة تغلق مبكرا',
      origin: 'MACHINE',
      machineDraft: false,
    });
    const corrected = (
      await app.ok(TRANSLATE, {
        input: { field: 'CHALLENGE_TEXT', recordId: id, language: 'en', text: 'The library closes early' },
      })
    ).translateText.text as Text;
    expect(corrected.translations.find((t) => t.language === 'en')?.origin).toBe('PERSON');
    expect(corrected.missingLanguages).toEqual([]);

    // Nothing is left to draft, and a person's translation is never replaced by one.
    asked.length = 0;
    await app.ok(DRAFT, { input: { field: 'CHALLENGE_TEXT', recordId: id, languages: ['en'] } });
    expect(asked).toEqual([]);
    expect((await app.ok('{ machineTranslationAvailable }')).machineTranslationAvailable).toBe(true);
  });

  it('should give the challenges and ideas of a board the translations each gives alone, read with the board itself', async () => {
    const id = await challenge('الملعب مغلق في المساء', 'ar');
    const idea = (
      await app.ok(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`, {
        input: { challengeId: id, text: 'افتحوا الملعب حتى التاسعة', language: 'ar' },
      })
    ).createIdea.idea.id as string;
    // Machine drafts into English and Dutch for both, Dutch approved for the challenge, English by a person for the idea.
    await app.ok(DRAFT, { input: { field: 'CHALLENGE_TEXT', recordId: id } });
    await app.ok(DRAFT, { input: { field: 'IDEA_TEXT', recordId: idea } });
    await app.ok(APPROVE, { input: { field: 'CHALLENGE_TEXT', recordId: id, language: 'nl' } });
    await translate(app, idea, 'en', 'Open the pitch until nine', 'IDEA_TEXT');
    const SHOWN = 'translations { language text origin machineDraft updatedAt }';

    const alone = await app.ok<{ challenge: { translations: unknown[] }; idea: { translations: unknown[] } }>(
      `query ($id: ID!, $idea: ID!) { challenge(id: $id) { ${SHOWN} } idea(id: $idea) { ${SHOWN} } }`,
      { id, idea },
    );
    app.resetQueries();
    const listed = await app.ok(
      `query ($id: ID!) { session(id: $id) { challenges(first: 100, includeCarried: true) { edges { node {
         id ${SHOWN} ideas(first: 100) { edges { node { id ${SHOWN} } } } } } } } }`,
      { id: board.sessionId },
    );
    const node = listed.session.challenges.edges.find((edge: { node: { id: string } }) => edge.node.id === id).node;

    expect(alone.challenge.translations).toHaveLength(2);
    expect(alone.idea.translations).toHaveLength(2);
    expect(node.translations).toEqual(alone.challenge.translations);
    expect(node.ideas.edges.find((edge: { node: { id: string } }) => edge.node.id === idea).node.translations).toEqual(
      alone.idea.translations,
    );
    // The board's statements bring the translations: none reads them again by the ids of what the board holds.
    expect(app.queries.filter((sql) => /from text_translation/.test(sql) && !/json_agg/.test(sql))).toEqual([]);
  });

  it('should keep nothing and say so when the service fails', async () => {
    const id = await challenge('Trop de bruit la nuit', 'fr');
    failing = true;
    try {
      const result = await app.graphql(DRAFT, { input: { field: 'CHALLENGE_TEXT', recordId: id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('MACHINE_TRANSLATION_FAILED');
    } finally {
      failing = false;
    }
    expect((await app.ok(CHALLENGE, { id })).challenge.translatedText.translations).toEqual([]);
  });
});
