import type { EntityClass } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { Challenge } from '../modules/challenge/challenge.entity.js';
import { Idea } from '../modules/idea/idea.entity.js';
import { Account } from '../modules/account/account.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import {
  Attendance,
  Background,
  Consent,
  ConsentPurpose,
  Participant,
  Registration,
} from '../modules/participant/participant.entity.js';
import { GRANT_MAX_EUROS, GRANT_MIN_EUROS, Project, ProjectPartner } from '../modules/project/project.entity.js';
import { MunicipalityResponse } from '../modules/review/municipality-response.entity.js';
import { StrategyUpdate } from '../modules/review/strategy-update.entity.js';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../modules/session/session.entity.js';
import { Strategy, StrategyAction, StrategyStatus } from '../modules/strategy/strategy.entity.js';
import { QuestionnaireAnswer } from '../modules/questionnaire/questionnaire.entity.js';
import { COMPETENCE_ITEMS, EVALUATION_ITEMS } from '../modules/questionnaire/questionnaire.instrument.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { Vote, VoteSource, VotingRound } from '../modules/vote/vote.entity.js';
import { demoChallenges } from './challenge.seeder.js';
import { daysAfter, demoCalendar } from './demo-calendar.js';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_JOIN_CODE, DEMO_PASSWORD } from './demo-ids.js';
import { DemoSeeder } from './demo.seeder.js';
import { demoIdeas } from './idea.seeder.js';
import { demoOrganisations } from './organisation.seeder.js';
import { DEMO_CONSENT_TEXT_VERSION, demoParticipants, demoRegistrationRows } from './participant.seeder.js';
import { demoProjectPartners } from './project.seeder.js';
import { demoAnswerRows } from './questionnaire.seeder.js';
import { demoResponses, demoUpdates } from './review.seeder.js';
import { seedDemoIfEmpty } from './seed.js';
import { demoAgenda, demoSessions } from './session.seeder.js';
import { demoStrategies } from './strategy.seeder.js';
import { demoThemes } from './theme.seeder.js';
import { demoVotes } from './vote.seeder.js';
import { ProjectCall } from '../modules/call/project-call.entity.js';
import { MethodValidation } from '../modules/method/method.entity.js';
import { SessionMinutes, SessionPhoto } from '../modules/minutes/minutes.entity.js';
import { CarriedItem } from '../modules/trajectory/carried-item.entity.js';
import { demoCarriedChallenges, demoCarriedThemes } from './trajectory.seeder.js';

type Row = { id: string; updatedAt: Date };

// Each carried theme, the challenges shown in it, the challenge carried on its own, and the one from between sessions.
const demoCarriedItemCount = (): number =>
  demoCarriedThemes.length +
  demoChallenges.filter((c) => c.session === 'past' && !c.status && demoCarriedThemes.some((t) => t === c.theme))
    .length +
  demoCarriedChallenges.length +
  1;

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

// Every table the demo fills, with the number of rows its seeders define.
const demoTables: [EntityClass<Row>, number][] = [
  [Organisation, demoOrganisations.length],
  [Project, 1],
  [ProjectPartner, demoProjectPartners.length],
  [Session, demoSessions.length],
  [AgendaPhase, demoSessions.length * demoAgenda.length],
  [Participant, demoParticipants.length],
  [Consent, demoParticipants.length + demoParticipants.filter((p) => p.research).length],
  [Attendance, sum(demoParticipants.map((p) => p.attended.length))],
  [Theme, demoThemes.length],
  // With those sent to the call between the sessions (call.seeder.ts): two challenges and an idea.
  [Challenge, demoChallenges.length + 2],
  [Idea, demoIdeas.length + 1],
  [VotingRound, 1],
  [Vote, demoVotes().length],
  [Strategy, demoStrategies.length],
  [StrategyAction, sum(demoStrategies.map((s) => s.actions.length))],
  [MunicipalityResponse, demoResponses.length],
  [Registration, demoRegistrationRows(demoCalendar()).length],
  [ProjectCall, 1],
  [CarriedItem, demoCarriedItemCount()],
  [SessionMinutes, 1],
  [SessionPhoto, 2],
  [MethodValidation, 1],
  [StrategyUpdate, demoUpdates.length],
  [QuestionnaireAnswer, demoAnswerRows().length],
];

// Every row of those tables with its last change: equal snapshots mean nothing changed.
async function snapshot(app: TestApp): Promise<Record<string, string[]>> {
  const em = app.orm.em.fork();
  const result: Record<string, string[]> = {};
  for (const [entity] of demoTables) {
    const rows = await em.find(entity, {});
    result[entity.name] = rows.map((row) => `${row.id}@${row.updatedAt.toISOString()}`).toSorted();
  }
  // Demo accounts with their password hash: a second run must not hash the password again.
  const accounts = await em.find(
    Account,
    { id: { $in: DEMO_ACCOUNTS.map((a) => a.id) } },
    { populate: ['organisations', 'projects'] },
  );
  result.Account = accounts
    .map(
      (a) =>
        `${a.id}@${a.updatedAt.toISOString()}:${a.passwordHash}:${a.organisations.getIdentifiers().join(',')}:${a.projects.getIdentifiers().join(',')}`,
    )
    .toSorted();
  return result;
}

const fromPast = (origin: { sessionId: string | null }) => origin.sessionId === DEMO_IDS.sessions.past;

describe('demo data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('should not load the demo when the database already holds an organisation', async () => {
    // The test app registers its own operator organisation.
    expect(await app.orm.em.fork().count(Organisation)).toBeGreaterThan(0);
    expect(await seedDemoIfEmpty(app.orm)).toBe(false);
    expect(await app.orm.em.fork().count(Project)).toBe(0);
  });

  it('should load the demo and report that it did when the database is empty', async () => {
    await app.orm.em.fork().nativeDelete(Organisation, {});
    expect(await seedDemoIfEmpty(app.orm)).toBe(true);
  });

  it('should load as many rows as the seeders define when the database was empty', async () => {
    const em = app.orm.em.fork();
    for (const [entity, count] of demoTables) {
      expect({ entity: entity.name, count: await em.count(entity) }).toEqual({ entity: entity.name, count });
    }
  });

  it('should keep every participant within the dot budget of the round when the votes are loaded', async () => {
    const em = app.orm.em.fork();
    const votes = await em.find(Vote, {}, { populate: ['round'] });
    expect(votes.length).toBeGreaterThan(demoParticipants.length);
    const perVoter = new Map<string, number>();
    for (const vote of votes) {
      const budget = vote.round.getEntity().dotsPerParticipant;
      expect(vote.dots).toBeGreaterThan(0);
      expect(vote.dots).toBeLessThanOrEqual(budget);
      if (vote.participant) {
        const key = `${vote.round.id}:${vote.participant.id}`;
        perVoter.set(key, (perVoter.get(key) ?? 0) + vote.dots);
        expect(perVoter.get(key)).toBeLessThanOrEqual(budget);
      }
    }
    expect(votes.filter((v) => v.source === VoteSource.PAPER).length).toBeGreaterThan(0);
    const attended = new Set(
      (await em.find(Attendance, { session: DEMO_IDS.sessions.past })).map((a) => a.participant.id),
    );
    for (const voter of perVoter.keys()) expect(attended).toContain(voter.split(':')[1]);
  });

  it('should tell a believable story: a closed, a live and a scheduled session around today', async () => {
    const em = app.orm.em.fork();
    const { today } = demoCalendar();
    const [past, live, future] = await Promise.all(
      [DEMO_IDS.sessions.past, DEMO_IDS.sessions.live, DEMO_IDS.sessions.future].map((id) =>
        em.findOneOrFail(Session, id),
      ),
    );
    expect(past).toMatchObject({ status: SessionStatus.CLOSED, joinCode: null });
    expect(past!.startsAt < today).toBe(true);
    expect(live).toMatchObject({ status: SessionStatus.LIVE, joinCode: DEMO_JOIN_CODE });
    expect(live!.startsAt >= today && live!.startsAt < daysAfter(today, 1)).toBe(true);
    expect(DEMO_JOIN_CODE).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const phase = await em.findOneOrFail(AgendaPhase, live!.currentPhaseId!);
    expect({ session: phase.session.id, kind: phase.kind }).toEqual({ session: live!.id, kind: PhaseKind.IDEAS });
    expect(future).toMatchObject({ status: SessionStatus.SCHEDULED, joinCode: null });
    expect(future!.startsAt > daysAfter(today, 1)).toBe(true);

    const project = await em.findOneOrFail(Project, DEMO_IDS.project);
    expect(project.grantEuros).toBeGreaterThanOrEqual(GRANT_MIN_EUROS);
    expect(project.grantEuros).toBeLessThanOrEqual(GRANT_MAX_EUROS);
    for (const session of [past, live, future]) {
      const day = session!.startsAt.toISOString().slice(0, 10);
      expect(day >= project.startsOn && day <= project.endsOn).toBe(true);
    }
  });

  it('should register consenting participants of mixed backgrounds and languages, some of them returning', async () => {
    const em = app.orm.em.fork();
    const participants = await em.find(Participant, {});
    const thirdCountry = participants.filter((p) => p.background === Background.THIRD_COUNTRY_NATIONAL).length;
    expect(thirdCountry / participants.length).toBeGreaterThanOrEqual(0.4);
    expect(thirdCountry / participants.length).toBeLessThanOrEqual(0.6);
    for (const background of Object.values(Background)) {
      expect(participants.some((p) => p.background === background)).toBe(true);
    }
    const languages = new Set(participants.flatMap((p) => p.languages));
    for (const language of ['nl', 'en', 'fr', 'ar', 'ti', 'uk', 'tr', 'so', 'prs'])
      expect(languages).toContain(language);

    const consents = await em.find(Consent, {});
    expect(new Set(consents.map((c) => c.textVersion))).toEqual(new Set([DEMO_CONSENT_TEXT_VERSION]));
    const participating = new Set(
      consents.filter((c) => c.purpose === ConsentPurpose.PARTICIPATION).map((c) => c.participant.id),
    );
    expect(participating.size).toBe(participants.length);
    expect(consents.filter((c) => c.purpose === ConsentPurpose.RESEARCH).length).toBeGreaterThan(
      participants.length / 2,
    );

    const attendance = await em.find(Attendance, {});
    const sessionsOf = new Map<string, number>();
    for (const a of attendance) sessionsOf.set(a.participant.id, (sessionsOf.get(a.participant.id) ?? 0) + 1);
    expect([...sessionsOf.values()].filter((n) => n > 1).length).toBeGreaterThan(5);
  });

  it('should hold paired answers for 13 third-country nationals, 5 host-community residents and 2 EU citizens when the demo is loaded', async () => {
    const em = app.orm.em.fork();
    const answers = await em.find(QuestionnaireAnswer, {}, { populate: ['participant'] });
    const wavesOf = new Map<string, Set<string>>();
    for (const a of answers) {
      const key = a.participant.id;
      wavesOf.set(key, (wavesOf.get(key) ?? new Set()).add(a.wave));
    }
    const participants = await em.find(Participant, {});
    const paired = (background: Background) =>
      participants
        .filter((p) => p.background === background && wavesOf.get(p.id)?.has('PRE') && wavesOf.get(p.id)?.has('POST'))
        .map((p) => p.pseudonym)
        .toSorted();
    // Worked out from the participant rows: research consent, at the first session (PRE), and at the live one or
    // on paper afterwards (POST).
    expect(paired(Background.THIRD_COUNTRY_NATIONAL)).toEqual(
      [
        'Amina',
        'Fatima',
        'Farid',
        'Hamza',
        'Hodan',
        'Kwame',
        'Mariam',
        'Mehmet',
        'Nadia',
        'Olena',
        'Senait',
        'Yonas',
        'Zahra',
      ].toSorted(),
    );
    expect(paired(Background.HOST_COMMUNITY)).toEqual(['Griet', 'Jan', 'Koen', 'Lotte', 'Marleen']);
    expect(paired(Background.EU_CITIZEN)).toEqual(['Agnieszka', 'Carmen']);
    // Only those who agreed to research have answers; every answer is to a shipped item.
    const research = new Set(
      (await em.find(Consent, { purpose: ConsentPurpose.RESEARCH, withdrawnAt: null })).map((c) => c.participant.id),
    );
    expect([...wavesOf.keys()].filter((id) => !research.has(id))).toEqual([]);
    const codes = new Set([...COMPETENCE_ITEMS, ...EVALUATION_ITEMS].map((item) => item.code));
    expect(answers.filter((a) => !codes.has(a.itemCode))).toEqual([]);
    // Paper forms are recorded as such, with who entered them.
    expect(answers.filter((a) => a.source === 'PAPER' && !a.recordedBy)).toEqual([]);
  });

  it('should attribute every contribution to someone who attended, with Dutch and English alongside', async () => {
    const em = app.orm.em.fork();
    const attended = new Set((await em.find(Attendance, {})).map((a) => `${a.session.id}:${a.participant.id}`));
    // Contributions from between sessions have no session: they come through the call, by people of the project.
    const challenges = await em.find(Challenge, { session: { $ne: null } });
    const ideas = await em.find(Idea, { session: { $ne: null } });
    const translated = new Set(
      (await em.find(TextTranslation, {})).map((t) => `${t.field}:${t.subjectId}:${t.language}`),
    );
    const contributions = [
      ...challenges.map((c) => ({
        session: c.session?.id,
        author: c.author?.id,
        language: c.language,
        has: (language: string) => translated.has(`CHALLENGE_TEXT:${c.id}:${language}`),
      })),
      ...ideas.map((i) => ({
        session: i.session?.id,
        author: i.author?.id,
        language: i.language,
        has: (language: string) => translated.has(`IDEA_TEXT:${i.id}:${language}`),
      })),
    ];
    for (const c of contributions) {
      if (c.author) expect(attended).toContain(`${c.session}:${c.author}`);
      for (const language of ['nl', 'en'].filter((l) => l !== c.language)) expect(c.has(language)).toBe(true);
    }
  });

  it('should answer one strategy of each decision, follow the park up three times and leave the forms waiting', async () => {
    const data = await app.ok(
      `query ($project: ID!, $park: ID!, $past: ID!) {
        project(id: $project) {
          title
          outcomesPublic
          partners { role }
          waiting: strategies(status: SUBMITTED) { edges { node { id actions { position } } } }
          answered: strategies(status: ANSWERED) { edges { node { title response { decision reason } } } }
        }
        strategy(id: $park) {
          status submittedAt ideas { id } actions { position progress }
          response { decision reason responsible plannedFor }
          updates { status text link action { position } }
        }
        session(id: $past) { status }
      }`,
      { project: DEMO_IDS.project, park: DEMO_IDS.strategies.park, past: DEMO_IDS.sessions.past },
    );
    expect(data.project.outcomesPublic).toBe(true);
    expect(data.project.partners).toHaveLength(demoProjectPartners.length);
    expect(data.project.waiting.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      DEMO_IDS.strategies.forms,
    ]);
    const decisions = data.project.answered.edges.map(
      (e: { node: { response: { decision: string } } }) => e.node.response.decision,
    );
    expect(decisions.toSorted()).toEqual(['ADOPTED', 'DECLINED', 'PARTLY_ADOPTED', 'UNDER_STUDY']);
    // Every decision but the adopted one says why.
    for (const { node } of data.project.answered.edges as {
      node: { response: { decision: string; reason: string | null } };
    }[])
      if (node.response.decision !== 'ADOPTED') expect(node.response.reason?.length).toBeGreaterThanOrEqual(10);
    const park = demoStrategies.find((s) => s.id === DEMO_IDS.strategies.park)!;
    expect(data.strategy).toMatchObject({
      status: StrategyStatus.ANSWERED,
      ideas: park.ideas.map(() => expect.anything()),
      response: {
        decision: 'PARTLY_ADOPTED',
        reason: demoResponses[0].reason,
        responsible: 'Dienst Openbaar Domein, met Buurtwerk Dijlekant vzw',
        plannedFor: '2027-04-30',
      },
    });
    // Newest on top: the lights are being put up, the first walk is done, and the plan as it was announced.
    expect(data.strategy.updates.map((u: { status: string }) => u.status)).toEqual(['IN_PROGRESS', 'DONE', 'PLANNED']);
    expect(
      data.strategy.updates.map((u: { action: { position: number } | null }) => u.action?.position ?? null),
    ).toEqual([0, 1, null]);
    expect(data.strategy.actions).toEqual([
      { position: 0, progress: 'IN_PROGRESS' },
      { position: 1, progress: 'DONE' },
      { position: 2, progress: 'PLANNED' },
    ]);
    // The bus is under study and the forms wait for an answer: the session is not reviewed yet.
    expect(data.session.status).toBe('CLOSED');
  });

  it('should let every demo account sign in through GraphQL with the documented password', async () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(
      new Set(['ADMINISTRATOR', 'REVIEWER', 'FACILITATOR', 'EVALUATOR', 'TRANSLATOR']),
    );
    const names = new Map<string, string>(demoOrganisations.map((o) => [o.id, o.name]));
    for (const demo of DEMO_ACCOUNTS) {
      const browser = app.client();
      await browser.signIn(demo.email, demo.password);
      const { viewer, projects } = await browser.ok(`{
        viewer { kind account { id email role organisations { name } } }
        projects { edges { node { id } } }
      }`);
      expect(viewer).toEqual({
        kind: 'STAFF',
        account: {
          id: demo.id,
          email: demo.email,
          role: demo.role,
          organisations: [{ name: names.get(demo.organisation) }],
        },
      });
      // Every role reaches the demo project: the administrator and reviewer through Gemeente Mechelen, the others as members.
      expect(projects.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([DEMO_IDS.project]);
    }
    const wrong = await app
      .client()
      .graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
        input: { email: DEMO_ACCOUNTS[0].email, password: 'not-the-demo-password' },
      });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should change nothing when the demo is loaded again, even on another day', async () => {
    const before = await snapshot(app);
    expect(await seedDemoIfEmpty(app.orm)).toBe(false);
    await app.orm.seeder.seed(DemoSeeder);
    await new DemoSeeder().run(app.orm.em.fork(), { calendar: demoCalendar(daysAfter(new Date(), 3)) });
    expect(await snapshot(app)).toEqual(before);
  });

  it('should show a trajectory when it is loaded: carried themes and challenges, a strategy of two sessions, themes in the live session, a contribution waiting, minutes and two photos', async () => {
    const staff = app.client();
    await staff.signIn(DEMO_ACCOUNTS.find((a) => a.role === 'FACILITATOR')!.email, DEMO_PASSWORD);
    const data = await staff.ok<{
      live: {
        themes: { id: string; title: string; origin: { sessionId: string | null } }[];
        challenges: {
          edges: { node: { id: string; origin: { sessionId: string | null; betweenSessions: boolean } } }[];
        };
      };
      strategy: { sessions: { id: string }[] };
      between: { waitingChallenges: { id: string }[]; waitingIdeas: { id: string }[] };
      past: { minutes: { html: string } | null; photos: { id: string; width: number }[] };
    }>(
      `query ($live: ID!, $past: ID!, $strategy: ID!, $project: ID!) {
        live: session(id: $live) {
          themes(includeCarried: true) { id title origin { sessionId } }
          challenges(first: 200, includeCarried: true) { edges { node { id origin { sessionId betweenSessions } } } }
        }
        strategy(id: $strategy) { sessions { id } }
        between: betweenSessions(projectId: $project) { waitingChallenges { id } waitingIdeas { id } }
        past: session(id: $past) { minutes { html } photos { id width } }
      }`,
      {
        live: DEMO_IDS.sessions.live,
        past: DEMO_IDS.sessions.past,
        strategy: DEMO_IDS.strategies.safeHome,
        project: DEMO_IDS.project,
      },
    );
    // Two themes of the first session, and the live session's own two.
    expect(data.live.themes.filter((t) => fromPast(t.origin))).toHaveLength(2);
    expect(data.live.themes.filter((t) => t.origin.sessionId === DEMO_IDS.sessions.live)).toHaveLength(2);
    const origins = data.live.challenges.edges.map((e) => e.node.origin);
    // Safety (2 shown) and mobility (2) came with their themes, and the library's hours on its own: 5 of the first.
    expect(origins.filter(fromPast)).toHaveLength(5);
    expect(origins.filter((o) => o.betweenSessions)).toHaveLength(1);
    expect(origins.filter((o) => o.sessionId === DEMO_IDS.sessions.live)).toHaveLength(3);
    expect(data.strategy.sessions.map((s) => s.id)).toEqual([DEMO_IDS.sessions.past, DEMO_IDS.sessions.live]);
    expect(data.between.waitingChallenges).toHaveLength(1);
    expect(data.between.waitingIdeas).toHaveLength(1);
    expect(data.past.minutes?.html).toContain('<h2>');
    expect(data.past.photos).toHaveLength(2);
  });
});
