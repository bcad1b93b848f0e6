// Fixed ids of the demo data, so that tests and the web app can refer to them. Readable on purpose:
// de300000-<kind>-4000-8000-<number>, where the kind says which table the row lives in.
const KINDS = {
  organisation: '0001',
  project: '0002',
  projectPartner: '0003',
  session: '0004',
  agendaPhase: '0005',
  participant: '0006',
  consent: '0007',
  attendance: '0008',
  theme: '0009',
  challenge: '000a',
  idea: '000b',
  votingRound: '000c',
  vote: '000d',
  strategy: '000e',
  strategyAction: '000f',
  municipalityResponse: '0010',
  account: '0011',
  questionnaireAnswer: '0012',
  textTranslation: '0020',
  strategyUpdate: '0021',
  // The trajectory's kinds (0012 is the questionnaire's).
  registration: '0030',
  carriedItem: '0031',
  projectCall: '0032',
  sessionPhoto: '0033',
  sessionMinutes: '0034',
  methodValidation: '0035',
} as const;

export type DemoKind = keyof typeof KINDS;

export const demoUuid = (kind: DemoKind, n: number): string =>
  `de300000-${KINDS[kind]}-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const DEMO_IDS = {
  organisations: {
    mechelen: 'de300000-0001-4000-8000-000000000001',
    buurtwerk: 'de300000-0001-4000-8000-000000000002',
    vrouwenVanDeWereld: 'de300000-0001-4000-8000-000000000003',
    onderzoeksgroep: 'de300000-0001-4000-8000-000000000004',
  },
  project: 'de300000-0002-4000-8000-000000000001',
  sessions: {
    past: 'de300000-0004-4000-8000-000000000001',
    live: 'de300000-0004-4000-8000-000000000002',
    future: 'de300000-0004-4000-8000-000000000003',
  },
  votingRound: 'de300000-000c-4000-8000-000000000001',
  strategies: {
    park: 'de300000-000e-4000-8000-000000000001',
    bus: 'de300000-000e-4000-8000-000000000002',
    library: 'de300000-000e-4000-8000-000000000003',
    meetingRoom: 'de300000-000e-4000-8000-000000000004',
    forms: 'de300000-000e-4000-8000-000000000005',
    // Drafted in the live session from ideas of both sessions.
    safeHome: 'de300000-000e-4000-8000-000000000006',
  },
  // The call between the first and the second session; closed when the second began.
  call: 'de300000-0014-4000-8000-000000000001',
  response: 'de300000-0010-4000-8000-000000000001',
  responses: {
    park: 'de300000-0010-4000-8000-000000000001',
    bus: 'de300000-0010-4000-8000-000000000002',
    library: 'de300000-0010-4000-8000-000000000003',
    meetingRoom: 'de300000-0010-4000-8000-000000000004',
  },
} as const;

// The personal code on Fatima's card: she wrote the park challenge and the idea of lights along its path, came to
// both sessions, and can look up what came of it at /outcomes/<project>/mine.
export const DEMO_PERSONAL_CODE = 'FATMA347';
export const DEMO_PERSONAL_CODE_PARTICIPANT = 'Fatima';

// The live session's join code: six characters without look-alikes such as 0/O or 1/I/L.
export const DEMO_JOIN_CODE = 'MECH47';

// The password of every demo account, documented in the README. Never load the demo into a real deployment.
export const DEMO_PASSWORD = 'samenspraak-demo';

// One staff account per role in the demo tenant, to sign in with DEMO_PASSWORD. Roles are spelled as the
// API's StaffRole values, so that browser tests can use this file without importing the server.
export const DEMO_ACCOUNTS = [
  {
    id: demoUuid('account', 1),
    email: 'beheerder@mechelen.demo',
    displayName: 'Beheerder Gemeente Mechelen',
    role: 'ADMINISTRATOR',
    organisation: DEMO_IDS.organisations.mechelen,
    projects: [],
    password: DEMO_PASSWORD,
  },
  {
    id: demoUuid('account', 2),
    email: 'reviewer@mechelen.demo',
    displayName: 'Reviewer Gemeente Mechelen',
    role: 'REVIEWER',
    organisation: DEMO_IDS.organisations.mechelen,
    projects: [],
    password: DEMO_PASSWORD,
  },
  {
    id: demoUuid('account', 3),
    email: 'facilitator@dijlekant.demo',
    displayName: 'Facilitator Buurtwerk Dijlekant',
    role: 'FACILITATOR',
    organisation: DEMO_IDS.organisations.buurtwerk,
    projects: [DEMO_IDS.project],
    password: DEMO_PASSWORD,
  },
  {
    id: demoUuid('account', 4),
    email: 'evaluator@onderzoek.demo',
    displayName: 'Evaluator Onderzoeksgroep Gedeeld Burgerschap',
    role: 'EVALUATOR',
    organisation: DEMO_IDS.organisations.onderzoeksgroep,
    projects: [DEMO_IDS.project],
    password: DEMO_PASSWORD,
  },
  // A volunteer of the migrant self-organisation who translates the demo project's texts, and nothing else.
  {
    id: demoUuid('account', 5),
    email: 'vertaler@vrouwenvandewereld.demo',
    displayName: 'Vertaler Vrouwen van de Wereld',
    role: 'TRANSLATOR',
    organisation: DEMO_IDS.organisations.vrouwenVanDeWereld,
    projects: [DEMO_IDS.project],
    password: DEMO_PASSWORD,
  },
] as const;
