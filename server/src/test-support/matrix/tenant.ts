import { randomBytes } from 'node:crypto';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import { hashToken, newCode, newToken } from '../../core/auth/tokens.js';
import { PARTICIPANT_LOGIN_HOURS, STAFF_LOGIN_HOURS } from '../../core/auth/viewer.js';
import { AppliedMutation } from '../../core/idempotency.entity.js';
import type { MikroORM } from '../../core/orm.js';
import { Account, Invitation, StaffRole } from '../../modules/account/account.entity.js';
import { createAccount } from '../../modules/account/account.service.js';
import { LoginKind, LoginSession } from '../../modules/account/login-session.entity.js';
import { AuditAction, AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Challenge, ContributionStatus } from '../../modules/challenge/challenge.entity.js';
import { Idea } from '../../modules/idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../../modules/organisation/organisation.entity.js';
import {
  AgeBand,
  Attendance,
  Background,
  Consent,
  ConsentMethod,
  ConsentPurpose,
  Participant,
  Registration,
} from '../../modules/participant/participant.entity.js';
import { PartnerRole, Project, ProjectPartner } from '../../modules/project/project.entity.js';
import { ProjectQuestionnaireItem, QuestionnaireAnswer } from '../../modules/questionnaire/questionnaire.entity.js';
import { QuestionnaireKind, QuestionnaireWave } from '../../modules/questionnaire/questionnaire.types.js';
import { MunicipalityResponse, ResponseDecision } from '../../modules/review/municipality-response.entity.js';
import { ProgressStatus, StrategyUpdate } from '../../modules/review/strategy-update.entity.js';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../../modules/session/session.entity.js';
import { Strategy, StrategyAction, StrategyStatus } from '../../modules/strategy/strategy.entity.js';
import { Theme } from '../../modules/theme/theme.entity.js';
import { ProjectCall } from '../../modules/call/project-call.entity.js';
import { AgendaTemplate, Method, MethodText, MethodValidation } from '../../modules/method/method.entity.js';
import { SessionMinutes, SessionPhoto } from '../../modules/minutes/minutes.entity.js';
import { CarriedItem, CarriedKind } from '../../modules/trajectory/carried-item.entity.js';
import sharp from 'sharp';
import { TranslatableField } from '../../modules/translation/translatable.js';
import { TextTranslation } from '../../modules/translation/translation.entity.js';
import { RoundStatus, Vote, VoteSource, VoteTarget, VotingRound } from '../../modules/vote/vote.entity.js';
import type { TestApp, TestClient } from '../test-app.js';

// One tenant: a municipality with its partners, one project and everything a workshop leaves behind.
export interface Tenant {
  label: string;
  // Record ids by GraphQL type; the first is the one operations point at (inside the live session where
  // it can be), the second the one list arguments point at.
  ids: Record<string, string[]>;
  // Every id, name, text, pseudonym, e-mail and code of the tenant: none may show up in another tenant's answers.
  secrets: string[];
  joinCode: string;
  municipalityId: string;
  partnerId: string;
  evaluationTeamId: string;
  projectId: string;
  liveSessionId: string;
  participantId: string;
  // A participant who agreed to research and answered the questionnaire before the first session.
  respondentId: string;
  // Keys of mutations this tenant's clients already sent, by operation (see `recordAppliedMutations`).
  appliedMutationKeys: Record<string, string>;
}

// `outcomesPublic`: the project's outcome pages are open to anyone (the matrix opens A's, never B's).
export async function createTenant(
  orm: MikroORM,
  label: string,
  options: { outcomesPublic?: boolean } = {},
): Promise<Tenant> {
  const em = orm.em.fork();
  const ids: Record<string, string[]> = {};
  const secrets: string[] = [];
  const text = (value: string): string => {
    secrets.push(value);
    return value;
  };
  const keep = <T extends { id: string }>(type: string, entity: T): T => {
    (ids[type] ??= []).push(entity.id);
    secrets.push(entity.id);
    return entity;
  };

  const register = (name: string, kind: OrganisationKind) =>
    keep('Organisation', em.create(Organisation, { name: text(name), kind, locality: text(`${label}stad`) }));
  const municipality = register(`Gemeente ${label}`, OrganisationKind.MUNICIPALITY);
  const partner = register(`Samen ${label} vzw`, OrganisationKind.PARTNER_ACTOR);
  const evaluationTeam = register(`Onderzoeksteam ${label}`, OrganisationKind.EVALUATION_TEAM);
  // Registered, but not yet working on a project.
  register(`Zelforganisatie ${label}`, OrganisationKind.SELF_ORGANISATION);

  const project = keep(
    'Project',
    em.create(Project, {
      title: text(`Samen beslissen in ${label}`),
      description: text(`Een traject over burgerschap in ${label}.`),
      goals: [text(`Meer inspraak in ${label}`)],
      promoter: municipality,
      grantEuros: 150_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      outcomesPublic: options.outcomesPublic ?? false,
    }),
  );
  // The evaluation team's partnership comes first: removing it (removeProjectPartner) leaves the partner
  // organisation, whose administrator the matrix plays, at work on the project.
  keep(
    'ProjectPartner',
    em.create(ProjectPartner, { project, organisation: evaluationTeam, role: PartnerRole.EVALUATION_TEAM }),
  );
  keep(
    'ProjectPartner',
    em.create(ProjectPartner, { project, organisation: partner, role: PartnerRole.PARTNER_ACTOR }),
  );

  const joinCode = text(`${label.slice(0, 2).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`);
  const plan = (title: string, status: SessionStatus, code: string | null) =>
    keep(
      'Session',
      em.create(Session, {
        project,
        title: text(title),
        startsAt: new Date('2026-11-20T18:00:00Z'),
        location: text(`Buurthuis ${label}`),
        capacity: 30,
        languages: ['nl', 'ar'],
        status,
        joinCode: code,
      }),
    );
  const live = plan(`Werksessie ${label}`, SessionStatus.LIVE, joinCode);
  const closed = plan(`Slotsessie ${label}`, SessionStatus.CLOSED, null);
  const phases = [PhaseKind.WELCOME, PhaseKind.CHALLENGES, PhaseKind.VOTING].map((kind, position) =>
    keep(
      'AgendaPhase',
      em.create(AgendaPhase, { session: live, position, kind, title: text(`${kind} ${label}`), durationMinutes: 20 }),
    ),
  );
  keep(
    'AgendaPhase',
    em.create(AgendaPhase, {
      session: closed,
      position: 0,
      kind: PhaseKind.WELCOME,
      title: text(`Afsluiting ${label}`),
      durationMinutes: 30,
    }),
  );
  live.currentPhaseId = phases[1]!.id;
  // The questionnaire before the first session, opened on the phones at the end of the live session's agenda.
  keep(
    'AgendaPhase',
    em.create(AgendaPhase, {
      session: live,
      position: phases.length,
      kind: PhaseKind.QUESTIONNAIRE,
      questionnaireWave: QuestionnaireWave.PRE,
      title: text(`Vragenlijst ${label}`),
      durationMinutes: 10,
    }),
  );

  const person = (name: string, background: Background) =>
    keep(
      'Participant',
      em.create(Participant, {
        project,
        pseudonym: text(`${name} ${label}`),
        background,
        languages: ['ar', 'nl'],
        ageBand: AgeBand.FROM_30_TO_44,
      }),
    );
  const amira = person('Amira', Background.THIRD_COUNTRY_NATIONAL);
  const jonas = person('Jonas', Background.HOST_COMMUNITY);
  const mehmet = person('Mehmet', Background.PREFERS_NOT_TO_SAY);
  for (const participant of [amira, jonas, mehmet]) {
    // The code a returning participant joins with: whoever has it can act as them.
    if (participant.personalCode) text(participant.personalCode);
    keep(
      'Consent',
      em.create(Consent, {
        participant,
        purpose: ConsentPurpose.PARTICIPATION,
        textVersion: text(`v-${label}`),
        method: ConsentMethod.PAPER,
        givenAt: new Date('2026-11-01T10:00:00Z'),
      }),
    );
  }
  keep(
    'Consent',
    em.create(Consent, {
      participant: amira,
      purpose: ConsentPurpose.RESEARCH,
      textVersion: `v-${label}`,
      method: ConsentMethod.ON_SCREEN,
      givenAt: new Date('2026-11-01T10:00:00Z'),
    }),
  );
  keep(
    'ProjectQuestionnaireItem',
    em.create(ProjectQuestionnaireItem, {
      project,
      code: 'P1',
      questionnaire: QuestionnaireKind.COMPETENCE,
      texts: { nl: text(`Ik voel me veilig in ${label}`) },
      position: 0,
    }),
  );
  // Amira answered two items before the first session (she agreed to research).
  for (const [itemCode, value] of [
    ['SE1', 4],
    ['P1', 2],
  ] as const) {
    keep(
      'QuestionnaireAnswer',
      em.create(QuestionnaireAnswer, {
        project,
        participant: amira,
        session: live,
        wave: QuestionnaireWave.PRE,
        itemCode,
        value,
      }),
    );
  }
  keep('Attendance', em.create(Attendance, { session: live, participant: amira }));
  keep('Attendance', em.create(Attendance, { session: live, participant: jonas }));
  keep('Attendance', em.create(Attendance, { session: closed, participant: mehmet }));

  const safety = keep('Theme', em.create(Theme, { session: live, title: text(`Veiligheid ${label}`), position: 0 }));
  keep('Theme', em.create(Theme, { session: live, title: text(`Openingsuren ${label}`), position: 1 }));

  const challenge = (
    session: Session,
    words: string,
    extra: { author?: Participant; theme?: Theme; status?: ContributionStatus } = {},
  ) =>
    keep(
      'Challenge',
      em.create(Challenge, {
        project,
        session,
        text: text(words),
        language: 'nl',
        author: extra.author ?? null,
        theme: extra.theme ?? null,
        status: extra.status ?? ContributionStatus.VISIBLE,
      }),
    );
  const park = challenge(live, `Het park is 's avonds onveilig (${label})`, { author: amira, theme: safety });
  const library = challenge(live, `De bib is dicht als ik vrij ben (${label})`, { author: jonas });
  em.create(TextTranslation, {
    subjectId: library.id,
    field: TranslatableField.CHALLENGE_TEXT,
    project,
    session: live,
    language: 'en',
    text: text(`The library is closed when I am free (${label})`),
  });
  challenge(live, `Verborgen klacht (${label})`, { status: ContributionStatus.HIDDEN });
  const closedChallenge = challenge(closed, `Te weinig bankjes (${label})`);

  const idea = (on: Challenge, words: string, author: Participant | null, status = ContributionStatus.VISIBLE) =>
    keep(
      'Idea',
      em.create(Idea, {
        challenge: on,
        project,
        session: on.session,
        text: text(words),
        language: 'nl',
        author,
        status,
      }),
    );
  const light = idea(park, `Meer licht in het park (${label})`, amira);
  idea(library, `Langere openingsuren (${label})`, jonas);
  idea(park, `Verborgen idee (${label})`, null, ContributionStatus.HIDDEN);
  const benches = idea(closedChallenge, `Bankjes bij de ingang (${label})`, mehmet);

  const round = keep(
    'VotingRound',
    em.create(VotingRound, {
      session: live,
      title: text(`Wat weegt het zwaarst? (${label})`),
      target: VoteTarget.CHALLENGES,
      dotsPerParticipant: 3,
    }),
  );
  const closedRound = keep(
    'VotingRound',
    em.create(VotingRound, {
      session: closed,
      title: text(`Welk idee eerst? (${label})`),
      target: VoteTarget.IDEAS,
      dotsPerParticipant: 2,
      status: RoundStatus.CLOSED,
    }),
  );
  keep('Vote', em.create(Vote, { round, participant: amira, challenge: park, dots: 2 }));
  keep('Vote', em.create(Vote, { round, participant: jonas, challenge: library, dots: 1 }));
  keep('Vote', em.create(Vote, { round, challenge: park, dots: 4, source: VoteSource.PAPER }));
  keep('Vote', em.create(Vote, { round: closedRound, participant: mehmet, idea: benches, dots: 2 }));

  const strategy = (from: Session, title: string, status: StrategyStatus, ideaList: Idea[]) => {
    const s = keep(
      'Strategy',
      em.create(Strategy, {
        session: from,
        title: text(title),
        description: text(`Waarom: ${title}`),
        status,
        submittedAt: status === StrategyStatus.DRAFT ? null : new Date('2026-11-21T10:00:00Z'),
      }),
    );
    s.ideas.set(ideaList);
    return s;
  };
  const action = (of: Strategy, position: number, what: string) =>
    keep(
      'StrategyAction',
      em.create(StrategyAction, {
        strategy: of,
        position,
        what: text(what),
        who: text(`Dienst ${label}`),
        due: 'voor de winter',
        resources: text(`Budget ${label} ${position}`),
      }),
    );
  const draft = strategy(live, `Verlicht het park (${label})`, StrategyStatus.DRAFT, [light]);
  action(draft, 0, `Lampen plaatsen (${label})`);
  action(draft, 1, `Buurtwandeling organiseren (${label})`);
  const submitted = strategy(closed, `Bankjes plaatsen (${label})`, StrategyStatus.SUBMITTED, [benches]);
  action(submitted, 0, `Bankjes bestellen (${label})`);
  const answered = strategy(closed, `Bib langer open (${label})`, StrategyStatus.ANSWERED, []);
  const hours = action(answered, 0, `Openingsuren aanpassen (${label})`);
  keep(
    'MunicipalityResponse',
    em.create(MunicipalityResponse, {
      strategy: answered,
      decision: ResponseDecision.PARTLY_ADOPTED,
      reason: text(`Op zaterdag kan het, op zondag niet (${label})`),
      responsible: text(`Bibliotheek ${label}`),
      plannedFor: '2027-04-01',
      decidedAt: new Date('2026-11-28T10:00:00Z'),
    }),
  );
  // Sent to the municipality while the workshop is still running.
  const early = strategy(live, `Een bank bij de halte (${label})`, StrategyStatus.SUBMITTED, []);
  action(early, 0, `Bank plaatsen (${label})`);
  keep(
    'StrategyUpdate',
    em.create(StrategyUpdate, {
      strategy: answered,
      action: hours,
      status: ProgressStatus.IN_PROGRESS,
      text: text(`Start in april (${label})`),
      language: 'nl',
      link: `https://${label.toLowerCase()}.example.org/bib`,
    }),
  );
  await em.flush();

  // Staff of this tenant, members of its own organisations only.
  const staffAccount = async (role: StaffRole, organisation: Organisation, withProject: boolean) => {
    const account = await createAccount(orm.em.fork(), {
      email: text(`${role.toLowerCase()}.${label.toLowerCase()}@${label.toLowerCase()}.example.org`),
      displayName: text(`${role.toLowerCase()} van ${label}`),
      role,
      password: randomBytes(12).toString('hex'),
      organisationIds: [organisation.id],
      projectIds: withProject ? [project.id] : [],
    });
    return keep('Account', account);
  };
  // The reviewer comes first: operations on an account point at it, and the municipality's administrator reaches it.
  await staffAccount(StaffRole.REVIEWER, municipality, false);
  const facilitator = await staffAccount(StaffRole.FACILITATOR, partner, true);
  const administrator = await staffAccount(StaffRole.ADMINISTRATOR, municipality, false);
  await staffAccount(StaffRole.EVALUATOR, evaluationTeam, true);

  const more = orm.em.fork();
  keep(
    'Invitation',
    more.create(Invitation, {
      tokenHash: hashToken(newToken()),
      email: text(`nieuw.${label.toLowerCase()}@${label.toLowerCase()}.example.org`),
      role: StaffRole.FACILITATOR,
      organisation: more.getReference(Organisation, partner.id),
      projectIds: [project.id],
      createdBy: more.getReference(Account, administrator.id),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    }),
  );
  keep(
    'AuditEntry',
    more.create(AuditEntry, {
      actor: facilitator.email,
      actorAccountId: facilitator.id,
      action: AuditAction.READ,
      subjectType: 'Participant',
      subjectId: amira.id,
      detail: 'background',
      projectId: project.id,
    }),
  );
  await more.flush();

  // The trajectory: a call between sessions with what came in, a theme and a challenge of the closed session carried
  // into the live one, the live session's list, its minutes and a photo, a method and a template of the partner.
  const traj = orm.em.fork();
  const ref = <T extends object>(entity: new () => T, id: string) => traj.getReference(entity as never, id) as T;
  const call = keep(
    'ProjectCall',
    traj.create(ProjectCall, {
      project: ref(Project, project.id),
      prompt: text(`Wat mist er nog in ${label}?`),
      code: null,
    }),
  );
  const closedTheme = keep(
    'Theme',
    traj.create(Theme, { session: ref(Session, closed.id), title: text(`Banken en pleinen ${label}`), position: 0 }),
  );
  keep(
    'Challenge',
    traj.create(Challenge, {
      project: ref(Project, project.id),
      session: null,
      call,
      author: ref(Participant, mehmet.id),
      text: text(`Tussen de sessies: de speeltuin is kapot (${label})`),
      language: 'nl',
      status: ContributionStatus.PENDING,
    }),
  );
  keep(
    'Idea',
    traj.create(Idea, {
      challenge: ref(Challenge, park.id),
      project: ref(Project, project.id),
      session: null,
      call,
      author: ref(Participant, jonas.id),
      text: text(`Tussen de sessies: een buurtwacht (${label})`),
      language: 'nl',
      status: ContributionStatus.PENDING,
    }),
  );
  keep(
    'CarriedItem',
    traj.create(CarriedItem, {
      session: ref(Session, live.id),
      kind: CarriedKind.CHALLENGE,
      challenge: ref(Challenge, closedChallenge.id),
    }),
  );
  keep(
    'CarriedItem',
    traj.create(CarriedItem, { session: ref(Session, live.id), kind: CarriedKind.THEME, theme: closedTheme }),
  );
  for (const participant of [amira, jonas]) {
    keep(
      'Registration',
      traj.create(Registration, { session: ref(Session, live.id), participant: ref(Participant, participant.id) }),
    );
  }
  keep(
    'Registration',
    traj.create(Registration, { session: ref(Session, closed.id), participant: ref(Participant, mehmet.id) }),
  );
  keep(
    'SessionMinutes',
    traj.create(SessionMinutes, { session: ref(Session, live.id), html: `<p>${text(`Verslag ${label}`)}</p>` }),
  );
  const pixel = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#ffcc00' } })
    .jpeg()
    .toBuffer();
  for (const caption of [`Flap met thema's ${label}`, `Stippen op papier ${label}`]) {
    keep(
      'SessionPhoto',
      traj.create(SessionPhoto, {
        session: ref(Session, live.id),
        caption: text(caption),
        width: 4,
        height: 3,
        byteSize: pixel.length,
        data: pixel,
      }),
    );
  }
  const method = keep(
    'Method',
    traj.create(Method, {
      organisation: ref(Organisation, partner.id),
      kind: PhaseKind.SMALL_GROUPS,
      durationMinutes: 30,
      languagesUsed: ['nl'],
    }),
  );
  keep(
    'MethodText',
    traj.create(MethodText, {
      method,
      language: 'nl',
      name: text(`Tafelgesprek ${label}`),
      purpose: text(`Praten aan tafels in ${label}`),
      steps: [text(`Stap een in ${label}`)],
    }),
  );
  const validation = keep(
    'MethodValidation',
    traj.create(MethodValidation, {
      method,
      organisation: ref(Organisation, evaluationTeam.id),
      note: text(`Werkt goed in ${label}`),
      indicators: [text(`Terugkerende deelnemers ${label}`)],
    }),
  );
  validation.sessions.set([ref(Session, closed.id)]);
  keep(
    'AgendaTemplate',
    traj.create(AgendaTemplate, {
      organisation: ref(Organisation, partner.id),
      language: 'nl',
      name: text(`Sjabloon ${label}`),
      phases: [{ kind: PhaseKind.WELCOME, title: text(`Welkom ${label}`), durationMinutes: 10, methodId: null }],
    }),
  );
  await traj.flush();
  // Ids for arguments that name an organisation acting for itself, and records of no tenant (never secrets).
  ids.PartnerOrganisation = [partner.id];
  ids.EvaluationTeam = [evaluationTeam.id];
  const starter = traj.fork();
  ids.StarterMethod = [(await starter.findOneOrFail(Method, { key: 'world-cafe' })).id];
  ids.StarterTemplate = [(await starter.findOneOrFail(AgendaTemplate, { key: 'standard', language: 'nl' })).id];

  return {
    label,
    ids,
    secrets,
    joinCode,
    municipalityId: municipality.id,
    partnerId: partner.id,
    evaluationTeamId: evaluationTeam.id,
    projectId: project.id,
    liveSessionId: live.id,
    participantId: amira.id,
    respondentId: amira.id,
    appliedMutationKeys: {},
  };
}

// What the tenant's own clients sent before: for each operation, a client mutation id whose stored
// outcome is one of the tenant's records, as `runMutation` leaves it.
export async function recordAppliedMutations(
  orm: MikroORM,
  tenant: Tenant,
  outcomes: Record<string, string>,
): Promise<void> {
  const em = orm.em.fork();
  for (const [operation, resultId] of Object.entries(outcomes)) {
    const key = `${tenant.label.toLowerCase()}-${operation}-${randomBytes(4).toString('hex')}`;
    tenant.appliedMutationKeys[operation] = key;
    tenant.secrets.push(key);
    // Recorded as the other tenant's own administrator sent it.
    em.create(AppliedMutation, {
      clientMutationId: key,
      operation,
      resultId,
      actor: `account:${tenant.label}-administrator`,
    });
  }
  await em.flush();
}

// A browser that is already signed in: a login row with a known token, and its cookie. The login lasts as long as a
// real one, or until `expiresAt` (in the past for one that ran out).
export async function signedInBrowser(
  app: TestApp,
  login: { accountId: string } | { participantId: string; sessionId: string },
  expiresAt?: Date,
): Promise<TestClient> {
  const em = app.orm.em.fork();
  const token = newToken();
  const hours = 'accountId' in login ? STAFF_LOGIN_HOURS : PARTICIPANT_LOGIN_HOURS;
  em.create(LoginSession, {
    tokenHash: hashToken(token),
    expiresAt: expiresAt ?? new Date(Date.now() + hours * 3_600_000),
    ...('accountId' in login
      ? { kind: LoginKind.STAFF, account: em.getReference(Account, login.accountId) }
      : {
          kind: LoginKind.PARTICIPANT,
          participant: em.getReference(Participant, login.participantId),
          session: em.getReference(Session, login.sessionId),
        }),
  });
  await em.flush();
  const browser = app.client();
  browser.cookies.set(LOGIN_COOKIE, token);
  return browser;
}

// A new session of the tenant's project in the given status, for probes that change it.
export async function addSession(orm: MikroORM, tenant: Tenant, status: SessionStatus): Promise<string> {
  const em = orm.em.fork();
  const session = em.create(Session, {
    project: em.getReference(Project, tenant.projectId),
    title: `Proefsessie ${tenant.label} (${status})`,
    startsAt: new Date('2026-12-01T18:00:00Z'),
    location: `Buurthuis ${tenant.label}`,
    capacity: 30,
    languages: ['nl'],
    status,
    joinCode: status === SessionStatus.LIVE ? newCode(6) : null,
  });
  em.create(AgendaPhase, { session, position: 0, kind: PhaseKind.WELCOME, title: 'Welkom', durationMinutes: 20 });
  await em.flush();
  return session.id;
}
