import { StaffRole } from './viewer.js';

// Who may do what, in one place. The guard (guard.ts) applies these tables to every operation, every object
// and every personal field; an operation or record type that is missing here is refused for everyone.

export type Capability =
  | 'read' // read a project's sessions and their contributions
  | 'plan' // plan sessions and register participants
  | 'record' // record and moderate a workshop
  | 'personal' // read and manage participants' personal data
  | 'review' // answer strategies for the municipality
  | 'administer' // organisations, projects, accounts, invitations, audit log
  | 'evaluate'; // anonymised indicators

export const roleCapabilities: Record<StaffRole, ReadonlySet<Capability>> = {
  [StaffRole.ADMINISTRATOR]: new Set<Capability>([
    'read',
    'plan',
    'record',
    'personal',
    'review',
    'administer',
    'evaluate',
  ]),
  [StaffRole.FACILITATOR]: new Set<Capability>(['read', 'plan', 'record', 'personal']),
  [StaffRole.REVIEWER]: new Set<Capability>(['read', 'review']),
  [StaffRole.EVALUATOR]: new Set<Capability>(['evaluate']),
};

// The record an operation acts on: its GraphQL type, and where its id sits in the arguments.
// `OwnOrganisation` is an organisation the staff member belongs to (not one they merely work with).
export interface Target {
  type: string;
  arg: string;
}

export interface OperationRule {
  // Open to everyone, signed in or not (signing in, joining, reading an invitation).
  anyone?: true;
  // Staff with one of these capabilities, on targets within their projects (every id given must be).
  staff?: { can: readonly Capability[]; targets: readonly Target[] };
  // Participants, on targets within the session they joined; `self` is an argument that must be their own id.
  participant?: { targets: readonly Target[]; self?: string };
}

const on = (type: string, arg: string): Target => ({ type, arg });
const anyone = (): OperationRule => ({ anyone: true });
const staff = (can: readonly Capability[], ...targets: Target[]): OperationRule => ({ staff: { can, targets } });
// Staff as above, or a participant acting in their own session (and, with `self`, as themselves).
// A participant's own id is checked by `self`, not as a target in their session.
const orParticipant = (rule: OperationRule, self?: string): OperationRule => ({
  ...rule,
  participant: {
    targets: (rule.staff?.targets ?? []).filter((t) => t.type !== 'Participant'),
    ...(self ? { self } : {}),
  },
});

const READERS: readonly Capability[] = ['read'];
const ANY_STAFF: readonly Capability[] = ['read', 'evaluate', 'administer'];

export const operationRules: Record<string, OperationRule> = {
  // accounts and signing in
  viewer: anyone(),
  invitation: anyone(),
  signIn: anyone(),
  signOut: anyone(),
  acceptInvitation: anyone(),
  changePassword: staff(ANY_STAFF),
  accounts: staff(['administer']),
  createInvitation: staff(
    ['administer'],
    on('Organisation', 'input.organisationId'),
    on('Project', 'input.projectIds'),
  ),
  updateAccount: staff(['administer'], on('Account', 'input.accountId'), on('Project', 'input.projectIds')),
  auditLog: staff(['administer']),
  auditLogCsv: staff(['administer']),

  // organisations and projects
  organisations: staff(ANY_STAFF),
  organisation: staff(ANY_STAFF, on('Organisation', 'id')),
  createOrganisation: staff(['administer']),
  updateOrganisation: staff(['administer'], on('OwnOrganisation', 'input.organisationId')),
  projects: staff(ANY_STAFF),
  project: staff(ANY_STAFF, on('Project', 'id')),
  createProject: staff(['administer'], on('OwnOrganisation', 'input.promoterId')),
  updateProject: staff(['administer'], on('Project', 'input.projectId')),
  addProjectPartner: staff(
    ['administer'],
    on('Project', 'input.projectId'),
    on('Organisation', 'input.organisationId'),
  ),
  removeProjectPartner: staff(['administer'], on('ProjectPartner', 'input.projectPartnerId')),

  // sessions
  session: orParticipant(staff(READERS, on('Session', 'id'))),
  createSession: staff(['plan'], on('Project', 'input.projectId')),
  updateSession: staff(['plan'], on('Session', 'input.sessionId')),
  setSessionAgenda: staff(['plan'], on('Session', 'input.sessionId')),
  changeSessionStatus: staff(['plan', 'review'], on('Session', 'input.sessionId')),
  setCurrentPhase: staff(['record'], on('Session', 'input.sessionId'), on('AgendaPhase', 'input.phaseId')),

  // participants: personal data, so only for those who may handle it
  participant: staff(['personal'], on('Participant', 'id')),
  registerParticipant: staff(['personal'], on('Project', 'input.projectId')),
  updateParticipant: staff(['personal'], on('Participant', 'input.participantId')),
  recordConsent: staff(['personal'], on('Participant', 'input.participantId')),
  withdrawConsent: staff(['personal'], on('Consent', 'input.consentId')),
  checkInParticipant: staff(['record'], on('Session', 'input.sessionId'), on('Participant', 'input.participantId')),
  undoCheckIn: staff(['record'], on('Attendance', 'input.attendanceId')),
  exportParticipantData: orParticipant(staff(['personal'], on('Participant', 'participantId')), 'participantId'),
  eraseParticipantData: orParticipant(
    staff(['personal'], on('Participant', 'input.participantId')),
    'input.participantId',
  ),

  // joining a live session without an account; a wrong code counts against the device (core/auth/rate-limit.ts)
  joinPreview: anyone(),
  joinSession: anyone(),
  // Only ever about the participant asking: the resolver reads the viewer, and anyone else is told to join first.
  myParticipation: anyone(),

  // strategies and the municipality's answers
  strategy: orParticipant(staff(READERS, on('Strategy', 'id'))),
  createStrategy: staff(['record'], on('Session', 'input.sessionId'), on('Idea', 'input.ideaIds')),
  updateStrategy: staff(['record'], on('Strategy', 'input.strategyId'), on('Idea', 'input.ideaIds')),
  addStrategyAction: staff(['record'], on('Strategy', 'input.strategyId')),
  updateStrategyAction: staff(['record'], on('StrategyAction', 'input.actionId')),
  removeStrategyAction: staff(['record'], on('StrategyAction', 'input.actionId')),
  reorderStrategyActions: staff(
    ['record'],
    on('Strategy', 'input.strategyId'),
    on('StrategyAction', 'input.actionIds'),
  ),
  submitStrategy: staff(['record'], on('Strategy', 'input.strategyId')),
  respondToStrategy: staff(['review'], on('Strategy', 'input.strategyId')),
  updateStrategyResponse: staff(['review'], on('MunicipalityResponse', 'input.responseId')),

  // closing a session: the report holds counts and the board's texts, never who wrote or voted what
  sessionReport: orParticipant(staff(READERS, on('Session', 'sessionId'))),
  submitSessionStrategies: staff(['record'], on('Session', 'input.sessionId')),

  // the board: themes, challenges, ideas
  theme: orParticipant(staff(READERS, on('Theme', 'id'))),
  createTheme: staff(['record'], on('Session', 'input.sessionId')),
  renameTheme: staff(['record'], on('Theme', 'input.themeId')),
  reorderThemes: staff(['record'], on('Session', 'input.sessionId'), on('Theme', 'input.themeIds')),
  deleteTheme: staff(['record'], on('Theme', 'input.themeId')),
  challenge: orParticipant(staff(READERS, on('Challenge', 'id'))),
  createChallenge: orParticipant(
    staff(
      ['record'],
      on('Session', 'input.sessionId'),
      on('Participant', 'input.authorId'),
      on('Theme', 'input.themeId'),
    ),
    'input.authorId',
  ),
  updateChallenge: staff(['record'], on('Challenge', 'input.challengeId')),
  setChallengeTranslation: staff(['record'], on('Challenge', 'input.challengeId')),
  setChallengeStatus: staff(['record'], on('Challenge', 'input.challengeId')),
  mergeChallenges: staff(['record'], on('Challenge', 'input.sourceIds'), on('Challenge', 'input.targetId')),
  assignChallengeTheme: staff(['record'], on('Challenge', 'input.challengeId'), on('Theme', 'input.themeId')),
  idea: orParticipant(staff(READERS, on('Idea', 'id'))),
  createIdea: orParticipant(
    staff(['record'], on('Challenge', 'input.challengeId'), on('Participant', 'input.authorId')),
    'input.authorId',
  ),
  updateIdea: staff(['record'], on('Idea', 'input.ideaId')),
  setIdeaTranslation: staff(['record'], on('Idea', 'input.ideaId')),
  setIdeaStatus: staff(['record'], on('Idea', 'input.ideaId')),

  // dot voting
  votingRound: orParticipant(staff(READERS, on('VotingRound', 'id'))),
  openVotingRound: staff(['record'], on('Session', 'input.sessionId')),
  closeVotingRound: staff(['record'], on('VotingRound', 'input.roundId')),
  castVote: orParticipant(
    staff(
      ['record'],
      on('VotingRound', 'input.roundId'),
      on('Participant', 'input.participantId'),
      on('Challenge', 'input.challengeId'),
      on('Idea', 'input.ideaId'),
    ),
    'input.participantId',
  ),
  withdrawVote: staff(['record'], on('Vote', 'input.voteId')),
  recordPaperVotes: staff(
    ['record'],
    on('VotingRound', 'input.roundId'),
    on('Challenge', 'input.challengeId'),
    on('Idea', 'input.ideaId'),
  ),

  // the live board: who may read a session may follow its changes
  sessionEvents: orParticipant(staff(READERS, on('Session', 'sessionId'))),
  sessionEventCursor: orParticipant(staff(READERS, on('Session', 'sessionId'))),
};

// Who may read a record of a type at all. `participant: 'session'` lets a participant read records of the
// session they joined; 'visible' the same, but not what a facilitator hid; 'self' only their own record.
export interface TypeRule {
  staff?: readonly Capability[];
  participant?: 'session' | 'visible' | 'self';
  // Accounts and organisations live outside projects: their rule is written out in the guard.
  special?: 'organisation' | 'account' | 'administrator';
}

export const typeRules: Record<string, TypeRule> = {
  Organisation: { special: 'organisation' },
  Account: { special: 'account' },
  Invitation: { special: 'administrator' },
  AuditEntry: { special: 'administrator' },
  Project: { staff: ANY_STAFF },
  ProjectPartner: { staff: ANY_STAFF },
  Session: { staff: READERS, participant: 'session' },
  AgendaPhase: { staff: READERS, participant: 'session' },
  // Pseudonyms are shown with contributions; everything else about a participant is a personal field below.
  Participant: { staff: READERS, participant: 'self' },
  Attendance: { staff: ['personal'] },
  Theme: { staff: READERS, participant: 'session' },
  Challenge: { staff: READERS, participant: 'visible' },
  Idea: { staff: READERS, participant: 'visible' },
  VotingRound: { staff: READERS, participant: 'session' },
  Vote: { staff: READERS, participant: 'session' },
  Strategy: { staff: READERS, participant: 'session' },
  StrategyAction: { staff: READERS, participant: 'session' },
  MunicipalityResponse: { staff: READERS, participant: 'session' },
  Consent: { staff: ['personal'] },
};

// Fields that are about one person: readable by staff with the capability, and by that person
// (`self` tells whether the participant asking is the one the field is about). Reads of personal data
// by staff are written to the audit log.
export interface FieldRule {
  staff: readonly Capability[];
  self: (row: { id: string }, args: Record<string, unknown>, participantId: string) => boolean;
  audit: boolean;
}

const isParticipant = (row: { id: string }, _args: unknown, participantId: string) => row.id === participantId;
const PERSONAL: FieldRule = { staff: ['personal'], self: isParticipant, audit: true };

export const fieldRules: Record<string, FieldRule> = {
  'Participant.background': PERSONAL,
  'Participant.ageBand': PERSONAL,
  'Participant.languages': PERSONAL,
  'Participant.consents': PERSONAL,
  'Participant.sessionsAttended': PERSONAL,
  'Participant.personalCode': PERSONAL,
  // Who voted for what is the voter's business: facilitators see it, other participants do not.
  'Vote.participant': {
    staff: ['personal'],
    self: (row, _args, participantId) =>
      (row as { participant?: { id: string } | null }).participant?.id === participantId,
    audit: false,
  },
  'VotingRound.dotsUsedBy': {
    staff: READERS,
    self: (_row, args, participantId) => args.participantId === participantId,
    audit: false,
  },
};
