import { randomUUID } from 'node:crypto';
import type { GraphQLNamedType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../core/schema.js';
import { graphql } from '../../test-support/matrix/graphql.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { createOutcomeFixture, type OutcomeFixture } from './outcome.fixtures.js';

const { getNamedType, isObjectType, isLeafType } = graphql;

// The types the public pages may show, each reviewed for personal data: adding a type to what `publicProject`
// reaches fails the walk below until it is reviewed and added here.
const PUBLIC_TYPES = [
  'OutcomeFigures',
  'PublicAction',
  'PublicAnswer',
  'PublicChallenge',
  'PublicIdea',
  'PublicProject',
  'PublicSession',
  'PublicStrategy',
  'PublicTheme',
  'PublicTranslation',
  'PublicUpdate',
  'WaitingAge',
];

// Types that hold people, and field names that say something about a person: none may be reachable.
const PEOPLE_TYPES = ['Participant', 'Account', 'Consent', 'Attendance', 'Vote', 'Invitation', 'AuditEntry'];
const PERSONAL_FIELDS =
  /^(pseudonym|background|ageBand|author|authors|participant|participants|participantId|personalCode|consents?|email|displayName|actor|postedBy|votes?|dotsUsedBy|attendance|sessionsAttended)$/i;

// Every field reachable from a type, as `Type.field`, with the types reached.
function walk(schema: GraphQLSchema, from: GraphQLNamedType): { fields: string[]; types: Set<string> } {
  const types = new Set<string>();
  const fields: string[] = [];
  const visit = (type: GraphQLNamedType) => {
    if (types.has(type.name) || !isObjectType(type)) return;
    types.add(type.name);
    for (const field of Object.values(type.getFields())) {
      fields.push(`${type.name}.${field.name}`);
      visit(getNamedType(field.type));
    }
  };
  visit(from);
  return { fields, types };
}

// A selection of every field reachable from a type, to ask for all of it at once.
function selectAll(type: GraphQLNamedType, seen: string[] = []): string {
  if (!isObjectType(type)) return '';
  return Object.values(type.getFields())
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      if (seen.includes(named.name)) return '';
      return `${field.name} { ${selectAll(named, [...seen, type.name])} }`;
    })
    .filter(Boolean)
    .join(' ');
}

describe('outcome pages', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let fixture: OutcomeFixture;
  let everything: string;

  beforeAll(async () => {
    app = await createTestApp();
    schema = await buildAppSchema();
    fixture = await createOutcomeFixture(app.orm);
    everything = selectAll(schema.getType('PublicProject')!);
  });
  afterAll(() => app.close());

  const anonymous = () => app.client();
  const readAll = (id: string) =>
    anonymous().graphql<{ publicProject: unknown }>(`query ($id: ID!) { publicProject(id: $id) { ${everything} } }`, {
      id,
    });

  describe('publicProject holds no personal data', () => {
    it('should reach only reviewed public types and no field about a person when its type graph is walked', () => {
      const query = schema.getQueryType()!.getFields();
      const reached = new Set<string>();
      const fields: string[] = [];
      for (const name of ['publicProject', 'publicProjects']) {
        const found = walk(schema, getNamedType(query[name]!.type));
        found.types.forEach((type) => reached.add(type));
        fields.push(...found.fields);
      }
      expect([...reached].toSorted()).toEqual(PUBLIC_TYPES);
      expect(PEOPLE_TYPES.filter((type) => reached.has(type))).toEqual([]);
      expect(fields.filter((field) => PERSONAL_FIELDS.test(field.split('.')[1]!))).toEqual([]);
      // The walk saw the whole page: the project, its sessions, their board, strategies, answers and timelines.
      expect(fields).toEqual(
        expect.arrayContaining([
          'PublicProject.sessions',
          'PublicSession.themes',
          'PublicTheme.challenges',
          'PublicChallenge.ideas',
          'PublicSession.strategies',
          'PublicStrategy.answer',
          'PublicStrategy.updates',
          'PublicAction.progress',
        ]),
      );
    });

    it('should answer every field of a public project to anyone without one personal value in it', async () => {
      const result = await readAll(fixture.projectId);
      expect(result.errors).toBeUndefined();
      const text = JSON.stringify(result.data);
      expect(fixture.personal.filter((value) => text.includes(value))).toEqual([]);
      // It did answer: the shown texts are there.
      expect(text).toContain('الحديقة مظلمة');
      expect(text).toContain('Lampen langs het pad');
      expect(text).toContain('De eerste wandeling is gelopen.');
    });
  });

  describe('what shows and what never does', () => {
    it('should show the board of the closed session by theme, its strategy with answer and timeline newest on top', async () => {
      const data = await anonymous().ok(
        `query ($id: ID!) {
          publicProject(id: $id) {
            title promoter
            sessions {
              id title status
              themes { id title challenges { id text language translations { language text } ideas { id text } } }
              unthemedChallenges { id text ideas { id } }
              strategies {
                id title ideas { id }
                actions { id what progress }
                answer { decision reason responsible plannedFor translations { language text } }
                updates { status text link actionId translations { language text } }
              }
            }
          }
        }`,
        { id: fixture.projectId },
      );
      const project = data.publicProject;
      expect(project.title).toBe('Samen aan tafel');
      expect(project.promoter).toBe('Gemeente Samen aan tafel');
      // The draft session is nobody's yet; the live one shows, without its board.
      expect(project.sessions.map((s: { title: string; status: string }) => [s.title, s.status])).toEqual([
        ['Eerste werksessie', 'CLOSED'],
        ['Tweede werksessie', 'LIVE'],
      ]);
      const [closed, live] = project.sessions;
      expect(live).toMatchObject({ themes: [], unthemedChallenges: [], strategies: [] });
      // Only Amina's challenge in the theme: the merged-away one, the hidden one and Bram's are left out.
      expect(closed.themes).toEqual([
        {
          id: fixture.themeId,
          title: 'Veiligheid',
          challenges: [
            {
              id: fixture.shown.themedChallengeId,
              text: 'الحديقة مظلمة',
              language: 'ar',
              translations: [
                { language: 'en', text: 'The park is dark' },
                { language: 'nl', text: 'Het park is donker' },
              ],
              // The hidden idea is left out.
              ideas: [{ id: fixture.shown.ideaId, text: 'Lampen langs het pad' }],
            },
          ],
        },
      ]);
      // Bram's idea on the bench challenge is left out too.
      expect(closed.unthemedChallenges).toEqual([
        { id: fixture.shown.unthemedChallengeId, text: 'Geen bankjes op het plein', ideas: [] },
      ]);
      // The draft strategy is not the municipality's yet; of the strategy's three ideas one is shown.
      expect(closed.strategies).toEqual([
        {
          id: fixture.shown.strategyId,
          title: 'Een verlicht park',
          ideas: [{ id: fixture.shown.ideaId }],
          actions: [
            { id: fixture.actionIds[0], what: 'Lampen plaatsen', progress: 'PLANNED' },
            { id: fixture.actionIds[1], what: 'Een avondwandeling', progress: 'DONE' },
          ],
          answer: {
            decision: 'PARTLY_ADOPTED',
            reason: 'De lampen komen er; de wandeling steunt de stad met materiaal.',
            responsible: 'Dienst Openbaar Domein',
            plannedFor: '2027-03-31',
            translations: [
              { language: 'en', text: 'The lights will come; the city supports the walk with equipment.' },
            ],
          },
          updates: [
            {
              status: 'DONE',
              text: 'De eerste wandeling is gelopen.',
              link: 'https://example.org/wandeling',
              actionId: fixture.actionIds[1],
              // The French machine draft nobody approved is left out.
              translations: [{ language: 'en', text: 'The first walk took place.' }],
            },
            { status: 'PLANNED', text: 'De werken starten in maart.', link: null, actionId: null, translations: [] },
          ],
        },
      ]);
    });

    it('should never show a hidden, merged-away or withdrawn contribution, a draft or a live board anywhere', async () => {
      const text = JSON.stringify((await readAll(fixture.projectId)).data);
      const leaked = Object.entries(fixture.neverShown).filter(([, value]) => text.includes(value));
      expect(leaked).toEqual([]);
    });

    it('should show a live board once the session closes, without what the facilitator hid while it was live', async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Een sessie die sluit' });
      const board = await app.ok(
        `query ($id: ID!) { session(id: $id) { challenges { edges { node { id text } } } } }`,
        { id: own.liveSessionId },
      );
      const [challenge] = board.session.challenges.edges.map((e: { node: { id: string } }) => e.node);
      await app.ok(
        `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
        { input: { challengeId: challenge.id, status: 'HIDDEN' } },
      );
      await app.ok(`mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`, {
        input: { sessionId: own.liveSessionId, text: 'Een nieuwe uitdaging van vanavond', language: 'nl' },
      });
      await app.ok(
        `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }`,
        { input: { sessionId: own.liveSessionId, status: 'CLOSED' } },
      );
      const text = JSON.stringify((await readAll(own.projectId)).data);
      expect(text).toContain('Een nieuwe uitdaging van vanavond');
      expect(text).not.toContain(challenge.text);
    });
  });

  describe('a project that is not public', () => {
    it('should refuse anyone its outcome page and leave it out of the list', async () => {
      const closed = await createOutcomeFixture(app.orm, { title: 'Nog niet openbaar', outcomesPublic: false });
      const visitor = anonymous();
      const result = await visitor.graphql(`query ($id: ID!) { publicProject(id: $id) { id title } }`, {
        id: closed.projectId,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data?.publicProject ?? null).toBeNull();
      const list = await visitor.ok('{ publicProjects { id title } }');
      expect(list.publicProjects.map((p: { id: string }) => p.id)).not.toContain(closed.projectId);
      expect(list.publicProjects.map((p: { id: string }) => p.id)).toContain(fixture.projectId);
      // Signed-in staff of another municipality get no more than anyone.
      const stranger = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [fixture.municipalityId] });
      const asStaff = await stranger.graphql(`query ($id: ID!) { publicProject(id: $id) { id title } }`, {
        id: closed.projectId,
      });
      expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(asStaff)).not.toContain('Nog niet openbaar');
    });

    it('should answer NOT_FOUND for a project that does not exist', async () => {
      const result = await anonymous().graphql(`query ($id: ID!) { publicProject(id: $id) { id } }`, {
        id: randomUUID(),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('setOutcomesPublic', () => {
    const SET = /* GraphQL */ `
      mutation ($input: SetOutcomesPublicInput!) {
        setOutcomesPublic(input: $input) {
          project {
            id
            outcomesPublic
          }
        }
      }
    `;

    it('should start a new project closed, and open and close it for its municipality only', async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Een nieuw traject', outcomesPublic: false });
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [own.municipalityId] });
      const opened = await reviewer.ok(SET, { input: { projectId: own.projectId, outcomesPublic: true } });
      expect(opened.setOutcomesPublic.project).toEqual({ id: own.projectId, outcomesPublic: true });
      expect(
        (await anonymous().ok(`query ($id: ID!) { publicProject(id: $id) { id } }`, { id: own.projectId }))
          .publicProject.id,
      ).toBe(own.projectId);
      await reviewer.ok(SET, { input: { projectId: own.projectId, outcomesPublic: false } });
      const closed = await anonymous().graphql(`query ($id: ID!) { publicProject(id: $id) { id } }`, {
        id: own.projectId,
      });
      expect(closed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should refuse a reviewer of another municipality with FORBIDDEN and change nothing', async () => {
      const other = await createOutcomeFixture(app.orm, { title: 'Van een andere gemeente', outcomesPublic: false });
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [fixture.municipalityId] });
      const result = await reviewer.graphql(SET, { input: { projectId: other.projectId, outcomesPublic: true } });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const still = await app.ok(`query ($id: ID!) { project(id: $id) { outcomesPublic } }`, { id: other.projectId });
      expect(still.project.outcomesPublic).toBe(false);
    });
  });

  describe('what came of it, for a participant with their card', () => {
    const SIGN_IN = /* GraphQL */ `
      mutation ($input: SignInWithPersonalCodeInput!) {
        signInWithPersonalCode(input: $input) {
          participant {
            id
          }
          session {
            id
          }
        }
      }
    `;
    const MINE = /* GraphQL */ `
      query ($projectId: ID!) {
        myOutcomes(projectId: $projectId) {
          projectTitle
          lastSeenAt
          changedCount
          sessions {
            session {
              id
              title
            }
            challenges {
              id
              text
            }
            ideas {
              id
              text
            }
            strategies {
              id
              title
              answer {
                decision
              }
              updates {
                text
              }
            }
            changedStrategyIds
          }
        }
      }
    `;
    const SEEN = /* GraphQL */ `
      mutation ($input: MarkOutcomesSeenInput!) {
        markOutcomesSeen(input: $input) {
          outcomes {
            changedCount
            lastSeenAt
          }
        }
      }
    `;

    it('should show a participant their contributions and the strategies built on them, with a badge until they look', async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Met mijn kaart', outcomesPublic: false });
      const phone = anonymous();
      const signedIn = await phone.ok(SIGN_IN, {
        input: { projectId: own.projectId, personalCode: own.amina.personalCode.toLowerCase() },
      });
      // Bound to the last session she took part in.
      expect(signedIn.signInWithPersonalCode).toEqual({
        participant: { id: own.amina.id },
        session: { id: own.liveSessionId },
      });
      const mine = (await phone.ok(MINE, { projectId: own.projectId })).myOutcomes;
      expect(mine).toMatchObject({ projectTitle: 'Met mijn kaart', lastSeenAt: null, changedCount: 1 });
      expect(mine.sessions).toEqual([
        {
          session: { id: own.liveSessionId, title: 'Tweede werksessie' },
          challenges: [],
          ideas: [],
          strategies: [],
          changedStrategyIds: [],
        },
        {
          session: { id: own.closedSessionId, title: 'Eerste werksessie' },
          challenges: [{ id: own.shown.themedChallengeId, text: 'الحديقة مظلمة' }],
          ideas: [{ id: own.shown.ideaId, text: 'Lampen langs het pad' }],
          strategies: [
            {
              id: own.shown.strategyId,
              title: 'Een verlicht park',
              answer: { decision: 'PARTLY_ADOPTED' },
              updates: [{ text: 'De eerste wandeling is gelopen.' }, { text: 'De werken starten in maart.' }],
            },
          ],
          changedStrategyIds: [own.shown.strategyId],
        },
      ]);
      // She looked: no badge, until the municipality posts something new.
      const seen = (await phone.ok(SEEN, { input: { projectId: own.projectId } })).markOutcomesSeen.outcomes;
      expect(seen.changedCount).toBe(0);
      expect(seen.lastSeenAt).not.toBeNull();
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [own.municipalityId] });
      await reviewer.ok(
        `mutation ($input: AddStrategyUpdateInput!) { addStrategyUpdate(input: $input) { update { id } } }`,
        { input: { strategyId: own.shown.strategyId, status: 'IN_PROGRESS', text: 'De palen staan er.' } },
      );
      const again = (await phone.ok(MINE, { projectId: own.projectId })).myOutcomes;
      expect(again.changedCount).toBe(1);
      expect(again.sessions[1].strategies[0].updates[0]).toEqual({ text: 'De palen staan er.' });
    });

    it('should refuse another project with FORBIDDEN and a wrong code with NOT_FOUND', async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Mijn eigen project' });
      const phone = anonymous();
      const wrong = await phone.graphql(SIGN_IN, { input: { projectId: own.projectId, personalCode: 'WRONG999' } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Amina's card of the main fixture is not a card of this project.
      const elsewhere = await phone.graphql(SIGN_IN, {
        input: { projectId: own.projectId, personalCode: fixture.amina.personalCode },
      });
      expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await phone.ok(SIGN_IN, { input: { projectId: own.projectId, personalCode: own.amina.personalCode } });
      const other = await phone.graphql(MINE, { projectId: fixture.projectId });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('should refuse anyone who is not a participant with UNAUTHENTICATED', async () => {
      const result = await anonymous().graphql(MINE, { projectId: fixture.projectId });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('translations of the answer and its timeline', () => {
    const QUEUE = `query ($projectId: ID!) {
      translationQueue(projectId: $projectId, language: "ar", first: 100) {
        edges { node { missingLanguages text { field recordId original language } } }
      }
    }`;
    const TRANSLATE = `mutation ($input: TranslateTextInput!) { translateText(input: $input) { text { id } } }`;
    const APPROVE = `mutation ($input: ApproveTranslationInput!) { approveTranslation(input: $input) { text { id } } }`;
    const PUBLIC = `query ($id: ID!) {
      publicProject(id: $id) { sessions { strategies { answer { translations { language text } } updates { text translations { language text } } } } }
    }`;
    interface Task {
      missingLanguages: string[];
      text: { field: string; recordId: string; original: string; language: string };
    }

    it("should list the answer's reason and each update in the translator's queue and show what a person wrote or approved on the public page", async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Vertaalde opvolging' });
      const translator = await app.staff({
        role: StaffRole.TRANSLATOR,
        organisationIds: [],
        projectIds: [own.projectId],
      });
      const queue = async () =>
        ((await translator.ok(QUEUE, { projectId: own.projectId })).translationQueue.edges as { node: Task }[])
          .map((edge) => edge.node)
          .filter((node) => ['RESPONSE_REASON', 'STRATEGY_UPDATE_TEXT'].includes(node.text.field));
      const [planned, walked] = own.updateIds as [string, string];

      const waiting = await queue();
      const reason = waiting.find((node) => node.text.field === 'RESPONSE_REASON')!;
      expect(reason).toMatchObject({
        missingLanguages: ['ar'],
        text: { original: 'De lampen komen er; de wandeling steunt de stad met materiaal.', language: 'nl' },
      });
      // Both updates wait for Arabic; the walk's has English already, the plan's nothing yet.
      expect(
        waiting
          .filter((node) => node.text.field === 'STRATEGY_UPDATE_TEXT')
          .map((node) => [node.text.recordId, node.text.original, node.missingLanguages])
          .toSorted(([a], [b]) => String(a).localeCompare(String(b))),
      ).toEqual(
        [
          [planned, 'De werken starten in maart.', ['ar', 'en']],
          [walked, 'De eerste wandeling is gelopen.', ['ar']],
        ].toSorted(([a], [b]) => String(a).localeCompare(String(b))),
      );

      await translator.ok(TRANSLATE, {
        input: { field: 'STRATEGY_UPDATE_TEXT', recordId: planned, language: 'ar', text: 'تبدأ الأشغال في مارس.' },
      });
      await translator.ok(TRANSLATE, {
        input: { field: 'RESPONSE_REASON', recordId: reason.text.recordId, language: 'ar', text: 'ستأتي المصابيح.' },
      });
      // The walk's French machine draft, approved as it is by a person.
      await translator.ok(APPROVE, { input: { field: 'STRATEGY_UPDATE_TEXT', recordId: walked, language: 'fr' } });

      const [strategy] = (await anonymous().ok(PUBLIC, { id: own.projectId })).publicProject.sessions[0].strategies;
      expect(strategy.answer.translations).toEqual([
        { language: 'ar', text: 'ستأتي المصابيح.' },
        { language: 'en', text: 'The lights will come; the city supports the walk with equipment.' },
      ]);
      expect(strategy.updates).toEqual([
        {
          text: 'De eerste wandeling is gelopen.',
          translations: [
            { language: 'en', text: 'The first walk took place.' },
            { language: 'fr', text: 'La première promenade a eu lieu.' },
          ],
        },
        { text: 'De werken starten in maart.', translations: [{ language: 'ar', text: 'تبدأ الأشغال في مارس.' }] },
      ]);
      // Arabic no longer waits for the reason or the plan; the walk's update still does.
      expect((await queue()).map((node) => node.text.recordId)).toEqual([walked]);
    });

    it('should refuse a translator of another project with FORBIDDEN and keep the update untranslated', async () => {
      const own = await createOutcomeFixture(app.orm, { title: 'Andermans opvolging' });
      const stranger = await app.staff({
        role: StaffRole.TRANSLATOR,
        organisationIds: [],
        projectIds: [fixture.projectId],
      });
      const result = await stranger.graphql(TRANSLATE, {
        input: { field: 'STRATEGY_UPDATE_TEXT', recordId: own.updateIds[0], language: 'ar', text: 'ليس مشروعي' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const [strategy] = (await anonymous().ok(PUBLIC, { id: own.projectId })).publicProject.sessions[0].strategies;
      expect(strategy.updates[1]).toEqual({ text: 'De werken starten in maart.', translations: [] });
    });
  });
});
