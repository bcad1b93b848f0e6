import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../../core/auth/viewer.js';
import { signedInBrowser } from '../../test-support/matrix/tenant.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Attendance, Consent, ConsentMethod, ConsentPurpose, Participant } from '../participant/participant.entity.js';
import { PartnerRole, Project, ProjectPartner } from '../project/project.entity.js';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../session/session.entity.js';
import { QuestionnaireAnswer } from './questionnaire.entity.js';
import { QuestionnaireWave } from './questionnaire.types.js';

const ANSWER = /* GraphQL */ `
  mutation ($input: AnswerQuestionnaireInput!) {
    answerQuestionnaire(input: $input) {
      clientMutationId
      answers {
        itemCode
        value
        dontKnow
        wave
        source
      }
    }
  }
`;
const PAPER = /* GraphQL */ `
  mutation ($input: RecordPaperAnswersInput!) {
    recordPaperAnswers(input: $input) {
      answeredItems
      itemCount
    }
  }
`;
const QUESTIONNAIRE = /* GraphQL */ `
  query ($sessionId: ID!, $wave: QuestionnaireWave!, $language: String!) {
    questionnaire(sessionId: $sessionId, wave: $wave) {
      kind
      open
      title(language: $language)
      items {
        code
        dimension
        shipped
        position
        text(language: $language) {
          language
          text
        }
      }
      scale(language: $language) {
        points {
          value
          label
        }
        dontKnow
      }
      myAnswers {
        itemCode
        value
      }
    }
  }
`;
const RESPONSES = /* GraphQL */ `
  query ($id: ID!) {
    session(id: $id) {
      questionnaireResponses {
        wave
        itemCount
        present
        consented
        started
        completed
      }
    }
  }
`;
const ADD_ITEM = /* GraphQL */ `
  mutation ($input: AddQuestionnaireItemInput!) {
    addQuestionnaireItem(input: $input) {
      item {
        code
        position
        shipped
        dimension
        translations {
          language
          text
        }
      }
    }
  }
`;
const UPDATE_ITEM = /* GraphQL */ `
  mutation ($input: UpdateQuestionnaireItemInput!) {
    updateQuestionnaireItem(input: $input) {
      item {
        code
        translations {
          language
          text
        }
      }
    }
  }
`;
const RETIRE_ITEM = /* GraphQL */ `
  mutation ($input: RetireQuestionnaireItemInput!) {
    retireQuestionnaireItem(input: $input) {
      item {
        code
        retiredAt
      }
    }
  }
`;
const SET_RESEARCH = /* GraphQL */ `
  mutation ($input: SetResearchConsentInput!) {
    setResearchConsent(input: $input) {
      participant {
        id
        consents {
          purpose
          withdrawnAt
        }
      }
    }
  }
`;

const COMPETENCE_CODES = [
  'SE1',
  'SE2',
  'SE3',
  'TR1',
  'TR2',
  'TR3',
  'KN1',
  'KN2',
  'KN3',
  'PL1',
  'PL2',
  'PL3',
  'PA1',
  'PA2',
  'PA3',
];
const EVALUATION_CODES = ['EV1', 'EV2', 'EV3', 'EV4'];

interface Fixture {
  projectId: string;
  // Live, its agenda opens PRE and SESSION_END.
  firstId: string;
  // Live, its agenda opens POST and SESSION_END.
  lastId: string;
  // Live, without a questionnaire phase.
  plainId: string;
  // Agreed to research; checked in at the first and last session.
  amina: string;
  jonas: string;
  // Took part without agreeing to research; checked in at the first session.
  noor: string;
}

// One project with three live sessions and three participants, made through the ORM: sessions, participants and
// consents have their own tests.
async function createFixture(app: TestApp, title: string): Promise<Fixture> {
  const em = app.orm.em.fork();
  const promoter = em.create(Organisation, { name: `Gemeente ${title}`, kind: OrganisationKind.MUNICIPALITY });
  const project = em.create(Project, {
    title,
    promoter,
    grantEuros: 150_000,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  const session = (name: string, waves: QuestionnaireWave[]) => {
    const s = em.create(Session, {
      project,
      title: name,
      startsAt: new Date('2026-11-20T18:00:00Z'),
      location: 'Buurthuis',
      capacity: 30,
      languages: ['nl', 'ar'],
      status: SessionStatus.LIVE,
    });
    em.create(AgendaPhase, { session: s, position: 0, kind: PhaseKind.WELCOME, title: 'Welkom', durationMinutes: 10 });
    waves.forEach((wave, i) =>
      em.create(AgendaPhase, {
        session: s,
        position: i + 1,
        kind: PhaseKind.QUESTIONNAIRE,
        questionnaireWave: wave,
        title: `Vragenlijst ${wave}`,
        durationMinutes: 10,
      }),
    );
    return s;
  };
  const first = session('Eerste sessie', [QuestionnaireWave.PRE, QuestionnaireWave.SESSION_END]);
  const last = session('Laatste sessie', [QuestionnaireWave.POST, QuestionnaireWave.SESSION_END]);
  const plain = session('Sessie zonder vragenlijst', []);
  const person = (pseudonym: string, research: boolean, sessions: Session[]) => {
    const p = em.create(Participant, { project, pseudonym, languages: ['nl'] });
    const purposes = research
      ? [ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH]
      : [ConsentPurpose.PARTICIPATION];
    for (const purpose of purposes)
      em.create(Consent, {
        participant: p,
        purpose,
        textVersion: '2026-01',
        method: ConsentMethod.ON_SCREEN,
        givenAt: new Date(),
      });
    for (const s of sessions) em.create(Attendance, { session: s, participant: p });
    return p;
  };
  const amina = person('Amina', true, [first, last, plain]);
  const jonas = person('Jonas', true, [first, last]);
  const noor = person('Noor', false, [first]);
  await em.flush();
  return {
    projectId: project.id,
    firstId: first.id,
    lastId: last.id,
    plainId: plain.id,
    amina: amina.id,
    jonas: jonas.id,
    noor: noor.id,
  };
}

const answersIn = async (app: TestApp, participantId: string) =>
  (
    await app.orm.em
      .fork()
      .find(QuestionnaireAnswer, { participant: participantId }, { orderBy: { wave: 'asc', itemCode: 'asc' } })
  ).map((a) => ({ wave: a.wave, session: a.session.id, item: a.itemCode, value: a.value, source: a.source }));

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('questionnaires', () => {
  let app: TestApp;
  let f: Fixture;
  let facilitator: TestClient & { accountId: string };
  const phone = (participantId: string, sessionId: string) => signedInBrowser(app, { participantId, sessionId });

  beforeAll(async () => {
    app = await createTestApp();
    f = await createFixture(app, 'Vragenlijstproject');
    const em = app.orm.em.fork();
    const partner = em.create(Organisation, { name: 'Buurtwerk', kind: OrganisationKind.PARTNER_ACTOR });
    em.create(ProjectPartner, { project: f.projectId, organisation: partner, role: PartnerRole.PARTNER_ACTOR });
    await em.flush();
    facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [partner.id],
      projectIds: [f.projectId],
    });
  });
  afterAll(() => app?.close());

  describe('the shipped instrument', () => {
    it('should open the competence questionnaire with its fifteen items by dimension, in Arabic, when a participant reads it', async () => {
      const amina = await phone(f.amina, f.firstId);
      const data = await amina.ok(QUESTIONNAIRE, { sessionId: f.firstId, wave: 'PRE', language: 'ar' });
      const q = data.questionnaire;
      expect(q.kind).toBe('COMPETENCE');
      expect(q.open).toBe(true);
      expect(q.title).toBe('أسئلة عنك وعن مدينتك');
      expect(q.items.map((i: { code: string }) => i.code)).toEqual(COMPETENCE_CODES);
      expect(q.items.map((i: { dimension: string }) => i.dimension)).toEqual([
        ...Array(3).fill('SELF_EFFICACY'),
        ...Array(3).fill('TRUST'),
        ...Array(3).fill('KNOWLEDGE'),
        ...Array(3).fill('PLURALISM'),
        ...Array(3).fill('PARTICIPATION'),
      ]);
      expect(q.items[3].text).toEqual({ language: 'ar', text: 'أثق في البلدية.' });
      expect(q.items.every((i: { shipped: boolean }) => i.shipped)).toBe(true);
      expect(q.scale.points.map((p: { value: number }) => p.value)).toEqual([1, 2, 3, 4, 5]);
      expect(q.scale.points[4].label).toBe('أوافق تمامًا');
      expect(q.scale.dontKnow).toBe('لا أعرف / أفضّل ألّا أجيب');
    });

    it('should show English for a language the instrument does not have, and the base language for a regional tag', async () => {
      const amina = await phone(f.amina, f.firstId);
      // German: not a language of the participant screens, so the instrument has no texts in it.
      const de = await amina.ok(QUESTIONNAIRE, { sessionId: f.firstId, wave: 'SESSION_END', language: 'de' });
      expect(de.questionnaire.items.map((i: { code: string }) => i.code)).toEqual(EVALUATION_CODES);
      expect(de.questionnaire.items[0].text).toEqual({
        language: 'en',
        text: 'This session helped me feel that I belong here.',
      });
      const be = await amina.ok(QUESTIONNAIRE, { sessionId: f.firstId, wave: 'SESSION_END', language: 'nl-BE' });
      expect(be.questionnaire.items[0].text).toEqual({
        language: 'nl',
        text: 'Deze sessie hielp me voelen dat ik hier thuishoor.',
      });
    });
  });

  describe('answering on the phone', () => {
    it('should pair the answers before the first and after the last session on the participant when she comes back', async () => {
      const first = await phone(f.amina, f.firstId);
      await first.ok(ANSWER, {
        input: {
          participantId: f.amina,
          sessionId: f.firstId,
          wave: 'PRE',
          answers: [
            { itemCode: 'SE1', value: 2 },
            { itemCode: 'TR1', dontKnow: true },
          ],
        },
      });
      // At the last session she answers the same items again, after the workshops.
      const last = await phone(f.amina, f.lastId);
      const after = await last.ok(ANSWER, {
        input: {
          participantId: f.amina,
          sessionId: f.lastId,
          wave: 'POST',
          answers: [
            { itemCode: 'SE1', value: 4 },
            { itemCode: 'TR1', value: 3 },
          ],
        },
      });
      expect(after.answerQuestionnaire.answers).toEqual([
        { itemCode: 'SE1', value: 4, dontKnow: false, wave: 'POST', source: 'PHONE' },
        { itemCode: 'TR1', value: 3, dontKnow: false, wave: 'POST', source: 'PHONE' },
      ]);
      expect(await answersIn(app, f.amina)).toEqual([
        { wave: 'POST', session: f.lastId, item: 'SE1', value: 4, source: 'PHONE' },
        { wave: 'POST', session: f.lastId, item: 'TR1', value: 3, source: 'PHONE' },
        { wave: 'PRE', session: f.firstId, item: 'SE1', value: 2, source: 'PHONE' },
        { wave: 'PRE', session: f.firstId, item: 'TR1', value: null, source: 'PHONE' },
      ]);
      // Her phone at the last session knows the questionnaire before the first one is done.
      const pre = await last.ok(QUESTIONNAIRE.replace('myAnswers {', 'answeredElsewhere myAnswers {'), {
        sessionId: f.lastId,
        wave: 'PRE',
        language: 'nl',
      });
      expect(pre.questionnaire.answeredElsewhere).toBe(true);
      expect(pre.questionnaire.myAnswers).toEqual([
        { itemCode: 'SE1', value: 2 },
        { itemCode: 'TR1', value: null },
      ]);
      expect(pre.questionnaire.open).toBe(false);
    });

    it('should refuse answers before the first session once the questionnaire after the last one is answered', async () => {
      const last = await phone(f.amina, f.lastId);
      // The last session does not open PRE: refused for that reason first.
      const closed = await last.graphql(ANSWER, {
        input: { participantId: f.amina, sessionId: f.lastId, wave: 'PRE', answers: [{ itemCode: 'KN1', value: 1 }] },
      });
      expect(codeOf(closed)).toBe('BAD_USER_INPUT');
      const first = await phone(f.amina, f.firstId);
      const late = await first.graphql(ANSWER, {
        input: { participantId: f.amina, sessionId: f.firstId, wave: 'PRE', answers: [{ itemCode: 'KN1', value: 1 }] },
      });
      expect(codeOf(late)).toBe('CONFLICT');
      expect(late.errors?.[0]?.message).toBe(
        'Amina has already answered the questionnaire after the last session, so answers from before can no longer be paired with it.',
      );
      expect((await answersIn(app, f.amina)).filter((a) => a.item === 'KN1')).toEqual([]);
    });

    it('should keep one answer per item and wave when the same answers arrive twice, or many at once', async () => {
      const jonas = await phone(f.jonas, f.firstId);
      const input = {
        clientMutationId: 'jonas-pre-1',
        participantId: f.jonas,
        sessionId: f.firstId,
        wave: 'PRE',
        answers: [{ itemCode: 'SE2', value: 5 }],
      };
      const once = await jonas.ok(ANSWER, { input });
      const again = await jonas.ok(ANSWER, { input });
      expect(again).toEqual(once);
      // Five phones' worth of retries without a client id, all at once: still one answer, with the last value.
      await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          jonas.ok(ANSWER, {
            input: {
              participantId: f.jonas,
              sessionId: f.firstId,
              wave: 'PRE',
              answers: [{ itemCode: 'SE3', value: 3 }],
            },
          }),
        ),
      );
      // A tap on another point replaces the value; sending no value takes the answer back (the item is skipped).
      await jonas.ok(ANSWER, {
        input: {
          participantId: f.jonas,
          sessionId: f.firstId,
          wave: 'PRE',
          answers: [{ itemCode: 'SE2', value: 1 }, { itemCode: 'SE3' }],
        },
      });
      expect(await answersIn(app, f.jonas)).toEqual([
        { wave: 'PRE', session: f.firstId, item: 'SE2', value: 1, source: 'PHONE' },
      ]);
    });

    it('should keep the answers given at an earlier session when the same questionnaire comes again', async () => {
      const em = app.orm.em.fork();
      // The plain session opens PRE too from now on (for newcomers).
      em.create(AgendaPhase, {
        session: f.plainId,
        position: 1,
        kind: PhaseKind.QUESTIONNAIRE,
        questionnaireWave: QuestionnaireWave.PRE,
        title: 'Voor nieuwkomers',
        durationMinutes: 5,
      });
      await em.flush();
      const jonas = await signedInBrowser(app, { participantId: f.jonas, sessionId: f.plainId });
      const result = await jonas.graphql(ANSWER, {
        input: { participantId: f.jonas, sessionId: f.plainId, wave: 'PRE', answers: [{ itemCode: 'SE2', value: 4 }] },
      });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe(
        'Jonas answered the questionnaire before the first session at "Eerste sessie"; those answers stand and are not asked again.',
      );
      expect((await answersIn(app, f.jonas)).map((a) => a.value)).toEqual([1]);
    });

    it('should take one evaluation per session when a participant evaluates two sessions', async () => {
      const first = await phone(f.jonas, f.firstId);
      const last = await phone(f.jonas, f.lastId);
      await first.ok(ANSWER, {
        input: {
          participantId: f.jonas,
          sessionId: f.firstId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV1', value: 3 }],
        },
      });
      await last.ok(ANSWER, {
        input: {
          participantId: f.jonas,
          sessionId: f.lastId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV1', value: 5 }],
        },
      });
      const evaluations = (await answersIn(app, f.jonas)).filter((a) => a.wave === 'SESSION_END');
      expect(evaluations.map((a) => [a.session, a.value]).toSorted((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
        [f.firstId, 3],
        [f.lastId, 5],
      ]);
    });

    it.each([
      [{ itemCode: 'SE1', value: 6 }, 'The answer to SE1 must be a whole number from 1 to 5.'],
      [{ itemCode: 'SE1', value: 0 }, 'The answer to SE1 must be a whole number from 1 to 5.'],
      [{ itemCode: 'SE1', value: 3, dontKnow: true }, 'Item SE1 has a value and "don’t know": send one or the other.'],
      [{ itemCode: 'EV1', value: 3 }, 'This questionnaire has no item EV1.'],
      [{ itemCode: 'XX9', value: 3 }, 'This questionnaire has no item XX9.'],
    ])('should refuse %j with BAD_USER_INPUT and store nothing', async (answer, message) => {
      const noAnswers = await createFixture(app, `Fout ${message.length}-${answer.itemCode}-${String(answer.value)}`);
      const browser = await phone(noAnswers.amina, noAnswers.firstId);
      const result = await browser.graphql(ANSWER, {
        input: {
          participantId: noAnswers.amina,
          sessionId: noAnswers.firstId,
          wave: 'PRE',
          answers: [{ itemCode: 'SE2', value: 3 }, answer],
        },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
      expect(await answersIn(app, noAnswers.amina)).toEqual([]);
    });

    it('should refuse an item answered twice in one request', async () => {
      const browser = await phone(f.amina, f.firstId);
      const result = await browser.graphql(ANSWER, {
        input: {
          participantId: f.amina,
          sessionId: f.firstId,
          wave: 'SESSION_END',
          answers: [
            { itemCode: 'EV2', value: 3 },
            { itemCode: 'ev2', value: 4 },
          ],
        },
      });
      expect(result.errors?.[0]?.message).toBe('Item EV2 is answered twice; send one answer per item.');
    });

    it('should refuse answers in a session whose agenda opens no questionnaire', async () => {
      const fresh = await createFixture(app, 'Geen fase');
      const browser = await phone(fresh.amina, fresh.plainId);
      const result = await browser.graphql(ANSWER, {
        input: {
          participantId: fresh.amina,
          sessionId: fresh.plainId,
          wave: 'PRE',
          answers: [{ itemCode: 'SE1', value: 3 }],
        },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(
        'This session does not open the questionnaire before the first session: a facilitator opens a questionnaire as a phase of the agenda.',
      );
    });

    it('should refuse to answer for someone else, before the service is reached', async () => {
      const browser = await phone(f.amina, f.firstId);
      const result = await browser.graphql(ANSWER, {
        input: { participantId: f.jonas, sessionId: f.firstId, wave: 'PRE', answers: [{ itemCode: 'PL1', value: 3 }] },
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
    });
  });

  describe('research consent', () => {
    it('should store nothing of a participant who did not agree to research, and take her answers once she agrees', async () => {
      const noor = await phone(f.noor, f.firstId);
      const input = {
        participantId: f.noor,
        sessionId: f.firstId,
        wave: 'PRE',
        answers: [{ itemCode: 'PL2', value: 5 }],
      };
      const refused = await noor.graphql(ANSWER, { input });
      expect(codeOf(refused)).toBe('RESEARCH_CONSENT_REQUIRED');
      expect(refused.errors?.[0]?.message).toBe(
        'Answers to the questionnaire are research data, kept only with consent to research, and Noor has not given it (or withdrew it). Record their consent to research first.',
      );
      expect(await answersIn(app, f.noor)).toEqual([]);

      const agreed = await noor.ok(SET_RESEARCH, {
        input: { participantId: f.noor, agree: true, textVersion: '2026-01' },
      });
      expect(agreed.setResearchConsent.participant.consents.map((c: { purpose: string }) => c.purpose)).toEqual([
        'PARTICIPATION',
        'RESEARCH',
      ]);
      await noor.ok(ANSWER, { input });
      expect((await answersIn(app, f.noor)).map((a) => a.item)).toEqual(['PL2']);
    });

    it('should discard her answers and leave them out of her data when she withdraws the research consent', async () => {
      const noor = await phone(f.noor, f.firstId);
      const withdrawn = await noor.ok(SET_RESEARCH, { input: { participantId: f.noor, agree: false } });
      const research = withdrawn.setResearchConsent.participant.consents.find(
        (c: { purpose: string }) => c.purpose === 'RESEARCH',
      );
      expect(research.withdrawnAt).not.toBeNull();
      expect(await answersIn(app, f.noor)).toEqual([]);
      const data = await noor.ok(
        'query ($id: ID!) { exportParticipantData(participantId: $id, includeQuestionnaireAnswers: true) }',
        {
          id: f.noor,
        },
      );
      expect(data.exportParticipantData.questionnaireAnswers).toEqual([]);
    });

    it('should discard the answers when a facilitator records that the research consent was withdrawn', async () => {
      const fresh = await createFixture(app, 'Intrekken op papier');
      const browser = await phone(fresh.jonas, fresh.firstId);
      await browser.ok(ANSWER, {
        input: {
          participantId: fresh.jonas,
          sessionId: fresh.firstId,
          wave: 'PRE',
          answers: [{ itemCode: 'SE1', value: 3 }],
        },
      });
      const consent = await app.orm.em
        .fork()
        .findOneOrFail(Consent, { participant: fresh.jonas, purpose: ConsentPurpose.RESEARCH });
      await app.ok('mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { consent { id } } }', {
        input: { consentId: consent.id },
      });
      expect(await answersIn(app, fresh.jonas)).toEqual([]);
    });

    it('should discard the answers when the participant is erased, and keep her attendance', async () => {
      const fresh = await createFixture(app, 'Wissen');
      const browser = await phone(fresh.amina, fresh.firstId);
      await browser.ok(ANSWER, {
        input: {
          participantId: fresh.amina,
          sessionId: fresh.firstId,
          wave: 'PRE',
          answers: [{ itemCode: 'SE1', value: 3 }],
        },
      });
      await app.ok(
        'mutation ($input: EraseParticipantDataInput!) { eraseParticipantData(input: $input) { participant { id } } }',
        {
          input: { participantId: fresh.amina },
        },
      );
      expect(await answersIn(app, fresh.amina)).toEqual([]);
      expect(await app.orm.em.fork().count(Attendance, { participant: fresh.amina })).toBe(3);
    });
  });

  describe('paper forms and the facilitator', () => {
    it('should record a paper form as such, answer only how much is answered, and never show the answers to the facilitator', async () => {
      const fresh = await createFixture(app, 'Papier');
      const em = app.orm.em.fork();
      em.create(ProjectPartner, {
        project: fresh.projectId,
        organisation: em.create(Organisation, { name: 'Papierwerk', kind: OrganisationKind.PARTNER_ACTOR }),
        role: PartnerRole.PARTNER_ACTOR,
      });
      await em.flush();
      const staff = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [],
        projectIds: [fresh.projectId],
      });
      const entered = await staff.ok(PAPER, {
        input: {
          participantId: fresh.jonas,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: [
            { itemCode: 'EV1', value: 4 },
            { itemCode: 'EV2', value: 5 },
            { itemCode: 'EV3', dontKnow: true },
          ],
        },
      });
      expect(entered.recordPaperAnswers).toEqual({ answeredItems: 3, itemCount: 4 });
      const stored = await app.orm.em.fork().find(QuestionnaireAnswer, { participant: fresh.jonas });
      expect(stored.map((a) => [a.itemCode, a.source, a.recordedBy?.id])).toEqual(
        expect.arrayContaining([
          ['EV1', 'PAPER', staff.accountId],
          ['EV2', 'PAPER', staff.accountId],
          ['EV3', 'PAPER', staff.accountId],
        ]),
      );

      // The facilitator's own questionnaire view has no answers; the export they download has none either.
      const view = await staff.ok(QUESTIONNAIRE, { sessionId: fresh.firstId, wave: 'SESSION_END', language: 'nl' });
      expect(view.questionnaire.myAnswers).toEqual([]);
      const withAnswers = await staff.graphql(
        'query ($id: ID!) { exportParticipantData(participantId: $id, includeQuestionnaireAnswers: true) }',
        { id: fresh.jonas },
      );
      expect(codeOf(withAnswers)).toBe('FORBIDDEN');
      expect(withAnswers.errors?.[0]?.message).toBe(
        'Questionnaire answers are research data: only the participant can download them, on their phone.',
      );
      const plain = await staff.ok('query ($id: ID!) { exportParticipantData(participantId: $id) }', {
        id: fresh.jonas,
      });
      expect(plain.exportParticipantData.questionnaireAnswers).toEqual({
        withheld: 3,
        why: 'Questionnaire answers are research data: only the participant downloads them, on their phone with their personal code.',
      });

      // Jonas downloads them himself, with the item texts in his language.
      const jonas = await phone(fresh.jonas, fresh.firstId);
      const own = await jonas.ok(
        'query ($id: ID!) { exportParticipantData(participantId: $id, includeQuestionnaireAnswers: true) }',
        { id: fresh.jonas },
      );
      expect(own.exportParticipantData.questionnaireAnswers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            wave: 'SESSION_END',
            itemCode: 'EV1',
            itemText: 'Deze sessie hielp me voelen dat ik hier thuishoor.',
            value: 4,
            dontKnow: false,
            source: 'PAPER',
          }),
          expect.objectContaining({ itemCode: 'EV3', value: null, dontKnow: true }),
        ]),
      );

      // A paper answer is not overwritten from the phone.
      const overwrite = await jonas.graphql(ANSWER, {
        input: {
          participantId: fresh.jonas,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV1', value: 1 }],
        },
      });
      expect(overwrite.errors?.[0]?.message).toBe(
        'The answer to EV1 was entered from a paper form; it stays as it was given there.',
      );
    });

    it('should count who started and finished each questionnaire of a session, and keep the counts from the phones', async () => {
      const fresh = await createFixture(app, 'Respons');
      const counts = async () => (await app.ok(RESPONSES, { id: fresh.firstId })).session.questionnaireResponses;
      // Amina, Jonas and Noor are checked in; Noor did not agree to research.
      expect(await counts()).toEqual([
        { wave: 'PRE', itemCount: 15, present: 3, consented: 2, started: 0, completed: 0 },
        { wave: 'SESSION_END', itemCount: 4, present: 3, consented: 2, started: 0, completed: 0 },
      ]);
      const amina = await phone(fresh.amina, fresh.firstId);
      const eventsBefore = await app.orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from session_event where session_id = ? and type = 'QUESTIONNAIRE_ANSWERED'`,
          [fresh.firstId],
        );
      await amina.ok(ANSWER, {
        input: {
          participantId: fresh.amina,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: EVALUATION_CODES.slice(0, 3).map((itemCode) => ({ itemCode, value: 4 })),
        },
      });
      await amina.ok(ANSWER, {
        input: {
          participantId: fresh.amina,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV4', dontKnow: true }],
        },
      });
      const jonas = await phone(fresh.jonas, fresh.firstId);
      await jonas.ok(ANSWER, {
        input: {
          participantId: fresh.jonas,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV1', value: 2 }],
        },
      });
      // Changing an answer changes no count.
      await jonas.ok(ANSWER, {
        input: {
          participantId: fresh.jonas,
          sessionId: fresh.firstId,
          wave: 'SESSION_END',
          answers: [{ itemCode: 'EV1', value: 3 }],
        },
      });
      expect(await counts()).toEqual([
        { wave: 'PRE', itemCount: 15, present: 3, consented: 2, started: 0, completed: 0 },
        { wave: 'SESSION_END', itemCount: 4, present: 3, consented: 2, started: 2, completed: 1 },
      ]);
      // Events only when a count changed: Amina started, Amina finished, Jonas started.
      const eventsAfter = await app.orm.em
        .getConnection()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from session_event where session_id = ? and type = 'QUESTIONNAIRE_ANSWERED'`,
          [fresh.firstId],
        );
      expect(eventsAfter[0]!.n - eventsBefore[0]!.n).toBe(3);
      // The phones do not read the counts.
      const read = await amina.graphql(RESPONSES, { id: fresh.firstId });
      expect(codeOf(read)).toBe('FORBIDDEN');
    });
  });

  describe('project items and the shipped ones', () => {
    it('should add a project item after the shipped ones under the next free code, and ask it on the phones', async () => {
      const added = await facilitator.ok(ADD_ITEM, {
        input: {
          projectId: f.projectId,
          questionnaire: 'COMPETENCE',
          dimension: 'PLURALISM',
          texts: [
            { language: 'nl', text: '  Ik ken  mijn buren. ' },
            { language: 'AR', text: 'أعرف جيراني.' },
          ],
        },
      });
      expect(added.addQuestionnaireItem.item).toEqual({
        code: 'P1',
        position: 15,
        shipped: false,
        dimension: 'PLURALISM',
        translations: [
          { language: 'ar', text: 'أعرف جيراني.' },
          { language: 'nl', text: 'Ik ken mijn buren.' },
        ],
      });
      const second = await facilitator.ok(ADD_ITEM, {
        input: {
          projectId: f.projectId,
          questionnaire: 'COMPETENCE',
          texts: [{ language: 'nl', text: 'Ik voel me thuis.' }],
        },
      });
      expect(second.addQuestionnaireItem.item).toMatchObject({ code: 'P2', position: 16, dimension: null });
      const amina = await phone(f.amina, f.firstId);
      const q = await amina.ok(QUESTIONNAIRE, { sessionId: f.firstId, wave: 'PRE', language: 'ar' });
      expect(q.questionnaire.items.map((i: { code: string }) => i.code)).toEqual([...COMPETENCE_CODES, 'P1', 'P2']);
      // P2 has no Arabic: the phone shows the Dutch and says so.
      expect(q.questionnaire.items[16].text).toEqual({ language: 'nl', text: 'Ik voel me thuis.' });
    });

    it('should refuse to change a shipped item, or to add one under a shipped or taken code', async () => {
      const shipped = await facilitator.graphql(UPDATE_ITEM, {
        input: { projectId: f.projectId, code: 'se1', texts: [{ language: 'nl', text: 'Iets anders' }] },
      });
      expect(codeOf(shipped)).toBe('BAD_USER_INPUT');
      expect(shipped.errors?.[0]?.message).toBe(
        'SE1 ships with the product and cannot be changed: add an item of the project’s own instead.',
      );
      const retired = await facilitator.graphql(RETIRE_ITEM, { input: { projectId: f.projectId, code: 'TR2' } });
      expect(codeOf(retired)).toBe('BAD_USER_INPUT');
      const unknown = await facilitator.graphql(RETIRE_ITEM, { input: { projectId: f.projectId, code: 'Q99' } });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('This project has no questionnaire item Q99.');
      const asShipped = await facilitator.graphql(ADD_ITEM, {
        input: {
          projectId: f.projectId,
          questionnaire: 'COMPETENCE',
          code: 'KN1',
          texts: [{ language: 'nl', text: 'Dubbel' }],
        },
      });
      expect(asShipped.errors?.[0]?.message).toBe(
        'KN1 is the id of an item that ships with the product: choose another one.',
      );
      const taken = await facilitator.graphql(ADD_ITEM, {
        input: {
          projectId: f.projectId,
          questionnaire: 'COMPETENCE',
          code: 'p1',
          texts: [{ language: 'nl', text: 'Dubbel' }],
        },
      });
      expect(codeOf(taken)).toBe('CONFLICT');
      const evaluationDimension = await facilitator.graphql(ADD_ITEM, {
        input: {
          projectId: f.projectId,
          questionnaire: 'SESSION_EVALUATION',
          dimension: 'TRUST',
          texts: [{ language: 'nl', text: 'Fout' }],
        },
      });
      expect(codeOf(evaluationDimension)).toBe('BAD_USER_INPUT');
      // The shipped texts are as they were.
      const items = await facilitator.ok(
        'query ($p: ID!) { questionnaireItems(projectId: $p, questionnaire: COMPETENCE) { code text(language: "nl") { text } } }',
        { p: f.projectId },
      );
      expect(items.questionnaireItems[0]).toEqual({
        code: 'SE1',
        text: { text: 'Ik kan zeggen wat ik denk over mijn gemeente.' },
      });
    });

    it('should fix the meaning of a project item once answered, still take new languages, and keep its answers when it is retired', async () => {
      const jonas = await phone(f.jonas, f.firstId);
      await jonas.ok(ANSWER, {
        input: { participantId: f.jonas, sessionId: f.firstId, wave: 'PRE', answers: [{ itemCode: 'P1', value: 4 }] },
      });
      const reworded = await facilitator.graphql(UPDATE_ITEM, {
        input: { projectId: f.projectId, code: 'P1', texts: [{ language: 'nl', text: 'Ik ken veel buren.' }] },
      });
      expect(codeOf(reworded)).toBe('CONFLICT');
      const english = await facilitator.ok(UPDATE_ITEM, {
        input: { projectId: f.projectId, code: 'P1', texts: [{ language: 'en', text: 'I know my neighbours.' }] },
      });
      expect(english.updateQuestionnaireItem.item.translations).toEqual([
        { language: 'ar', text: 'أعرف جيراني.' },
        { language: 'en', text: 'I know my neighbours.' },
        { language: 'nl', text: 'Ik ken mijn buren.' },
      ]);
      const retired = await facilitator.ok(RETIRE_ITEM, { input: { projectId: f.projectId, code: 'P1' } });
      expect(retired.retireQuestionnaireItem.item.retiredAt).not.toBeNull();
      const q = await jonas.ok(QUESTIONNAIRE, { sessionId: f.firstId, wave: 'PRE', language: 'nl' });
      expect(q.questionnaire.items.map((i: { code: string }) => i.code)).not.toContain('P1');
      const late = await jonas.graphql(ANSWER, {
        input: { participantId: f.jonas, sessionId: f.firstId, wave: 'PRE', answers: [{ itemCode: 'P1', value: 2 }] },
      });
      expect(late.errors?.[0]?.message).toBe('This questionnaire has no item P1.');
      expect((await answersIn(app, f.jonas)).filter((a) => a.item === 'P1').map((a) => a.value)).toEqual([4]);
    });

    it('should refuse a phase that opens no questionnaire, or a questionnaire on another kind of phase, when the agenda is set', async () => {
      const set = (phases: unknown[]) =>
        app.graphql(
          'mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { id } } }',
          {
            input: { sessionId: f.plainId, phases },
          },
        );
      const without = await set([{ kind: 'QUESTIONNAIRE', title: 'Vragen', durationMinutes: 5 }]);
      expect(without.errors?.[0]?.extensions?.problems).toEqual([
        {
          field: 'phases',
          message: 'phase 1 ("Vragen") is a questionnaire: say which one (questionnaireWave PRE, POST or SESSION_END)',
        },
      ]);
      const misplaced = await set([{ kind: 'IDEAS', title: 'Ideeën', durationMinutes: 5, questionnaireWave: 'POST' }]);
      expect(codeOf(misplaced)).toBe('BAD_USER_INPUT');
      const fine = await app.ok(
        `mutation ($input: SetSessionAgendaInput!) { setSessionAgenda(input: $input) { session { agenda { kind questionnaireWave } } } }`,
        {
          input: {
            sessionId: f.plainId,
            phases: [
              { kind: 'QUESTIONNAIRE', title: 'Na afloop', durationMinutes: 5, questionnaireWave: 'SESSION_END' },
            ],
          },
        },
      );
      expect(fine.setSessionAgenda.session.agenda).toEqual([
        { kind: 'QUESTIONNAIRE', questionnaireWave: 'SESSION_END' },
      ]);
    });
  });
});
