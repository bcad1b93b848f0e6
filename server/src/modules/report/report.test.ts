import { parse as parseCsv } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { LoginKind, LoginSession } from '../account/login-session.entity.js';
import { Attendance, Background, Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { createStrategyFixture } from '../strategy/strategy.fixtures.js';
import type { SessionReportData } from './report.query.js';
import { SESSION_REPORT_QUERY } from './report.query.js';

const GROUPS = ['THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'] as const;
type Group = (typeof GROUPS)[number];

// The workshop as it was entered: every expected figure below is computed from these.
const SESSION_INPUT = {
  title: 'Buurtgesprek De Kolonie – café & bib',
  startsAt: '2026-03-14T09:30:00.000Z',
  durationMinutes: 150,
  location: 'Buurthuis De Kolonie, Genk',
  languages: ['nl', 'ar', 'fr'],
  capacity: 30,
};
// Twelve participants checked in: 6 third-country nationals, 5 of the host community, 1 EU citizen, nobody who
// prefers not to say; a thirteenth came only to the earlier session.
const BACKGROUNDS: Group[] = [
  ...Array<Group>(6).fill('THIRD_COUNTRY_NATIONAL'),
  ...Array<Group>(5).fill('HOST_COMMUNITY'),
  'EU_CITIZEN',
];
const AT_EARLIER_SESSION = [0, 1, 6, 7, 11];
const THEMES = ['Veiligheid in het park', 'Openingsuren', 'Mobiliteit'];

interface ChallengeSpec {
  text: string;
  language: string;
  author: number | null;
  theme: number | null;
}
const CHALLENGES: ChallengeSpec[] = [
  { text: "Het park is 's avonds te donker om er door te wandelen", language: 'nl', author: 0, theme: 0 },
  { text: 'Er zijn te weinig bankjes in het park', language: 'nl', author: 6, theme: 0 },
  { text: 'Het park is donker na zonsondergang', language: 'nl', author: 1, theme: 0 },
  { text: 'De bibliotheek sluit te vroeg voor wie in ploegen werkt', language: 'nl', author: 2, theme: 1 },
  { text: 'المكتبة تغلق مبكرا جدا', language: 'ar', author: 3, theme: 1 },
  { text: 'Le café du quartier ferme à 18 h, même le samedi', language: 'fr', author: 11, theme: 1 },
  { text: 'Bus 45 rijdt niet meer na 20 uur', language: 'nl', author: 7, theme: 2 },
  { text: 'Fietspaden zijn onveilig bij de school', language: 'nl', author: null, theme: 2 },
  { text: 'Geen plek om te sporten voor meisjes', language: 'nl', author: 8, theme: null },
  { text: 'Dit hoort hier niet', language: 'nl', author: 9, theme: null },
];
const MERGED = { source: 2, target: 0 };
const HIDDEN_CHALLENGE = 9;

interface IdeaSpec {
  challenge: number;
  text: string;
  language: string;
  author: number | null;
}
const IDEAS: IdeaSpec[] = [
  { challenge: 0, text: 'Meer straatverlichting langs de paden', language: 'nl', author: 0 },
  { challenge: 0, text: 'Een buurtwacht met vrijwilligers', language: 'nl', author: 4 },
  { challenge: 2, text: 'Lampen op zonne-energie', language: 'nl', author: 1 },
  { challenge: 3, text: 'Avondopening op donderdag', language: 'nl', author: 2 },
  { challenge: 4, text: 'فتح المكتبة يوم السبت', language: 'ar', author: 3 },
  { challenge: 6, text: 'Een belbus in de avond', language: 'nl', author: 7 },
  { challenge: 6, text: 'Grapje', language: 'nl', author: 9 },
  { challenge: 8, text: 'Sportuurtjes voor meisjes in de sporthal', language: 'nl', author: null },
];
const HIDDEN_IDEA = 6;

interface VoteSpec {
  voter: number | null; // null: counted on paper
  target: number;
  dots: number;
}
const ROUNDS: { title: string; target: 'CHALLENGES' | 'IDEAS'; dotsPerParticipant: number; votes: VoteSpec[] }[] = [
  {
    title: 'Welke uitdagingen zijn het belangrijkst?',
    target: 'CHALLENGES',
    dotsPerParticipant: 3,
    votes: [
      { voter: 0, target: 0, dots: 2 },
      { voter: 0, target: 3, dots: 1 },
      { voter: 1, target: 2, dots: 2 },
      { voter: 2, target: 3, dots: 3 },
      { voter: 3, target: 4, dots: 2 },
      { voter: 3, target: 9, dots: 1 },
      { voter: 6, target: 6, dots: 1 },
      { voter: 6, target: 1, dots: 2 },
      { voter: 11, target: 5, dots: 3 },
      { voter: null, target: 0, dots: 4 },
      { voter: null, target: 8, dots: 3 },
      { voter: null, target: 7, dots: 2 },
    ],
  },
  {
    title: 'Welke ideeën werken we uit?',
    target: 'IDEAS',
    dotsPerParticipant: 2,
    votes: [
      { voter: 4, target: 1, dots: 2 },
      { voter: 5, target: 3, dots: 1 },
      { voter: 7, target: 5, dots: 2 },
      { voter: 10, target: 7, dots: 2 },
      { voter: 0, target: 0, dots: 1 },
      { voter: 1, target: 2, dots: 1 },
      { voter: null, target: 0, dots: 3 },
      { voter: null, target: 4, dots: 2 },
    ],
  },
];

const STRATEGIES = [
  {
    title: 'Een veilig park',
    description: 'Het park wordt een plek waar iedereen zich ook na zonsondergang veilig voelt.',
    ideas: [0, 1],
    actions: [
      {
        what: 'Verlichting plaatsen langs de hoofdpaden',
        who: 'Dienst openbare werken',
        due: 'Najaar 2026',
        resources: '€ 40.000',
      },
      {
        what: 'Buurtwacht opstarten',
        who: 'Buurtcomité en wijkagent',
        due: 'Voorjaar 2027',
        resources: 'Vrijwilligers, hesjes',
      },
    ],
    response: {
      decision: 'ADOPTED',
      reason: 'De gemeente neemt de verlichting op in het budget van 2026.',
      responsible: 'Dienst openbare werken',
      plannedFor: '2026-10-31',
    },
    followUp: 'Werken starten in oktober.',
  },
  {
    title: 'De bib langer open',
    description: 'Avondopeningen voor wie overdag werkt.',
    ideas: [3],
    actions: [
      {
        what: 'Proef met avondopening op donderdag',
        who: 'Bibliotheek',
        due: 'September 2026',
        resources: 'Twee medewerkers',
      },
    ],
    response: null,
    followUp: null,
  },
];

type Figure = { count: number | null; suppressed: boolean; hiddenBecause: string | null };

const K = 5;
const shown = (count: number) => ({ count, suppressed: false, hiddenBecause: null });
const hidden = { count: null, suppressed: true, hiddenBecause: 'SMALL_GROUP' };
const byGroup = (figures: Record<Group, Figure>) =>
  GROUPS.map((background) => ({
    background,
    ...figures[background],
  })) as SessionReportData['attendance']['byBackground'];

// Every figure of a report, wherever it sits.
const figuresOf = (report: SessionReportData): Figure[] => [
  ...report.attendance.byBackground,
  report.attendance.returning,
  ...report.contributions.challenges.byBackground,
  ...report.contributions.ideas.byBackground,
  ...report.contributions.dotsGiven.byBackground,
];

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

// Where each challenge shows: itself, the challenge it was merged into, or nowhere (hidden).
const shownAs = (c: number): number | null => (c === HIDDEN_CHALLENGE ? null : c === MERGED.source ? MERGED.target : c);

const mostDotsFirst = <T extends { dotCount: number; order: number }>(a: T, b: T): number =>
  b.dotCount - a.dotCount || a.order - b.order;

// How the CSV writes a figure.
const csvCell = (f: Figure): string => (f.suppressed ? 'not shown' : String(f.count));

// Arabic is laid out right to left in the PDF (bidi-lines.ts); the text extracted from it (pdf.js puts a line's
// visual order back into logical order) is compared without the spaces between words, which pdf.js does not always
// find between right-to-left words. A word or a sentence in the wrong order still fails.
const isLatin = (text: string): boolean => !/[\u0600-\u06ff]/.test(text);
const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

describe('session report', () => {
  let app: TestApp;
  let organisationId: string;
  let projectId: string;
  let otherProjectId: string;
  let sessionId: string;
  let participantIds: string[] = [];
  let challengeIds: string[] = [];
  let ideaIds: string[] = [];
  let themeIds: string[] = [];
  let roundIds: string[] = [];
  let strategyIds: string[] = [];

  const mutate = async (name: string, inputType: string, input: Record<string, unknown>, select: string) =>
    (await app.ok(`mutation ($input: ${inputType}!) { ${name}(input: $input) { ${select} } }`, { input }))[name];

  const createSession = async (overrides: Record<string, unknown> = {}): Promise<string> =>
    (
      await mutate(
        'createSession',
        'CreateSessionInput',
        { projectId, ...SESSION_INPUT, ...overrides },
        'session { id }',
      )
    ).session.id;

  const changeStatus = (id: string, status: SessionStatus) =>
    mutate('changeSessionStatus', 'ChangeSessionStatusInput', { sessionId: id, status }, 'session { id }');

  const checkIn = (id: string, participantId: string) =>
    mutate('checkInParticipant', 'CheckInParticipantInput', { sessionId: id, participantId }, 'attendance { id }');

  const readReport = async (client: TestClient, id = sessionId): Promise<SessionReportData> =>
    (await client.ok<{ sessionReport: SessionReportData }>(SESSION_REPORT_QUERY, { sessionId: id })).sessionReport;

  const download = (client: TestClient | null, id: string, format: string) =>
    fetch(`${app.url}/sessions/${id}/report.${format}`, {
      headers: {
        ...(client ? { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(client?.language ? { 'accept-language': client.language } : {}),
      },
    });

  // The report's CSV as a reader of `language` downloads it, as rows of cells.
  const csvIn = async (language: string) => {
    const reader = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [organisationId],
      projectIds: [projectId],
    });
    reader.language = language;
    const response = await download(reader, sessionId, 'csv');
    expect(response.status).toBe(200);
    const rows: string[][] = parseCsv(Buffer.from(await response.arrayBuffer()), { bom: true });
    return rows;
  };

  // A browser signed in as a participant who joined the session (as joinSession leaves it).
  const participantBrowser = async (participantId: string, inSessionId: string): Promise<TestClient> => {
    const token = newToken();
    const em = app.orm.em.fork();
    em.create(LoginSession, {
      tokenHash: hashToken(token),
      kind: LoginKind.PARTICIPANT,
      participant: em.getReference(Participant, participantId),
      session: em.getReference(Session, inSessionId),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await em.flush();
    const browser = app.client();
    browser.cookies.set(LOGIN_COOKIE, token);
    return browser;
  };

  const strategyIn = async (inSessionId: string, title: string, actions: number) => {
    const created = await mutate(
      'createStrategy',
      'CreateStrategyInput',
      { sessionId: inSessionId, title },
      'strategy { id }',
    );
    const id = created.strategy.id as string;
    for (let i = 0; i < actions; i++) {
      await mutate(
        'addStrategyAction',
        'AddStrategyActionInput',
        { strategyId: id, what: `Actie ${i + 1}`, who: 'Gemeente', due: '2026' },
        'action { id }',
      );
    }
    return id;
  };
  const statusOf = async (id: string): Promise<string> =>
    (await app.ok(`query ($id: ID!) { strategy(id: $id) { status } }`, { id })).strategy.status;

  beforeAll(async () => {
    app = await createTestApp();
    organisationId = (
      await mutate(
        'createOrganisation',
        'CreateOrganisationInput',
        { name: 'Gemeente Genk', kind: 'MUNICIPALITY' },
        'organisation { id }',
      )
    ).organisation.id;
    const project = async (title: string) =>
      (
        await mutate(
          'createProject',
          'CreateProjectInput',
          { promoterId: organisationId, title, grantEuros: 150_000, startsOn: '2026-01-01', endsOn: '2026-12-31' },
          'project { id }',
        )
      ).project.id as string;
    projectId = await project('Samen in Genk');
    otherProjectId = await project('Een ander project');

    const consent = { textVersion: '2026-01', method: 'PAPER' };
    participantIds = [];
    for (const [index, background] of [...BACKGROUNDS, 'PREFERS_NOT_TO_SAY' as Group].entries()) {
      const registered = await mutate(
        'registerParticipant',
        'RegisterParticipantInput',
        { projectId, pseudonym: `Buur ${index + 1}`, background, languages: ['nl'], participationConsent: consent },
        'participant { id }',
      );
      participantIds.push(registered.participant.id);
    }

    // An earlier session of the project, for returning participants.
    const earlierId = await createSession({ title: 'Kennismaking', startsAt: '2026-02-10T18:00:00.000Z' });
    await changeStatus(earlierId, SessionStatus.SCHEDULED);
    for (const index of [...AT_EARLIER_SESSION, BACKGROUNDS.length]) await checkIn(earlierId, participantIds[index]!);

    sessionId = await createSession();
    await changeStatus(sessionId, SessionStatus.SCHEDULED);
    await changeStatus(sessionId, SessionStatus.LIVE);
    for (const id of participantIds.slice(0, BACKGROUNDS.length)) await checkIn(sessionId, id);

    themeIds = [];
    for (const title of THEMES) {
      themeIds.push((await mutate('createTheme', 'CreateThemeInput', { sessionId, title }, 'theme { id }')).theme.id);
    }
    challengeIds = [];
    for (const c of CHALLENGES) {
      const created = await mutate(
        'createChallenge',
        'CreateChallengeInput',
        {
          sessionId,
          text: c.text,
          language: c.language,
          authorId: c.author === null ? null : participantIds[c.author],
          themeId: c.theme === null ? null : themeIds[c.theme],
        },
        'challenge { id }',
      );
      challengeIds.push(created.challenge.id);
    }
    ideaIds = [];
    for (const idea of IDEAS) {
      const created = await mutate(
        'createIdea',
        'CreateIdeaInput',
        {
          challengeId: challengeIds[idea.challenge],
          text: idea.text,
          language: idea.language,
          authorId: idea.author === null ? null : participantIds[idea.author],
        },
        'idea { id }',
      );
      ideaIds.push(created.idea.id);
    }

    roundIds = [];
    for (const round of ROUNDS) {
      const opened = await mutate(
        'openVotingRound',
        'OpenVotingRoundInput',
        { sessionId, title: round.title, target: round.target, dotsPerParticipant: round.dotsPerParticipant },
        'round { id }',
      );
      const roundId = opened.round.id as string;
      roundIds.push(roundId);
      for (const vote of round.votes) {
        const target =
          round.target === 'CHALLENGES' ? { challengeId: challengeIds[vote.target] } : { ideaId: ideaIds[vote.target] };
        if (vote.voter === null) {
          await mutate(
            'recordPaperVotes',
            'RecordPaperVotesInput',
            { roundId, ...target, dots: vote.dots },
            'vote { id }',
          );
        } else {
          await mutate(
            'castVote',
            'CastVoteInput',
            { roundId, participantId: participantIds[vote.voter], ...target, dots: vote.dots },
            'vote { id }',
          );
        }
      }
      await mutate('closeVotingRound', 'CloseVotingRoundInput', { roundId }, 'round { id }');
    }

    // Moderation after the votes: dots of the merged challenge count for its target; hidden ones leave the board.
    await mutate(
      'mergeChallenges',
      'MergeChallengesInput',
      { sourceIds: [challengeIds[MERGED.source]], targetId: challengeIds[MERGED.target] },
      'challenge { id }',
    );
    await mutate(
      'setChallengeStatus',
      'SetChallengeStatusInput',
      { challengeId: challengeIds[HIDDEN_CHALLENGE], status: 'HIDDEN' },
      'challenge { id }',
    );
    await mutate(
      'setIdeaStatus',
      'SetIdeaStatusInput',
      { ideaId: ideaIds[HIDDEN_IDEA], status: 'HIDDEN' },
      'idea { id }',
    );

    strategyIds = [];
    for (const strategy of STRATEGIES) {
      const created = await mutate(
        'createStrategy',
        'CreateStrategyInput',
        {
          sessionId,
          title: strategy.title,
          description: strategy.description,
          ideaIds: strategy.ideas.map((i) => ideaIds[i]),
        },
        'strategy { id }',
      );
      const strategyId = created.strategy.id as string;
      strategyIds.push(strategyId);
      for (const action of strategy.actions) {
        await mutate('addStrategyAction', 'AddStrategyActionInput', { strategyId, ...action }, 'action { id }');
      }
    }
    await changeStatus(sessionId, SessionStatus.CLOSED);
    // The first strategy went to the municipality, which answered it; the second is still a draft.
    for (const [index, strategy] of STRATEGIES.entries()) {
      if (!strategy.response) continue;
      await mutate('submitStrategy', 'SubmitStrategyInput', { strategyId: strategyIds[index] }, 'strategy { id }');
      await mutate(
        'respondToStrategy',
        'RespondToStrategyInput',
        { strategyId: strategyIds[index], ...strategy.response },
        'response { id }',
      );
      await mutate(
        'addStrategyUpdate',
        'AddStrategyUpdateInput',
        { strategyId: strategyIds[index], status: 'PLANNED', text: strategy.followUp },
        'update { id }',
      );
    }
  }, 120_000);
  afterAll(() => app.close());

  // The whole report, worked out from what was entered.
  function expectedReport(): SessionReportData {
    const keptIdeas = IDEAS.map((_, i) => i).filter((i) => i !== HIDDEN_IDEA && shownAs(IDEAS[i]!.challenge) !== null);
    const votes = ROUNDS.flatMap((round) => round.votes.map((vote) => ({ ...vote, round: round.target })));
    const challengeDots = (c: number) =>
      votes.filter((v) => v.round === 'CHALLENGES' && shownAs(v.target) === c).reduce((sum, v) => sum + v.dots, 0);
    const ideaDots = (i: number) =>
      votes.filter((v) => v.round === 'IDEAS' && v.target === i).reduce((sum, v) => sum + v.dots, 0);
    const challengeEntry = (c: number) => ({
      id: challengeIds[c]!,
      text: CHALLENGES[c]!.text,
      language: CHALLENGES[c]!.language,
      dotCount: challengeDots(c),
      merged: CHALLENGES.map((_, m) => m)
        .filter((m) => m !== c && shownAs(m) === c)
        .map((m) => ({ id: challengeIds[m]!, text: CHALLENGES[m]!.text, language: CHALLENGES[m]!.language })),
      ideas: keptIdeas
        .filter((i) => shownAs(IDEAS[i]!.challenge) === c)
        .map((i) => ({
          id: ideaIds[i]!,
          text: IDEAS[i]!.text,
          language: IDEAS[i]!.language,
          dotCount: ideaDots(i),
          order: i,
        }))
        .toSorted(mostDotsFirst)
        .map(({ order: _order, ...idea }) => idea),
      order: c,
    });
    const themeEntry = (theme: number | null) => {
      const challenges = CHALLENGES.map((_, c) => c)
        .filter((c) => CHALLENGES[c]!.theme === theme && shownAs(c) === c)
        .map(challengeEntry)
        .toSorted(mostDotsFirst)
        .map(({ order: _order, ...c }) => c);
      return {
        id: theme === null ? null : themeIds[theme]!,
        title: theme === null ? null : THEMES[theme]!,
        dotCount: challenges.reduce((sum, c) => sum + c.dotCount, 0),
        challenges,
      };
    };
    const digital = (round: (typeof ROUNDS)[number]) =>
      round.votes.filter((v) => v.voter !== null).reduce((s, v) => s + v.dots, 0);
    const paper = (round: (typeof ROUNDS)[number]) =>
      round.votes.filter((v) => v.voter === null).reduce((s, v) => s + v.dots, 0);

    return {
      session: {
        id: sessionId,
        title: SESSION_INPUT.title,
        projectTitle: 'Samen in Genk',
        startsAt: SESSION_INPUT.startsAt,
        durationMinutes: SESSION_INPUT.durationMinutes,
        location: SESSION_INPUT.location,
        languages: SESSION_INPUT.languages,
        // Its one submitted strategy was adopted: the session became reviewed by itself.
        status: SessionStatus.REVIEWED,
      },
      smallGroupThreshold: K,
      // Worked out by hand from BACKGROUNDS, AT_EARLIER_SESSION, CHALLENGES, IDEAS and ROUNDS:
      attendance: {
        total: 12,
        // 6 T, 5 H, 1 E, 0 P. E and P are under 5, and hide 1 person together: "all minus the shown"
        // would give it away, so the group with the fewest people left, H (5), is hidden too (6 hidden).
        byBackground: byGroup({
          THIRD_COUNTRY_NATIONAL: shown(6),
          HOST_COMMUNITY: hidden,
          EU_CITIZEN: hidden,
          PREFERS_NOT_TO_SAY: hidden,
        }),
        // Participants 0, 1, 6, 7 and 11 came to the earlier session: 5 returning, 7 for the first time.
        returning: shown(5),
      },
      contributions: {
        // 9 challenges on the board (the hidden one not counted, the merged one counted), by 0-3 (T: 4
        // people), 6, 7, 8 (H: 3), 11 (E: 1) and one without an author: no group has 5 people behind it.
        challenges: {
          total: 9,
          byBackground: byGroup({
            THIRD_COUNTRY_NATIONAL: hidden,
            HOST_COMMUNITY: hidden,
            EU_CITIZEN: hidden,
            PREFERS_NOT_TO_SAY: hidden,
          }),
        },
        // 7 ideas by 0, 4, 1, 2, 3 (T: 5 people), 7 (H: 1) and one without an author. T has 5 people,
        // but H, E and P hide only 1 together, so T is hidden as well.
        ideas: {
          total: 7,
          byBackground: byGroup({
            THIRD_COUNTRY_NATIONAL: hidden,
            HOST_COMMUNITY: hidden,
            EU_CITIZEN: hidden,
            PREFERS_NOT_TO_SAY: hidden,
          }),
        },
        // 26 dots in the app: T 16 from 6 people (0: 4, 1: 3, 2: 3, 3: 3, 4: 2, 5: 1), H 7 from 3 (6: 3,
        // 7: 2, 10: 2), E 3 from 1 (11). H, E and P hide 4 people together, fewer than 5: T is hidden too.
        dotsGiven: {
          total: 26,
          byBackground: byGroup({
            THIRD_COUNTRY_NATIONAL: hidden,
            HOST_COMMUNITY: hidden,
            EU_CITIZEN: hidden,
            PREFERS_NOT_TO_SAY: hidden,
          }),
        },
      },
      themes: [...THEMES.map((_, t) => themeEntry(t)), themeEntry(null)],
      votingRounds: ROUNDS.map((round, r) => ({
        id: roundIds[r]!,
        title: round.title,
        target: round.target,
        status: 'CLOSED',
        dotsPerParticipant: round.dotsPerParticipant,
        digitalDots: digital(round),
        paperDots: paper(round),
        totalDots: digital(round) + paper(round),
        // Round 1: T 4 voters (0-3), H 1 (6), E 1 (11); round 2: T 4 (0, 1, 4, 5), H 2 (7, 10); the paper dots
        // have no group. No group has 5 people behind its dots, so each round hides every group.
        dotsByBackground: byGroup({
          THIRD_COUNTRY_NATIONAL: hidden,
          HOST_COMMUNITY: hidden,
          EU_CITIZEN: hidden,
          PREFERS_NOT_TO_SAY: hidden,
        }),
      })) as SessionReportData['votingRounds'],
      strategies: STRATEGIES.map((strategy, s) => ({
        id: strategyIds[s]!,
        title: strategy.title,
        description: strategy.description,
        status: strategy.response ? 'ANSWERED' : 'DRAFT',
        submittedAt: strategy.response ? expect.any(String) : null,
        ideas: strategy.ideas.map((i) => ({ id: ideaIds[i]!, text: IDEAS[i]!.text })),
        actions: strategy.actions,
        response: strategy.response
          ? { ...strategy.response, respondedAt: expect.any(String), decidedAt: expect.any(String) }
          : null,
        latestUpdate: strategy.followUp
          ? { status: 'PLANNED', text: strategy.followUp, link: null, at: expect.any(String) }
          : null,
      })) as SessionReportData['strategies'],
      // The room as it happened has tests of its own (report.room.test.ts); nothing was carried, written or photographed.
      phases: expect.any(Array),
      carriedIn: [],
      minutesHtml: null,
      photos: [],
    };
  }

  describe('sessionReport', () => {
    it('should give every figure as it was entered when the session is closed', async () => {
      const report = await readReport(app);
      expect(report).toEqual(expectedReport());
    });

    it('should show no figure below the threshold, and no lone suppressed figure, when groups are small', async () => {
      const report = await readReport(app);
      for (const f of figuresOf(report)) {
        if (!f.suppressed) expect(f.count).toBeGreaterThanOrEqual(K);
        else expect(f.count).toBeNull();
      }
      const eu = report.attendance.byBackground.find((g) => g.background === Background.EU_CITIZEN);
      expect(eu).toEqual({ background: 'EU_CITIZEN', count: null, suppressed: true, hiddenBecause: 'SMALL_GROUP' });
      // The one EU citizen raised a challenge and gave dots: their group's contributions stay hidden too.
      for (const kind of [
        report.contributions.challenges,
        report.contributions.ideas,
        report.contributions.dotsGiven,
      ]) {
        expect(kind.byBackground.find((g) => g.background === Background.EU_CITIZEN)?.suppressed).toBe(true);
      }
      expect(report.attendance.byBackground.filter((g) => g.suppressed).length).not.toBe(1);
    });

    it('should also suppress the smallest other group when only one group is small', async () => {
      // 5 + 5 + 5 + 1: with the total shown, the lone small group could be worked out.
      const em = app.orm.em.fork();
      const project = await em.findOneOrFail(Project, { id: projectId });
      const session = em.create(Session, {
        project,
        title: 'Vier groepen',
        startsAt: new Date('2026-05-01T18:00:00Z'),
        location: 'Stadhuis',
        capacity: 40,
        status: SessionStatus.CLOSED,
      });
      const sizes: [Background, number][] = [
        [Background.THIRD_COUNTRY_NATIONAL, 5],
        [Background.HOST_COMMUNITY, 6],
        [Background.EU_CITIZEN, 1],
        [Background.PREFERS_NOT_TO_SAY, 7],
      ];
      for (const [background, n] of sizes) {
        for (let i = 0; i < n; i++) {
          const participant = em.create(Participant, {
            project,
            pseudonym: `${background} ${i}`,
            background,
            languages: ['nl'],
          });
          em.create(Attendance, { session, participant });
        }
      }
      await em.flush();
      const report = await readReport(app, session.id);
      expect(report.attendance.total).toBe(19);
      expect(report.attendance.byBackground).toEqual([
        { background: 'THIRD_COUNTRY_NATIONAL', count: null, suppressed: true, hiddenBecause: 'SMALL_GROUP' },
        { background: 'HOST_COMMUNITY', count: 6, suppressed: false, hiddenBecause: null },
        { background: 'EU_CITIZEN', count: null, suppressed: true, hiddenBecause: 'SMALL_GROUP' },
        { background: 'PREFERS_NOT_TO_SAY', count: 7, suppressed: false, hiddenBecause: null },
      ]);
      expect(report.themes).toEqual([]);
      expect(report.strategies).toEqual([]);
    });

    it('should read the report in a fixed number of statements when the board is full', async () => {
      await readReport(app);
      // The fewest of three reads: a loader's batch can split over two turns of the event loop when the machine is
      // busy (a statement more, by timing), while a statement per record would show in every read.
      const counts: number[] = [];
      for (let read = 0; read < 3; read++) {
        app.resetQueries();
        await readReport(app);
        counts.push(app.queries.length);
      }
      // Three for the viewer, one for the guard, twenty-two for the report (the newest timeline updates, the dots by
      // group, the agenda with what each phase produced, the minutes, the photos and what was carried in among them):
      // none per challenge, idea, vote or strategy.
      expect(Math.min(...counts)).toBeLessThanOrEqual(26);
    });

    it('should let a participant of the session read the report when they joined it', async () => {
      const browser = await participantBrowser(participantIds[0]!, sessionId);
      expect(await readReport(browser)).toEqual(await readReport(app));
    });

    it('should refuse the report with FORBIDDEN when a participant joined another session', async () => {
      const otherSessionId = await createSession({ title: 'Een andere sessie' });
      const browser = await participantBrowser(participantIds[0]!, otherSessionId);
      const result = await browser.graphql(SESSION_REPORT_QUERY, { sessionId });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    });

    it('should refuse the report with FORBIDDEN when a facilitator works on another project', async () => {
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [organisationId],
        projectIds: [otherProjectId],
      });
      const result = await facilitator.graphql(SESSION_REPORT_QUERY, { sessionId });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('should answer NOT_FOUND when the session does not exist', async () => {
      const result = await app.graphql(SESSION_REPORT_QUERY, { sessionId: '00000000-0000-4000-8000-000000000000' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('downloads', () => {
    it('should download the report as JSON equal to the query when signed in', async () => {
      const response = await download(app, sessionId, 'json');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toContain('attachment; filename="buurtgesprek-de-kolonie-cafe-bib-2026-03-14.json"');
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent('Buurtgesprek De Kolonie – café & bib 2026-03-14.json')}`,
      );
      expect(await response.json()).toEqual(await readReport(app));
    });

    it('should download a CSV that parses back to the same figures when opened', async () => {
      const response = await download(app, sessionId, 'csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain(
        'filename="buurtgesprek-de-kolonie-cafe-bib-2026-03-14.csv"',
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv<Record<string, string>>(bytes, { bom: true, columns: true });
      const report = await readReport(app);
      const section = (name: string) => rows.filter((row) => row.section === name);

      expect(section('session').find((r) => r.name === 'title')?.text).toBe(report.session.title);
      const attendance = section('attendance');
      expect(attendance.find((r) => r.name === 'total')?.count).toBe(String(report.attendance.total));
      expect(attendance.filter((r) => r.name === 'background').map((r) => [r.group, r.count, r.suppressed])).toEqual(
        report.attendance.byBackground.map((g) => [g.background, csvCell(g), g.suppressed ? 'yes' : 'no']),
      );
      expect(attendance.find((r) => r.name === 'returning')?.count).toBe(csvCell(report.attendance.returning));
      for (const [name, grouped] of [
        ['challenges', report.contributions.challenges],
        ['ideas', report.contributions.ideas],
        ['dots_given', report.contributions.dotsGiven],
      ] as const) {
        const kind = section('contributions').filter((r) => r.name === name);
        expect(kind.find((r) => !r.group)?.count).toBe(String(grouped.total));
        expect(kind.filter((r) => r.group).map((r) => [r.group, r.count])).toEqual(
          grouped.byBackground.map((g) => [g.background, csvCell(g)]),
        );
      }
      const themed = report.themes.flatMap((t) =>
        t.challenges.map((c) => [t.title ?? '(no theme)', c.text, c.language, String(c.dotCount)]),
      );
      expect(section('challenge').map((r) => [r.theme, r.text, r.language, r.dots])).toEqual(themed);
      const ideas = report.themes.flatMap((t) =>
        t.challenges.flatMap((c) => c.ideas.map((i) => [c.text, i.text, String(i.dotCount)])),
      );
      expect(section('idea').map((r) => [r.parent, r.text, r.dots])).toEqual(ideas);
      expect(section('merged_challenge').map((r) => r.text)).toEqual([CHALLENGES[MERGED.source]!.text]);
      const rounds = section('voting_round');
      expect(rounds.filter((r) => !r.group).map((r) => [r.name, r.digital_dots, r.paper_dots, r.dots])).toEqual(
        report.votingRounds.map((r) => [r.title, String(r.digitalDots), String(r.paperDots), String(r.totalDots)]),
      );
      expect(rounds.filter((r) => r.group).map((r) => [r.name, r.group, r.count])).toEqual(
        report.votingRounds.flatMap((r) => r.dotsByBackground.map((g) => [r.title, g.background, csvCell(g)])),
      );
      expect(section('strategy').map((r) => [r.name, r.status])).toEqual(
        report.strategies.map((s) => [s.title, s.status]),
      );
      expect(section('action').map((r) => [r.parent, r.text, r.who, r.due, r.resources])).toEqual(
        report.strategies.flatMap((s) => s.actions.map((a) => [s.title, a.what, a.who, a.due, a.resources])),
      );
      expect(section('response').map((r) => [r.parent, r.decision, r.reason])).toEqual(
        report.strategies.flatMap((s) => (s.response ? [[s.title, s.response.decision, s.response.reason]] : [])),
      );
    });

    it('should download an A4 PDF with the title and every challenge when signed in', async () => {
      const response = await download(app, sessionId, 'pdf');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(
        'filename="buurtgesprek-de-kolonie-cafe-bib-2026-03-14.pdf"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const pdf = await getDocumentProxy(bytes);
      const page = await pdf.getPage(1);
      const [, , width, height] = page.view;
      expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
      const { text } = await extractText(pdf, { mergePages: true });
      const content = normalise(text);
      expect(content).toContain(SESSION_INPUT.title);
      const report = await readReport(app);
      const arabic: string[] = [];
      for (const theme of report.themes) {
        for (const challenge of theme.challenges) {
          if (isLatin(challenge.text)) expect(content).toContain(normalise(challenge.text));
          else arabic.push(challenge.text);
        }
        for (const idea of theme.challenges.flatMap((c) => c.ideas)) {
          if (isLatin(idea.text)) expect(content).toContain(normalise(idea.text));
          else arabic.push(idea.text);
        }
      }
      // The Arabic challenge and idea of the fixture, in the order they were written (logical order).
      expect(arabic.toSorted()).toEqual(['المكتبة تغلق مبكرا جدا', 'فتح المكتبة يوم السبت']);
      for (const written of arabic) expect(withoutSpaces(content)).toContain(withoutSpaces(written));
      // Laid out left to right, the words would come out in reverse order.
      expect(withoutSpaces(content)).not.toContain(withoutSpaces('جدا مبكرا تغلق المكتبة'));
      for (const strategy of report.strategies) {
        expect(content).toContain(strategy.title);
        for (const action of strategy.actions) expect(content).toContain(normalise(action.what));
      }
      expect(content).not.toContain(CHALLENGES[HIDDEN_CHALLENGE]!.text);
    });

    it("should write the PDF's headings in the reader's language when the browser asks for Dutch", async () => {
      const dutch = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [organisationId],
        projectIds: [projectId],
      });
      dutch.language = 'nl-BE,nl;q=0.9,en;q=0.5';
      const response = await download(dutch, sessionId, 'pdf');
      expect(response.status).toBe(200);
      const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
      const content = normalise((await extractText(pdf, { mergePages: true })).text);
      for (const heading of ['VERSLAG VAN DE SESSIE', 'Aanwezigheid', 'Bijdragen per groep', 'Uitdagingen per thema'])
        expect(content).toContain(heading);
      expect(content).toContain('Stemrondes');
      expect(content).toMatch(/pagina 1 van \d+/);
      expect(content).not.toContain('Attendance');
      expect(content).not.toContain('Challenges by theme');
    });

    it("should write the CSV's headings and fixed words in Dutch in the same column order when the browser asks for Dutch", async () => {
      const [heading, ...rows] = await csvIn('nl-BE,nl;q=0.9,en;q=0.5');
      expect(heading).toEqual([
        'sectie',
        'thema',
        'hoort bij',
        'naam',
        'tekst',
        'taal',
        'groep',
        'aantal',
        'verborgen',
        'stippen',
        'stippen in de app',
        'stippen op papier',
        'status',
        'wie',
        'tegen wanneer',
        'middelen',
        'beslissing',
        'reden',
        'opvolging',
        'datum',
        'geplande minuten',
        'werkelijke minuten',
      ]);
      // Section and name are the first and fourth columns, text the fifth, whatever the language.
      expect(rows[0]?.slice(0, 5)).toEqual(['sessie', '', '', 'titel', SESSION_INPUT.title]);
      expect(rows.filter((row) => row[0] === 'aanwezigheid').map((row) => row[3])).toEqual(
        expect.arrayContaining(['totaal', 'achtergrond', 'teruggekomen']),
      );
      // A suppressed figure in words, and whether it is suppressed.
      const groups = rows.filter((row) => row[0] === 'aanwezigheid' && row[3] === 'achtergrond');
      expect(new Set(groups.map((row) => row[8]))).toEqual(new Set(['ja', 'nee']));
      expect(groups.filter((row) => row[8] === 'ja').map((row) => row[7])).toContain('niet getoond');
      // The challenge without a theme, under "(zonder thema)"; what people wrote stays as they wrote it.
      expect(rows.find((row) => row[0] === 'uitdaging' && row[4] === 'Geen plek om te sporten voor meisjes')?.[1]).toBe(
        '(zonder thema)',
      );
      expect(new Set(rows.map((row) => row[0]))).toEqual(
        new Set([
          'sessie',
          'aanwezigheid',
          'bijdragen',
          'thema',
          'uitdaging',
          'samengevoegde uitdaging',
          'idee',
          'stemronde',
          'strategie',
          'idee van de strategie',
          'actie',
          // One strategy of the fixture is answered (ADOPTED).
          'antwoord van de gemeente',
          // The agenda's phases, planned against actual time.
          'fase',
        ]),
      );
    });

    it("should write the CSV's headings in Arabic when the browser asks for Arabic", async () => {
      const [heading, first] = await csvIn('ar');
      expect(heading).toEqual([
        'القسم',
        'الموضوع',
        'يتبع',
        'الاسم',
        'النص',
        'اللغة',
        'المجموعة',
        'العدد',
        'مخفي',
        'النقاط',
        'النقاط في التطبيق',
        'النقاط على الورق',
        'الحالة',
        'من',
        'حتى متى',
        'الموارد',
        'القرار',
        'السبب',
        'المتابعة',
        'التاريخ',
        'الدقائق المخططة',
        'الدقائق الفعلية',
      ]);
      expect(first?.slice(0, 5)).toEqual(['الجلسة', '', '', 'العنوان', SESSION_INPUT.title]);
    });

    it('should download the report when a facilitator works on the project', async () => {
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [organisationId],
        projectIds: [projectId],
      });
      const response = await download(facilitator, sessionId, 'json');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(await readReport(app));
    });

    it('should download the report when a participant joined the session', async () => {
      const browser = await participantBrowser(participantIds[3]!, sessionId);
      const response = await download(browser, sessionId, 'csv');
      expect(response.status).toBe(200);
    });

    it.each(['json', 'csv', 'pdf'])(
      'should answer 403 with a JSON error for %s when a facilitator works on another project',
      async (format) => {
        const facilitator = await app.staff({
          role: StaffRole.FACILITATOR,
          organisationIds: [organisationId],
          projectIds: [otherProjectId],
        });
        const response = await download(facilitator, sessionId, format);
        expect(response.status).toBe(403);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(response.headers.get('content-disposition')).toBeNull();
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
      },
    );

    it.each(['json', 'csv', 'pdf'])(
      'should answer 401 with a JSON error for %s when nobody is signed in',
      async (format) => {
        const response = await download(null, sessionId, format);
        expect(response.status).toBe(401);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      },
    );

    it('should answer 404 when the session does not exist', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-session']) {
        const response = await download(app, id, 'pdf');
        expect(response.status).toBe(404);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('submitSessionStrategies', () => {
    const SUBMIT = /* GraphQL */ `
      mutation ($input: SubmitSessionStrategiesInput!) {
        submitSessionStrategies(input: $input) {
          clientMutationId
          strategies {
            id
            title
            status
            submittedAt
            actions {
              id
            }
          }
        }
      }
    `;
    it('should submit every draft with an action in one go when the session is closed', async () => {
      const fixture = await createStrategyFixture(app.orm, 'Submit all');
      const closed = fixture.sessions[SessionStatus.CLOSED].sessionId;
      const earlier = await strategyIn(closed, 'Al ingediend', 1);
      await mutate('submitStrategy', 'SubmitStrategyInput', { strategyId: earlier }, 'strategy { id }');
      const first = await strategyIn(closed, 'Eerste ontwerp', 2);
      const second = await strategyIn(closed, 'Tweede ontwerp', 1);

      const result = await app.ok(SUBMIT, { input: { sessionId: closed, clientMutationId: 'submit-all-1' } });
      const strategies = result.submitSessionStrategies.strategies as {
        id: string;
        status: string;
        submittedAt: string | null;
      }[];
      expect(strategies.map((s) => [s.id, s.status])).toEqual([
        [earlier, 'SUBMITTED'],
        [first, 'SUBMITTED'],
        [second, 'SUBMITTED'],
      ]);
      expect(strategies.every((s) => s.submittedAt)).toBe(true);
      expect(await statusOf(second)).toBe('SUBMITTED');

      // A retry of the same request answers the same and changes nothing.
      const again = await app.ok(SUBMIT, { input: { sessionId: closed, clientMutationId: 'submit-all-1' } });
      expect(again.submitSessionStrategies.strategies).toEqual(result.submitSessionStrategies.strategies);
    });

    it('should refuse with BAD_USER_INPUT naming the draft without an action, and submit nothing', async () => {
      const fixture = await createStrategyFixture(app.orm, 'Submit incomplete');
      const closed = fixture.sessions[SessionStatus.CLOSED].sessionId;
      const complete = await strategyIn(closed, 'Klaar om in te dienen', 1);
      const empty = await strategyIn(closed, 'Nog zonder acties', 0);
      const result = await app.graphql(SUBMIT, { input: { sessionId: closed } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('"Nog zonder acties"');
      expect(result.errors?.[0]?.extensions?.strategyIds).toEqual([empty]);
      expect(await statusOf(complete)).toBe('DRAFT');
      expect(await statusOf(empty)).toBe('DRAFT');
    });

    it.each([SessionStatus.LIVE, SessionStatus.REVIEWED])(
      'should refuse with SESSION_NOT_OPEN and submit nothing when the session is %s',
      async (status) => {
        const fixture = await createStrategyFixture(app.orm, `Submit while ${status}`);
        const { sessionId: target } = fixture.sessions[status];
        // Strategies are only drafted in live or closed sessions: a reviewed one gets its draft through the ORM.
        const draft =
          status === SessionStatus.LIVE
            ? await strategyIn(target, 'Ontwerp tijdens de sessie', 1)
            : await strategyIn(fixture.sessions[SessionStatus.CLOSED].sessionId, 'Ontwerp', 1);
        if (status === SessionStatus.REVIEWED) {
          await app.orm.em
            .fork()
            .getConnection()
            .execute('update strategy set session_id = ? where id = ?', [target, draft]);
        }
        const result = await app.graphql(SUBMIT, { input: { sessionId: target } });
        expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
        expect(result.errors?.[0]?.message).toMatch(/not closed/);
        expect(await statusOf(draft)).toBe('DRAFT');
      },
    );

    it('should refuse with FORBIDDEN when a facilitator works on another project', async () => {
      const fixture = await createStrategyFixture(app.orm, 'Submit elsewhere');
      const closed = fixture.sessions[SessionStatus.CLOSED].sessionId;
      const draft = await strategyIn(closed, 'Van een ander project', 1);
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [organisationId],
        projectIds: [projectId],
      });
      const result = await facilitator.graphql(SUBMIT, { input: { sessionId: closed } });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await statusOf(draft)).toBe('DRAFT');
    });
  });
});
