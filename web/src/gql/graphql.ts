/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The account to create from an invitation link. */
export type AcceptInvitationInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** Your name as colleagues will see it (2–200 characters). */
  displayName: string;
  /** The password you will sign in with: 12 to 500 characters, and not easy to guess: a common password, a word with a few digits, a date, a keyboard row or a repeated pattern is refused. */
  password: string;
  /** The token from the invitation link (the part after /invitations/). */
  token: string;
};

export type AddProjectPartnerInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  organisationId: string | number;
  projectId: string | number;
  role: PartnerRole;
};

/** An item a project adds to one of its questionnaires, after the shipped ones. */
export type AddQuestionnaireItemInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** Its stable id, unique in the project and not one of the shipped ones (`P1`, `SAFE2`); the next free `P<n>` when left out. */
  code?: string | null | undefined;
  /** The competence it measures, if one of the five; only for the competence questionnaire. */
  dimension?: CompetenceDimension | null | undefined;
  /** The project. */
  projectId: string | number;
  /** The questionnaire it is added to. */
  questionnaire: QuestionnaireKind;
  /** The statement in one or more languages. */
  texts: Array<ItemTextInput>;
};

/** A new action at the end of a draft strategy: what, who, when, with which resources. */
export type AddStrategyActionInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** When, in words ("before the summer") or as a date. */
  due: string;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** Money, people, rooms or materials it needs. */
  resources?: string | null | undefined;
  /** The draft strategy the action belongs to. */
  strategyId: string | number;
  /** What will be done (3 to 2,000 characters). */
  what: string;
  /** Who does it: a service, an organisation, a group of residents. */
  who: string;
};

/** Optional, self-declared age band. */
export type AgeBand =
  /** 18 to 29 years old. */
  | 'FROM_18_TO_29'
  /** 30 to 44 years old. */
  | 'FROM_30_TO_44'
  /** 45 to 64 years old. */
  | 'FROM_45_TO_64'
  /** 65 or older. */
  | 'FROM_65'
  /** Younger than 18. */
  | 'UNDER_18';

/** One phase of a session agenda, in the order it is given. */
export type AgendaPhaseInput = {
  /** Time box in minutes (1–240). */
  durationMinutes: number;
  /** The id of a phase to keep (to edit or move it), or a new client-generated UUID. Without it a new phase is made. */
  id?: string | number | null | undefined;
  /** The kind of work done in the phase. */
  kind: PhaseKind;
  /** For a QUESTIONNAIRE phase (and only for one): which questionnaire the phones open. */
  questionnaireWave?: QuestionnaireWave | null | undefined;
  /** What the phase is called on the agenda (1–200 characters). */
  title: string;
};

/** A participant’s answers to some items of a questionnaire, given on their phone. */
export type AnswerQuestionnaireInput = {
  /** The answers, one per item (1 to 60); items left out keep their answer. */
  answers: Array<ItemAnswerInput>;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The participant answering: participants give their own id. */
  participantId: string | number;
  /** The session in which the questionnaire is open. */
  sessionId: string | number;
  /** Which questionnaire. */
  wave: QuestionnaireWave;
};

/** Put a challenge in a theme, or take it out of its theme. */
export type AssignChallengeThemeInput = {
  /** The challenge to put in a theme or take out of one. */
  challengeId: string | number;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A theme of the same session; null to leave the challenge unthemed. */
  themeId?: string | number | null | undefined;
};

/** What was done with personal data. */
export type AuditAction =
  /** Someone recorded it. */
  | 'CREATE'
  /** Someone erased it, at the request of the person it is about. */
  | 'ERASE'
  /** Someone exported it, for the person it is about. */
  | 'EXPORT'
  /** Someone read it. */
  | 'READ'
  /** Someone changed it. */
  | 'UPDATE';

/** Who did it. */
export type AuditActorKind =
  /** Nobody signed in. */
  | 'ANONYMOUS'
  /** The participant, about their own data. */
  | 'PARTICIPANT'
  /** A staff member, signed in with their account. */
  | 'STAFF';

/** Which audit entries to show; what is left out does not narrow the list. */
export type AuditLogFilter = {
  /** Only this kind of action. */
  action?: AuditAction | null | undefined;
  /** Only what this staff account did. */
  actorAccountId?: string | number | null | undefined;
  /** Only entries at or after this moment. */
  from?: string | null | undefined;
  /** Only what was done with the data of this participant. */
  participantId?: string | number | null | undefined;
  /** Only entries before this moment. */
  to?: string | null | undefined;
};

/** Self-declared background of a participant; never required. */
export type Background =
  /** A citizen of another EU member state. */
  | 'EU_CITIZEN'
  /** A member of the host community. */
  | 'HOST_COMMUNITY'
  /** Did not say. */
  | 'PREFERS_NOT_TO_SAY'
  /** A resident without EU citizenship. */
  | 'THIRD_COUNTRY_NATIONAL';

/** A participant's dots for one challenge or one idea in an open round. */
export type CastVoteInput = {
  /** The challenge voted on, in a round on challenges. */
  challengeId?: string | number | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** How many of the participant's dots to give (1 up to the round's dots per participant). */
  dots?: number;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The idea voted on, in a round on ideas. */
  ideaId?: string | number | null | undefined;
  /** The voter, checked in to the session. */
  participantId: string | number;
  /** The open voting round. */
  roundId: string | number;
};

/** Your current password and the one that replaces it. */
export type ChangePasswordInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The password you signed in with. */
  currentPassword: string;
  /** The new password: 12 to 500 characters, and not easy to guess: a common password, a word with a few digits, a date, a keyboard row or a repeated pattern is refused. */
  newPassword: string;
};

/** The status a session moves to. */
export type ChangeSessionStatusInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The session to change. */
  sessionId: string | number;
  /** The status to move to. */
  status: SessionStatus;
};

/** A participant arriving at a session. */
export type CheckInParticipantInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The participant who arrives; must belong to the session’s project. */
  participantId: string | number;
  /** The session the participant arrives at. */
  sessionId: string | number;
};

/** Close a voting round: it takes no more votes. */
export type CloseVotingRoundInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The open round to close. */
  roundId: string | number;
};

/** The civic competences the competence questionnaire measures, each with several items. */
export type CompetenceDimension =
  /** Knowledge of how local decisions are made and where to have a say. */
  | 'KNOWLEDGE'
  /** Willingness to take part again. */
  | 'PARTICIPATION'
  /** Attitudes towards pluralism and living together. */
  | 'PLURALISM'
  /** Self-efficacy in local politics: feeling able to have a say. */
  | 'SELF_EFFICACY'
  /** Trust in the municipality and its responsiveness. */
  | 'TRUST';

/** Consent as it was given: which text was shown, how, and when. */
export type ConsentInput = {
  /** When it was given, if earlier than now (a paper form entered later). Defaults to now. */
  givenAt?: string | null | undefined;
  /** How the consent was given. */
  method: ConsentMethod;
  /** The version of the consent text that was shown (1–40 characters), such as "2026-01". */
  textVersion: string;
};

/** How consent was given. */
export type ConsentMethod =
  /** Given in the app. */
  | 'ON_SCREEN'
  /** Signed on paper; noted by a facilitator. */
  | 'PAPER';

/** What a participant agreed to. */
export type ConsentPurpose =
  /** Taking part and having contributions recorded. */
  | 'PARTICIPATION'
  /** Anonymous use for monitoring and evaluation. */
  | 'RESEARCH';

/** Whether a contribution shows on the board. */
export type ContributionStatus =
  /** Hidden by the facilitator. */
  | 'HIDDEN'
  /** Merged into another contribution that says the same. */
  | 'MERGED'
  /** Shown on the board. */
  | 'VISIBLE';

/** Whether a facilitator shows or hides a contribution on the board. */
export type ContributionVisibility =
  /** Hide it from the board (it is kept, and can be shown again). */
  | 'HIDDEN'
  /** Show it on the board. */
  | 'VISIBLE';

/** A challenge raised in a live session. */
export type CreateChallengeInput = {
  /** The participant who raised it, checked in to the session; leave out to record it anonymously. */
  authorId?: string | number | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The language it is written in (BCP 47 tag). */
  language: string;
  /** The live session it is raised in. */
  sessionId: string | number;
  /** The challenge in the words of its author (1 to 1000 characters). */
  text: string;
  /** A theme of the same session to put it in. */
  themeId?: string | number | null | undefined;
};

/** An idea that answers a challenge of a live session. */
export type CreateIdeaInput = {
  /** The participant who proposed it, checked in to the session; leave out to record it anonymously. */
  authorId?: string | number | null | undefined;
  /** The visible challenge it answers. */
  challengeId: string | number;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The language it is written in (BCP 47 tag). */
  language: string;
  /** The idea in the words of its author (1 to 1000 characters). */
  text: string;
};

/** Who to invite, in which role, organisation and projects. */
export type CreateInvitationInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The e-mail address of the person invited; the account will have it. */
  email: string;
  /** The organisation the new account will belong to. Administrators and reviewers can only be invited into your own organisations. */
  organisationId: string | number;
  /** Projects of yours the new account becomes a member of. */
  projectIds?: Array<string | number> | null | undefined;
  /** The role the new account gets. */
  role: StaffRole;
};

export type CreateOrganisationInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  kind: OrganisationKind;
  locality?: string | null | undefined;
  name: string;
};

export type CreateProjectInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD */
  endsOn: string;
  goals?: Array<string> | null | undefined;
  /** The grant in whole euros (100,000 to 250,000). */
  grantEuros: number;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The promoting municipality or partnership. */
  promoterId: string | number;
  /** k for the figures of this project: at least 5 (the default), at most 100. */
  smallGroupThreshold?: number | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
  title: string;
};

/** A new session of a project. */
export type CreateSessionInput = {
  /** The agenda in order. Without it the session gets the standard two-hour agenda. */
  agenda?: Array<AgendaPhaseInput> | null | undefined;
  /** How many participants fit (1–500). */
  capacity: number;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** Planned length in minutes (15–600). */
  durationMinutes: number;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** Languages spoken or supported, as BCP 47 tags (`nl`, `ar`, `nl-BE`); at least one. */
  languages: Array<string>;
  /** Where the session takes place (2–300 characters). */
  location: string;
  /** The project the session belongs to. */
  projectId: string | number;
  /** When the session starts. */
  startsAt: string;
  /** What the session is called (3–200 characters). */
  title: string;
};

/** A new strategy: an action plan drafted from the ideas of one session. */
export type CreateStrategyInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** What the strategy wants to change, and why (up to 5,000 characters). */
  description?: string | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The ideas of this session that the strategy builds on. */
  ideaIds?: Array<string | number> | null | undefined;
  /** The live or closed session the strategy comes from. */
  sessionId: string | number;
  /** A short name for the plan (3 to 200 characters). */
  title: string;
};

/** A new theme (cluster of challenges) at the end of the board of a live session. */
export type CreateThemeInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The live session. */
  sessionId: string | number;
  /** A short title (1 to 200 characters). */
  title: string;
};

/** Remove a theme; its challenges stay on the board without a theme. */
export type DeleteThemeInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The theme to delete. */
  themeId: string | number;
};

/** A participant whose personal data is erased. */
export type EraseParticipantDataInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The participant to erase; participants may give only their own id. */
  participantId: string | number;
};

/** The answer to one item. Leave out both `value` and `dontKnow` to take an answer back. */
export type ItemAnswerInput = {
  /** True for "don’t know / rather not say" (then without a value). */
  dontKnow?: boolean | null | undefined;
  /** The stable id of the item, such as `SE1`. */
  itemCode: string;
  /** The point of the agreement scale: 1 (totally disagree) to 5 (totally agree). */
  value?: number | null | undefined;
};

/** The statement of an item in one language. */
export type ItemTextInput = {
  /** BCP 47 tag, such as `nl` or `ar`. */
  language: string;
  /** The statement (1 to 300 characters), in plain language. */
  text: string;
};

/** What the participant agreed to on the join screen. */
export type JoinConsentInput = {
  /** Whether the participant also agrees to anonymous use for monitoring and evaluation. Taking part is agreed to by joining. */
  research: boolean;
  /** The version of the consent text that was shown (1–40 characters), such as "2026-01". */
  textVersion: string;
};

/** A person joining a live session on their own phone, without an account. */
export type JoinSessionInput = {
  /** Optional, self-declared age band. */
  ageBand?: AgeBand | null | undefined;
  /** Self-declared background; prefers not to say when left out. */
  background?: Background | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The join code shown in the room; case, spaces and dashes do not matter. */
  code: string;
  /** The consent given on screen; taking part requires it. */
  consent: JoinConsentInput;
  /** The language the participant chose for the app (BCP 47 tag, such as `ar` or `nl`). */
  language: string;
  /** The personal code of a returning participant (from their card); leave out to join as someone new. */
  personalCode?: string | null | undefined;
  /** The name to show with contributions (2–80 characters, unique in the project); a friendly one is made up when left out. */
  pseudonym?: string | null | undefined;
};

/** Merge challenges that say the same into one. */
export type MergeChallengesInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The challenges to merge away; their ideas and dots go to the target. */
  sourceIds: Array<string | number>;
  /** The challenge that remains. */
  targetId: string | number;
};

/** A new round of dot voting in a live session. */
export type OpenVotingRoundInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** Dots each participant may give (1 to 20). */
  dotsPerParticipant: number;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The live session; it may have one open round at a time. */
  sessionId: string | number;
  /** Whether people vote on challenges or on ideas. */
  target: VoteTarget;
  /** What the round is about, such as "Which challenges matter most?" (1 to 200 characters). */
  title: string;
};

/** What kind of organisation takes part in a project. */
export type OrganisationKind =
  /** The monitoring and evaluation team. */
  | 'EVALUATION_TEAM'
  /** Municipalities that promote a project together. */
  | 'INTERMUNICIPAL_PARTNERSHIP'
  /** A municipality: promotes a project and answers its strategies. */
  | 'MUNICIPALITY'
  /** An organisation with practice experience that runs the workshops. */
  | 'PARTNER_ACTOR'
  /** An organisation of and for the target group. */
  | 'SELF_ORGANISATION';

/** The part an organisation plays in a project besides its promoter. */
export type PartnerRole =
  /** Promotes the project with the promoter. */
  | 'CO_PROMOTER'
  /** Monitors and evaluates the project. */
  | 'EVALUATION_TEAM'
  /** Runs the workshops and reaches participants. */
  | 'PARTNER_ACTOR'
  /** Represents the target group and helps reach it. */
  | 'SELF_ORGANISATION';

/** The kind of work done in one phase of a session agenda. */
export type PhaseKind =
  /** Participants name local challenges. */
  | 'CHALLENGES'
  /** Challenges are grouped into themes. */
  | 'CLUSTERING'
  /** Looking back on the session and what comes next. */
  | 'EVALUATION'
  /** Participants propose ideas that answer the challenges. */
  | 'IDEAS'
  /** Participants answer a questionnaire on their phones (the phase says which wave); paper answers are entered for them. */
  | 'QUESTIONNAIRE'
  /** The chosen ideas become strategies for the municipality. */
  | 'STRATEGIES'
  /** Dot voting on challenges or ideas. */
  | 'VOTING'
  /** Welcome, introductions and the ground rules. */
  | 'WELCOME';

/** What was voted on. */
export type PriorityKind =
  /** A challenge. */
  | 'CHALLENGE'
  /** An idea. */
  | 'IDEA';

/** The two questionnaires of the monitoring instrument. */
export type QuestionnaireKind =
  /** Civic competences: taken before the first session (PRE) and after the last one (POST) of a project, paired by participant. */
  | 'COMPETENCE'
  /** A short evaluation at the end of a session (under a minute). */
  | 'SESSION_EVALUATION';

/** When a questionnaire is taken; one answer per participant, item and wave (and session, at its end). */
export type QuestionnaireWave =
  /** The competence questionnaire, after the last session of the project. */
  | 'POST'
  /** The competence questionnaire, before the first session of the project. */
  | 'PRE'
  /** The evaluation of one session, at its end. */
  | 'SESSION_END';

/** Answers a participant gave on paper, entered by a facilitator on their behalf and recorded as such. */
export type RecordPaperAnswersInput = {
  /** The answers on the form (1 to 60). */
  answers: Array<ItemAnswerInput>;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The participant who filled in the paper form. */
  participantId: string | number;
  /** The session at which the form was filled in (for SESSION_END: the one evaluated). */
  sessionId: string | number;
  /** Which questionnaire the form was. */
  wave: QuestionnaireWave;
};

/** Dots counted on paper for one challenge or idea, entered by the facilitator. */
export type RecordPaperVotesInput = {
  /** The background group that gave these dots, when the facilitator knows it (a table of host-community residents); left out when unknown. Shown only in figures by group, which hide small groups. */
  background?: Background | null | undefined;
  /** The challenge the dots were given to, in a round on challenges. */
  challengeId?: string | number | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** How many dots were counted (1 to 500). */
  dots: number;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** The idea the dots were given to, in a round on ideas. */
  ideaId?: string | number | null | undefined;
  /** The open voting round. */
  roundId: string | number;
};

/** A new participant of a project, with their consent. */
export type RegisterParticipantInput = {
  /** Optional, self-declared age band. */
  ageBand?: AgeBand | null | undefined;
  /** Self-declared background; prefers not to say when left out. */
  background?: Background | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** Languages the participant speaks, as BCP 47 tags (`ar`, `nl`, `ti`); at least one. */
  languages: Array<string>;
  /** Consent to take part and have contributions recorded; required. */
  participationConsent: ConsentInput;
  /** The project the participant takes part in. */
  projectId: string | number;
  /** The name shown with contributions (2–80 characters, unique in the project). */
  pseudonym: string;
  /** Consent to anonymous use for monitoring and evaluation, if given. */
  researchConsent?: ConsentInput | null | undefined;
};

/** A new title for a theme. */
export type RenameThemeInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The theme to rename. */
  themeId: string | number;
  /** The new title (1 to 200 characters). */
  title: string;
};

/** The municipality's answer to a submitted strategy. */
export type RespondToStrategyInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** What the municipality decided. */
  decision: ResponseDecision;
  /** What happens next, and when (up to 5,000 characters). */
  followUp?: string | null | undefined;
  /** A client-generated UUID for the new record, so that work recorded offline can refer to it. */
  id?: string | number | null | undefined;
  /** Why, in plain words the participants understand (10 to 5,000 characters). */
  reason: string;
  /** The submitted strategy to answer. */
  strategyId: string | number;
};

/** The municipality's decision on a strategy; always given with a reason. */
export type ResponseDecision =
  /** The municipality will carry out the strategy as proposed. */
  | 'ADOPTED'
  /** The municipality will not carry it out; the reason says why. */
  | 'DECLINED'
  /** The municipality will carry out part of it; the reason says which part. */
  | 'PARTLY_ADOPTED'
  /** The municipality is looking into it and will decide later. */
  | 'UNDER_STUDY';

/** A project item that is no longer asked; its answers stay. */
export type RetireQuestionnaireItemInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The item’s stable id. */
  code: string;
  /** The project whose item it is. */
  projectId: string | number;
};

/** Whether a voting round takes votes. */
export type RoundStatus =
  /** Takes no more votes; its dots stay counted. */
  | 'CLOSED'
  /** Takes votes now. */
  | 'OPEN';

/** What happened on a session board; the event names the records involved so a client can refetch them. */
export type SessionEventType =
  /** The agenda of the session changed. */
  | 'AGENDA_CHANGED'
  /** Challenges (`challengeIds`) were merged into one (`challengeId`), with their ideas. */
  | 'CHALLENGES_MERGED'
  /** A challenge was added (`challengeId`, `themeId`). */
  | 'CHALLENGE_CREATED'
  /** A challenge was hidden or shown again (`challengeId`, `status`). */
  | 'CHALLENGE_STATUS_CHANGED'
  /** A challenge moved to a theme, or out of one (`challengeId`, `themeId`). */
  | 'CHALLENGE_THEME_ASSIGNED'
  /** A translation of a challenge was set or removed (`challengeId`, `language`). */
  | 'CHALLENGE_TRANSLATED'
  /** The text or language of a challenge changed (`challengeId`). */
  | 'CHALLENGE_UPDATED'
  /** An idea was added to a challenge (`ideaId`, `challengeId`). */
  | 'IDEA_CREATED'
  /** An idea was hidden or shown again (`ideaId`, `status`). */
  | 'IDEA_STATUS_CHANGED'
  /** A translation of an idea was set or removed (`ideaId`, `language`). */
  | 'IDEA_TRANSLATED'
  /** The text or language of an idea changed (`ideaId`, `challengeId`). */
  | 'IDEA_UPDATED'
  /** Dots counted on paper were entered (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`). */
  | 'PAPER_VOTES_RECORDED'
  /** Someone joined or was checked in (`participantCount`, nobody named). */
  | 'PARTICIPANT_JOINED'
  /** A check-in was undone (`participantCount`, nobody named). */
  | 'PARTICIPANT_LEFT'
  /** Someone started or finished a questionnaire, or their answers were discarded: the response counts changed (nobody named, no answer). */
  | 'QUESTIONNAIRE_ANSWERED'
  /** Another agenda phase started (`phaseId`). */
  | 'SESSION_PHASE_CHANGED'
  /** The session moved to another status (`status`, `phaseId`). */
  | 'SESSION_STATUS_CHANGED'
  /** The title, time, place, languages or capacity of the session changed. */
  | 'SESSION_UPDATED'
  /** The themes were put in a new order (`themeIds`, in board order). */
  | 'THEMES_REORDERED'
  /** A theme was added (`themeId`). */
  | 'THEME_CREATED'
  /** A theme was deleted; its challenges stay without a theme (`themeId`). */
  | 'THEME_DELETED'
  /** A theme got a new title (`themeId`). */
  | 'THEME_RENAMED'
  /** Dots were given in the app (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`). */
  | 'VOTE_CAST'
  /** A vote was taken back (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`). */
  | 'VOTE_WITHDRAWN'
  /** A voting round closed (`roundId`, `status`). */
  | 'VOTING_ROUND_CLOSED'
  /** A voting round opened (`roundId`, `status`). */
  | 'VOTING_ROUND_OPENED';

/** Where a session is in its life: planned, announced, running, done, answered. */
export type SessionStatus =
  /** Over; its report is final. */
  | 'CLOSED'
  /** Being planned; only staff see it. */
  | 'DRAFT'
  /** Running now; participants join with the join code. */
  | 'LIVE'
  /** The municipality has reviewed its outcomes. */
  | 'REVIEWED'
  /** Announced with date and place. */
  | 'SCHEDULED';

/** Show or hide a challenge on the board. */
export type SetChallengeStatusInput = {
  /** The challenge to show or hide. */
  challengeId: string | number;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** VISIBLE to show it, HIDDEN to hide it. */
  status: ContributionVisibility;
};

/** The phase a live session moves to. */
export type SetCurrentPhaseInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** A phase of this session’s agenda. */
  phaseId: string | number;
  /** The session to change. */
  sessionId: string | number;
};

/** A participant’s own yes or no to anonymous use of their data for research. */
export type SetResearchConsentInput = {
  /** True to agree (recorded as given on screen); false to withdraw, which discards their questionnaire answers. */
  agree: boolean;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The participant; participants give their own id. */
  participantId: string | number;
  /** The version of the consent text that was shown (1–40 characters); needed to agree. */
  textVersion?: string | null | undefined;
};

/** The new agenda of a session. */
export type SetSessionAgendaInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The whole agenda in its new order. Phases left out are removed; phases with a known id are kept and updated. */
  phases: Array<AgendaPhaseInput>;
  /** The session to change. */
  sessionId: string | number;
};

/** An e-mail address and password. */
export type SignInInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The e-mail address of the account; case and surrounding spaces do not matter. */
  email: string;
  /** The password of the account. */
  password: string;
};

/** What a staff account may do. */
export type StaffRole =
  /** Manages organisations, accounts and invitations of its organisations' projects. */
  | 'ADMINISTRATOR'
  /** Reads anonymised indicators of its projects. */
  | 'EVALUATOR'
  /** Plans, runs and records the sessions of its projects. */
  | 'FACILITATOR'
  /** Reviews the outcomes of its municipality's projects and answers strategies. */
  | 'REVIEWER';

/** Where a strategy is on its way to the municipality. */
export type StrategyStatus =
  /** The municipality has answered it. */
  | 'ANSWERED'
  /** Being drafted in or after a session. */
  | 'DRAFT'
  /** Submitted to the municipality, awaiting its answer. */
  | 'SUBMITTED';

/** The closed session whose draft strategies go to the municipality together. */
export type SubmitSessionStrategiesInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The closed session. */
  sessionId: string | number;
};

/** Submits a draft strategy to the municipality. */
export type SubmitStrategyInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The draft strategy to submit. */
  strategyId: string | number;
};

/** Why a figure about a group of people is not shown. */
export type SuppressionReason =
  /** Figures by group are released once, when what they describe is over (a session closes): figures that change live would let everyone see who just came in. */
  | 'NOT_FINAL'
  /** Fewer people than the threshold are behind it, or it would let such a number be worked out from other figures. Both read the same, so that a hidden figure tells nothing about its size. */
  | 'SMALL_GROUP';

/** A check-in to take back. */
export type UndoCheckInInput = {
  /** The attendance to remove (a check-in made by mistake). */
  attendanceId: string | number;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
};

/** Changes to an account of your organisations; what is left out stays as it is. */
export type UpdateAccountInput = {
  /** The account to change. */
  accountId: string | number;
  /** false deactivates the account and signs it out everywhere. */
  active?: boolean | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The projects of yours the account is a member of (replaces that list; memberships in projects you do not manage stay). */
  projectIds?: Array<string | number> | null | undefined;
  /** A new role. */
  role?: StaffRole | null | undefined;
};

export type UpdateOrganisationInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  locality?: string | null | undefined;
  name?: string | null | undefined;
  organisationId: string | number;
};

/** Changes to the details of a session; what is left out stays as it is. */
export type UpdateSessionInput = {
  /** How many participants fit (1–500). */
  capacity?: number | null | undefined;
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** Planned length in minutes (15–600). */
  durationMinutes?: number | null | undefined;
  /** Languages spoken or supported, as BCP 47 tags; at least one. */
  languages?: Array<string> | null | undefined;
  /** Where the session takes place (2–300 characters). */
  location?: string | null | undefined;
  /** The session to change. */
  sessionId: string | number;
  /** When the session starts. */
  startsAt?: string | null | undefined;
  /** What the session is called (3–200 characters). */
  title?: string | null | undefined;
};

/** A change to an answer, such as a strategy under study that is now adopted. */
export type UpdateStrategyResponseInput = {
  /** A client-generated id for this request: sending it again returns the first outcome and changes nothing. */
  clientMutationId?: string | number | null | undefined;
  /** The new decision. */
  decision?: ResponseDecision | null | undefined;
  /** What happens next, and when; an explicit null removes it, leaving it out keeps it. */
  followUp?: string | null | undefined;
  /** The new reason (10 to 5,000 characters). */
  reason?: string | null | undefined;
  /** The answer to change. */
  responseId: string | number;
};

/** Who is asking. */
export type ViewerKind =
  /** Nobody has signed in or joined a session on this browser. */
  | 'ANONYMOUS'
  /** A participant who joined a session. */
  | 'PARTICIPANT'
  /** A staff member signed in with an account. */
  | 'STAFF';

/** How a vote was cast. */
export type VoteSource =
  /** Cast by a participant in the app. */
  | 'DIGITAL'
  /** Dots counted on paper and entered by a facilitator. */
  | 'PAPER';

/** What a voting round asks people to vote on. */
export type VoteTarget =
  /** People give their dots to challenges. */
  | 'CHALLENGES'
  /** People give their dots to ideas. */
  | 'IDEAS';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Viewer', kind: ViewerKind, sessionId: string | null, account: { __typename: 'Account', id: string, email: string, displayName: string, role: StaffRole, organisations: Array<{ __typename: 'Organisation', id: string, name: string }>, projects: Array<{ __typename: 'Project', id: string, title: string }> } | null, participant: { __typename: 'Participant', id: string, pseudonym: string } | null } };

export type AccountCard_AccountFragment = { __typename: 'Account', id: string, displayName: string, email: string, role: StaffRole, active: boolean, lastSignInAt: string | null, organisations: Array<{ __typename: 'Organisation', id: string, name: string }>, projects: Array<{ __typename: 'Project', id: string, title: string }> } & { ' $fragmentName'?: 'AccountCard_AccountFragment' };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { updateAccount: { __typename: 'AccountPayload', account: (
      { __typename: 'Account' }
      & { ' $fragmentRefs'?: { 'AccountCard_AccountFragment': AccountCard_AccountFragment } }
    ) } };

export type AccountsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AccountsPageQuery = { accounts: { __typename: 'AccountConnection', totalCount: number, edges: Array<{ __typename: 'AccountEdge', cursor: string, node: (
        { __typename: 'Account', id: string }
        & { ' $fragmentRefs'?: { 'AccountCard_AccountFragment': AccountCard_AccountFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string } }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { __typename: 'AccountPayload', account: { __typename: 'Account', id: string } } };

export type InvitationPageQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPageQuery = { invitation: { __typename: 'InvitationPreview', email: string, organisationName: string, role: StaffRole, expired: boolean, accepted: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'SignInPayload', account: { __typename: 'Account', id: string } } };

export type InvitePageQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitePageQuery = { organisations: { __typename: 'OrganisationConnection', edges: Array<{ __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: string, name: string } }> }, projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string } }> } };

export type CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type CreateInvitationMutation = { createInvitation: { __typename: 'CreateInvitationPayload', link: string, invitation: { __typename: 'Invitation', id: string, email: string, role: StaffRole, expiresAt: string, organisation: { __typename: 'Organisation', id: string, name: string } } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'SignInPayload', account: { __typename: 'Account', id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignOutPayload', signedOut: boolean } };

export type AuditLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', cursor: string, node: { __typename: 'AuditEntry', id: string, at: string, actorKind: AuditActorKind, actorName: string | null, actor: string, action: AuditAction, detail: string, subjectId: string, participantPseudonym: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AuditLogPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogPeopleQuery = { accounts: { __typename: 'AccountConnection', edges: Array<{ __typename: 'AccountEdge', node: { __typename: 'Account', id: string, displayName: string } }> } };

export type AuditLogCsvQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogCsvQuery = { auditLogCsv: string };

export type ChallengeBoard_SessionFragment = { __typename: 'Session', id: string, themes: Array<(
    { __typename: 'Theme', id: string, position: number }
    & { ' $fragmentRefs'?: { 'ThemeHeading_ThemeFragment': ThemeHeading_ThemeFragment } }
  )>, challenges: { __typename: 'ChallengeConnection', totalCount: number, edges: Array<{ __typename: 'ChallengeEdge', node: (
        { __typename: 'Challenge', id: string, theme: { __typename: 'Theme', id: string } | null }
        & { ' $fragmentRefs'?: { 'ChallengeCard_ChallengeFragment': ChallengeCard_ChallengeFragment } }
      ) }> } } & { ' $fragmentName'?: 'ChallengeBoard_SessionFragment' };

export type ChallengeCard_ChallengeFragment = (
  { __typename: 'Challenge', id: string, text: string, language: string, status: ContributionStatus, dotCount: number, translations: Array<{ __typename: 'Translation', language: string, text: string }>, author: { __typename: 'Participant', id: string, pseudonym: string } | null }
  & { ' $fragmentRefs'?: { 'IdeaList_ChallengeFragment': IdeaList_ChallengeFragment } }
) & { ' $fragmentName'?: 'ChallengeCard_ChallengeFragment' };

export type IdeaList_ChallengeFragment = { __typename: 'Challenge', id: string, ideas: { __typename: 'IdeaConnection', totalCount: number, edges: Array<{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: string, text: string, language: string, dotCount: number, translations: Array<{ __typename: 'Translation', language: string, text: string }> } }> } } & { ' $fragmentName'?: 'IdeaList_ChallengeFragment' };

export type FunderReportPageQueryVariables = Exact<{
  projectId: string | number;
  year: number;
}>;


export type FunderReportPageQuery = { funderReport: { __typename: 'FunderReport', projectId: string, title: string, year: number, smallGroupThreshold: number, final: boolean, sessionsHeld: number, peopleReached: { __typename: 'IndicatorGroupedFigure', total: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, minutes: { __typename: 'IndicatorGroupedFigure', total: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, strategies: { __typename: 'StrategyIndicators', submitted: number, answered: number, adopted: number, partlyAdopted: number, underStudy: number, declined: number, done: number | null }, helped: { __typename: 'HelpedFigure', respondents: number, agreed: number | null, share: number | null, hiddenBecause: SuppressionReason | null }, competence: Array<{ __typename: 'CompetenceIndicator', dimension: CompetenceDimension, all: { __typename: 'CompetenceChangeFigure', n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, hiddenBecause: SuppressionReason | null } }> } };

export type IndicatorsOverviewPageQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsOverviewPageQuery = { indicatorsOverview: { __typename: 'IndicatorsOverview', projects: Array<{ __typename: 'ProjectIndicators', projectId: string, title: string, smallGroupThreshold: number, step: { __typename: 'IndicatorStepInfo', number: number, takenAt: string, final: boolean } | null }>, participation: { __typename: 'ParticipationIndicators', people: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, minutes: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> } }, strategies: { __typename: 'StrategyIndicators', submitted: number, answered: number, adopted: number, partlyAdopted: number, underStudy: number, declined: number, done: number | null }, competence: Array<{ __typename: 'CompetenceIndicator', dimension: CompetenceDimension, all: { __typename: 'CompetenceChangeFigure', n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, hiddenBecause: SuppressionReason | null } }> } };

export type ProjectIndicatorsPageQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectIndicatorsPageQuery = { projectIndicators: { __typename: 'ProjectIndicators', projectId: string, title: string, smallGroupThreshold: number, step: { __typename: 'IndicatorStepInfo', number: number, takenAt: string, sessionCount: number, final: boolean, sessionsSince: number } | null, participation: { __typename: 'ParticipationIndicators', people: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, returning: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, minutes: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> } }, contributions: { __typename: 'ContributionIndicators', challenges: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, ideas: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> }, dots: { __typename: 'IndicatorGroupedFigure', total: number, projects: number, byBackground: Array<{ __typename: 'IndicatorGroupFigure', background: Background, value: number | null, hiddenBecause: SuppressionReason | null }> } }, priorities: { __typename: 'PriorityIndicators', kendallTau: number | null, comparedItems: number, items: Array<{ __typename: 'PriorityItem', id: string, kind: PriorityKind, text: string, language: string, rankThirdCountryNationals: number | null, rankHostCommunity: number | null, dots: { __typename: 'IndicatorGroupedFigure', total: number } }> }, strategies: { __typename: 'StrategyIndicators', submitted: number, answered: number, adopted: number, partlyAdopted: number, underStudy: number, declined: number, done: number | null }, competence: Array<{ __typename: 'CompetenceIndicator', dimension: CompetenceDimension, all: { __typename: 'CompetenceChangeFigure', background: Background | null, n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, hiddenBecause: SuppressionReason | null }, byBackground: Array<{ __typename: 'CompetenceChangeFigure', background: Background | null, n: number | null, meanChange: number | null, ciLow: number | null, ciHigh: number | null, hiddenBecause: SuppressionReason | null }> }>, sessions: Array<{ __typename: 'SessionIndicators', sessionId: string, title: string, startsAt: string, status: SessionStatus, attendance: { __typename: 'IndicatorGroupedFigure', total: number } | null, evaluation: Array<{ __typename: 'EvaluationItemFigure', itemCode: string, respondents: number, agreed: number | null, notAgreed: number | null, hiddenBecause: SuppressionReason | null }> }> } };

export type ResearchExportSummaryQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ResearchExportSummaryQuery = { researchExport: { __typename: 'ResearchExport', projectId: string, participants: number, rows: number, blankedAgeBands: number, blankedBackgrounds: number, csvPath: string, jsonPath: string, codebookPath: string, readmePath: string } };

export type JoinPreviewQueryVariables = Exact<{
  code: string;
}>;


export type JoinPreviewQuery = { joinPreview: { __typename: 'JoinPreview', title: string, startsAt: string, languages: Array<string>, live: boolean } };

export type JoinSessionMutationVariables = Exact<{
  input: JoinSessionInput;
}>;


export type JoinSessionMutation = { joinSession: { __typename: 'JoinSessionPayload', clientMutationId: string | null, personalCode: string, returning: boolean, participant: { __typename: 'Participant', id: string, pseudonym: string }, session: { __typename: 'Session', id: string, title: string } } };

export type OrganisationRow_OrganisationFragment = { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, locality: string | null } & { ' $fragmentName'?: 'OrganisationRow_OrganisationFragment' };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { __typename: 'OrganisationPayload', organisation: (
      { __typename: 'Organisation' }
      & { ' $fragmentRefs'?: { 'OrganisationRow_OrganisationFragment': OrganisationRow_OrganisationFragment } }
    ) } };

export type OrganisationsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OrganisationsPageQuery = { organisations: { __typename: 'OrganisationConnection', totalCount: number, edges: Array<{ __typename: 'OrganisationEdge', cursor: string, node: (
        { __typename: 'Organisation', id: string }
        & { ' $fragmentRefs'?: { 'OrganisationRow_OrganisationFragment': OrganisationRow_OrganisationFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { __typename: 'OrganisationPayload', organisation: { __typename: 'Organisation', id: string, name: string } } };

export type BoardChallenge_ChallengeFragment = { __typename: 'Challenge', id: string, text: string, language: string, dotCount: number, translations: Array<{ __typename: 'Translation', language: string, text: string }>, ideas: { __typename: 'IdeaConnection', totalCount: number, edges: Array<{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: string, text: string, language: string, dotCount: number, translations: Array<{ __typename: 'Translation', language: string, text: string }> } }> } } & { ' $fragmentName'?: 'BoardChallenge_ChallengeFragment' };

export type ParticipantMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantMyDataQuery = { myParticipation: { __typename: 'Participation', participant: { __typename: 'Participant', id: string, pseudonym: string, personalCode: string | null, consents: Array<{ __typename: 'Consent', id: string, purpose: ConsentPurpose, textVersion: string, method: ConsentMethod, givenAt: string, withdrawnAt: string | null }> }, session: { __typename: 'Session', id: string, title: string } } };

export type ParticipantMyDataExportQueryVariables = Exact<{
  participantId: string | number;
}>;


export type ParticipantMyDataExportQuery = { exportParticipantData: unknown };

export type ParticipantBoard_SessionFragment = { __typename: 'Session', id: string, themes: Array<{ __typename: 'Theme', id: string, position: number, title: string }>, challenges: { __typename: 'ChallengeConnection', totalCount: number, edges: Array<{ __typename: 'ChallengeEdge', node: (
        { __typename: 'Challenge', id: string, theme: { __typename: 'Theme', id: string } | null }
        & { ' $fragmentRefs'?: { 'BoardChallenge_ChallengeFragment': BoardChallenge_ChallengeFragment } }
      ) }> } } & { ' $fragmentName'?: 'ParticipantBoard_SessionFragment' };

export type ParticipantViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipantViewerQuery = { viewer: { __typename: 'Viewer', kind: ViewerKind, sessionId: string | null, participant: { __typename: 'Participant', id: string, pseudonym: string } | null } };

export type PhaseBanner_SessionFragment = { __typename: 'Session', status: SessionStatus, agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number }>, currentPhase: { __typename: 'AgendaPhase', id: string, kind: PhaseKind, title: string } | null } & { ' $fragmentName'?: 'PhaseBanner_SessionFragment' };

export type ParticipantSetResearchConsentMutationVariables = Exact<{
  input: SetResearchConsentInput;
}>;


export type ParticipantSetResearchConsentMutation = { setResearchConsent: { __typename: 'ParticipantPayload', clientMutationId: string | null, participant: { __typename: 'Participant', id: string, consents: Array<{ __typename: 'Consent', id: string, purpose: ConsentPurpose, textVersion: string, method: ConsentMethod, givenAt: string, withdrawnAt: string | null }> } } };

export type ParticipantSessionQueryVariables = Exact<{
  id: string | number;
  participantId: string | number;
}>;


export type ParticipantSessionQuery = { session: (
    { __typename: 'Session', id: string, title: string, status: SessionStatus, currentPhase: { __typename: 'AgendaPhase', id: string, kind: PhaseKind, questionnaireWave: QuestionnaireWave | null } | null, openVotingRound: { __typename: 'VotingRound', id: string, title: string, target: VoteTarget, dotsPerParticipant: number, dotsUsedBy: number } | null }
    & { ' $fragmentRefs'?: { 'PhaseBanner_SessionFragment': PhaseBanner_SessionFragment;'ParticipantBoard_SessionFragment': ParticipantBoard_SessionFragment } }
  ) };

export type ParticipantSessionEventsSubscriptionVariables = Exact<{
  sessionId: string | number;
  after?: string | null | undefined;
}>;


export type ParticipantSessionEventsSubscription = { sessionEvents: { __typename: 'SessionEvent', cursor: string, type: SessionEventType } };

export type ParticipantCreateChallengeMutationVariables = Exact<{
  input: CreateChallengeInput;
}>;


export type ParticipantCreateChallengeMutation = { createChallenge: { __typename: 'ChallengePayload', clientMutationId: string | null, challenge: { __typename: 'Challenge', id: string, text: string, language: string, dotCount: number } } };

export type ParticipantCreateIdeaMutationVariables = Exact<{
  input: CreateIdeaInput;
}>;


export type ParticipantCreateIdeaMutation = { createIdea: { __typename: 'IdeaPayload', clientMutationId: string | null, idea: { __typename: 'Idea', id: string, text: string, language: string, dotCount: number } } };

export type ParticipantCastVoteMutationVariables = Exact<{
  input: CastVoteInput;
  participantId: string | number;
}>;


export type ParticipantCastVoteMutation = { castVote: { __typename: 'VotePayload', clientMutationId: string | null, vote: { __typename: 'Vote', id: string, dots: number, round: { __typename: 'VotingRound', id: string, dotsUsedBy: number }, challenge: { __typename: 'Challenge', id: string, dotCount: number } | null, idea: { __typename: 'Idea', id: string, dotCount: number } | null } } };

export type ParticipantAnswerQuestionnaireMutationVariables = Exact<{
  input: AnswerQuestionnaireInput;
}>;


export type ParticipantAnswerQuestionnaireMutation = { answerQuestionnaire: { __typename: 'AnswerQuestionnairePayload', clientMutationId: string | null, answers: Array<{ __typename: 'QuestionnaireAnswer', id: string, itemCode: string, value: number | null }> } };

export type GrantSplit_ProjectFragment = { __typename: 'Project', grantEuros: number, euFundEuros: number, regionalCofinancingEuros: number } & { ' $fragmentName'?: 'GrantSplit_ProjectFragment' };

export type NewProjectPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NewProjectPageQuery = { organisations: { __typename: 'OrganisationConnection', edges: Array<{ __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: string } } };

export type PartnerList_ProjectFragment = { __typename: 'Project', promoter: { __typename: 'Organisation', id: string, name: string, locality: string | null }, partners: Array<{ __typename: 'ProjectPartner', id: string, role: PartnerRole, organisation: { __typename: 'Organisation', id: string, name: string, locality: string | null } }> } & { ' $fragmentName'?: 'PartnerList_ProjectFragment' };

export type ProjectAdminPanelQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectAdminPanelQuery = { project: { __typename: 'Project', id: string, promoter: { __typename: 'Organisation', id: string }, partners: Array<{ __typename: 'ProjectPartner', id: string, organisation: { __typename: 'Organisation', id: string } }> }, organisations: { __typename: 'OrganisationConnection', edges: Array<{ __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type AddProjectPartnerMutationVariables = Exact<{
  input: AddProjectPartnerInput;
}>;


export type AddProjectPartnerMutation = { addProjectPartner: { __typename: 'ProjectPartnerPayload', partner: { __typename: 'ProjectPartner', id: string, organisation: { __typename: 'Organisation', id: string, name: string }, project: { __typename: 'Project', id: string, partners: Array<{ __typename: 'ProjectPartner', id: string, role: PartnerRole, organisation: { __typename: 'Organisation', id: string, name: string, locality: string | null } }> } } } };

export type ProjectCard_ProjectFragment = { __typename: 'Project', id: string, title: string, description: string, startsOn: string, endsOn: string, grantEuros: number, euFundEuros: number, regionalCofinancingEuros: number, promoter: { __typename: 'Organisation', id: string, name: string } } & { ' $fragmentName'?: 'ProjectCard_ProjectFragment' };

export type ProjectPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectPageQuery = { project: (
    { __typename: 'Project', id: string, title: string, description: string, startsOn: string, endsOn: string, goals: Array<string>, promoter: { __typename: 'Organisation', id: string, name: string }, sessions: { __typename: 'SessionConnection', totalCount: number, edges: Array<{ __typename: 'SessionEdge', node: (
          { __typename: 'Session', id: string }
          & { ' $fragmentRefs'?: { 'SessionListItem_SessionFragment': SessionListItem_SessionFragment } }
        ) }> } }
    & { ' $fragmentRefs'?: { 'GrantSplit_ProjectFragment': GrantSplit_ProjectFragment;'PartnerList_ProjectFragment': PartnerList_ProjectFragment } }
  ) };

export type ProjectsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProjectsPageQuery = { projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', cursor: string, node: (
        { __typename: 'Project', id: string }
        & { ' $fragmentRefs'?: { 'ProjectCard_ProjectFragment': ProjectCard_ProjectFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PaperAnswersFormQueryVariables = Exact<{
  sessionId: string | number;
  wave: QuestionnaireWave;
  language: string;
}>;


export type PaperAnswersFormQuery = { questionnaire: { __typename: 'Questionnaire', id: string, title: string, items: Array<{ __typename: 'QuestionnaireItem', id: string, code: string, text: { __typename: 'Translation', language: string, text: string } }>, scale: { __typename: 'AnswerScale', language: string, dontKnow: string, points: Array<{ __typename: 'ScalePoint', value: number, label: string }> } } };

export type PhoneQuestionnaireQueryVariables = Exact<{
  sessionId: string | number;
  wave: QuestionnaireWave;
  language: string;
}>;


export type PhoneQuestionnaireQuery = { questionnaire: (
    { __typename: 'Questionnaire', id: string, open: boolean }
    & { ' $fragmentRefs'?: { 'QuestionnaireSteps_QuestionnaireFragment': QuestionnaireSteps_QuestionnaireFragment } }
  ), myParticipation: { __typename: 'Participation', participant: { __typename: 'Participant', id: string, consents: Array<{ __typename: 'Consent', id: string, purpose: ConsentPurpose, withdrawnAt: string | null }> } } };

export type QuestionnaireItemRow_ItemFragment = { __typename: 'QuestionnaireItem', id: string, code: string, dimension: CompetenceDimension | null, shipped: boolean, position: number, retiredAt: string | null, text: { __typename: 'Translation', language: string, text: string }, translations: Array<{ __typename: 'Translation', language: string }> } & { ' $fragmentName'?: 'QuestionnaireItemRow_ItemFragment' };

export type ProjectQuestionnaireItemsQueryVariables = Exact<{
  projectId: string | number;
  language: string;
}>;


export type ProjectQuestionnaireItemsQuery = { competence: Array<(
    { __typename: 'QuestionnaireItem', id: string }
    & { ' $fragmentRefs'?: { 'QuestionnaireItemRow_ItemFragment': QuestionnaireItemRow_ItemFragment } }
  )>, evaluation: Array<(
    { __typename: 'QuestionnaireItem', id: string }
    & { ' $fragmentRefs'?: { 'QuestionnaireItemRow_ItemFragment': QuestionnaireItemRow_ItemFragment } }
  )> };

export type ProjectAddQuestionnaireItemMutationVariables = Exact<{
  input: AddQuestionnaireItemInput;
}>;


export type ProjectAddQuestionnaireItemMutation = { addQuestionnaireItem: { __typename: 'QuestionnaireItemPayload', clientMutationId: string | null, item: { __typename: 'QuestionnaireItem', id: string, code: string } } };

export type ProjectRetireQuestionnaireItemMutationVariables = Exact<{
  input: RetireQuestionnaireItemInput;
}>;


export type ProjectRetireQuestionnaireItemMutation = { retireQuestionnaireItem: { __typename: 'QuestionnaireItemPayload', clientMutationId: string | null, item: { __typename: 'QuestionnaireItem', id: string, retiredAt: string | null } } };

export type QuestionnaireSteps_QuestionnaireFragment = { __typename: 'Questionnaire', id: string, wave: QuestionnaireWave, kind: QuestionnaireKind, answeredElsewhere: boolean, title: string, items: Array<{ __typename: 'QuestionnaireItem', id: string, code: string, text: { __typename: 'Translation', language: string, text: string } }>, scale: { __typename: 'AnswerScale', language: string, dontKnow: string, points: Array<{ __typename: 'ScalePoint', value: number, label: string }> }, myAnswers: Array<{ __typename: 'QuestionnaireAnswer', id: string, itemCode: string, value: number | null }> } & { ' $fragmentName'?: 'QuestionnaireSteps_QuestionnaireFragment' };

export type ResponseCounts_SessionFragment = { __typename: 'Session', id: string, questionnaireResponses: Array<{ __typename: 'QuestionnaireResponses', id: string, wave: QuestionnaireWave, itemCount: number, present: number, consented: number, started: number, completed: number }> } & { ' $fragmentName'?: 'ResponseCounts_SessionFragment' };

export type WorkshopReportQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopReportQuery = { session: { __typename: 'Session', id: string, title: string, status: SessionStatus, capacity: number, project: { __typename: 'Project', id: string, title: string } }, sessionReport: { __typename: 'SessionReport', smallGroupThreshold: number, session: { __typename: 'ReportSession', id: string, title: string, startsAt: string, durationMinutes: number, location: string, languages: Array<string> }, attendance: { __typename: 'ReportAttendance', total: number, returning: { __typename: 'ReportFigure', count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> }, contributions: { __typename: 'ReportContributions', challenges: { __typename: 'ReportGroupedFigure', total: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> }, ideas: { __typename: 'ReportGroupedFigure', total: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> }, dotsGiven: { __typename: 'ReportGroupedFigure', total: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> } }, themes: Array<{ __typename: 'ReportTheme', id: string | null, title: string | null, dotCount: number, challenges: Array<{ __typename: 'ReportChallenge', id: string, text: string, language: string, dotCount: number, merged: Array<{ __typename: 'ReportMergedChallenge', id: string, text: string, language: string }>, ideas: Array<{ __typename: 'ReportIdea', id: string, text: string, language: string, dotCount: number }> }> }>, votingRounds: Array<{ __typename: 'ReportVotingRound', id: string, title: string, target: VoteTarget, dotsPerParticipant: number, digitalDots: number, paperDots: number, totalDots: number, dotsByBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> }>, strategies: Array<{ __typename: 'ReportStrategy', id: string, title: string, description: string, status: StrategyStatus, ideas: Array<{ __typename: 'ReportStrategyIdea', id: string, text: string }>, actions: Array<{ __typename: 'ReportStrategyAction', what: string, who: string, due: string, resources: string }> }> } };

export type RespondToStrategyMutationVariables = Exact<{
  input: RespondToStrategyInput;
}>;


export type RespondToStrategyMutation = { respondToStrategy: { __typename: 'MunicipalityResponsePayload', clientMutationId: string | null, response: (
      { __typename: 'MunicipalityResponse', id: string }
      & { ' $fragmentRefs'?: { 'ResponseNote_ResponseFragment': ResponseNote_ResponseFragment } }
    ) } };

export type UpdateStrategyResponseMutationVariables = Exact<{
  input: UpdateStrategyResponseInput;
}>;


export type UpdateStrategyResponseMutation = { updateStrategyResponse: { __typename: 'MunicipalityResponsePayload', clientMutationId: string | null, response: (
      { __typename: 'MunicipalityResponse', id: string, decision: ResponseDecision, reason: string, followUp: string | null }
      & { ' $fragmentRefs'?: { 'ResponseNote_ResponseFragment': ResponseNote_ResponseFragment } }
    ) } };

export type ResponseNote_ResponseFragment = { __typename: 'MunicipalityResponse', id: string, decision: ResponseDecision, reason: string, followUp: string | null, respondedAt: string } & { ' $fragmentName'?: 'ResponseNote_ResponseFragment' };

export type StrategyReview_StrategyFragment = { __typename: 'Strategy', id: string, title: string, description: string, status: StrategyStatus, submittedAt: string | null, session: { __typename: 'Session', id: string, title: string, startsAt: string }, ideas: Array<{ __typename: 'Idea', id: string, text: string }>, actions: Array<{ __typename: 'StrategyAction', id: string, position: number, what: string, who: string, due: string, resources: string }>, response: (
    { __typename: 'MunicipalityResponse', id: string, decision: ResponseDecision, reason: string, followUp: string | null, respondedAt: string }
    & { ' $fragmentRefs'?: { 'ResponseNote_ResponseFragment': ResponseNote_ResponseFragment } }
  ) | null } & { ' $fragmentName'?: 'StrategyReview_StrategyFragment' };

export type StrategiesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategiesPageQuery = { projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, awaiting: { __typename: 'StrategyConnection', totalCount: number, edges: Array<{ __typename: 'StrategyEdge', node: (
              { __typename: 'Strategy', id: string }
              & { ' $fragmentRefs'?: { 'StrategyReview_StrategyFragment': StrategyReview_StrategyFragment } }
            ) }> }, answered: { __typename: 'StrategyConnection', totalCount: number, edges: Array<{ __typename: 'StrategyEdge', node: (
              { __typename: 'Strategy', id: string }
              & { ' $fragmentRefs'?: { 'StrategyReview_StrategyFragment': StrategyReview_StrategyFragment } }
            ) }> } } }> } };

export type AgendaList_SessionFragment = { __typename: 'Session', agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number, kind: PhaseKind, title: string, durationMinutes: number }>, currentPhase: { __typename: 'AgendaPhase', id: string } | null } & { ' $fragmentName'?: 'AgendaList_SessionFragment' };

export type SessionFacts_SessionFragment = { __typename: 'Session', startsAt: string, durationMinutes: number, location: string, languages: Array<string>, capacity: number, attendanceCount: number } & { ' $fragmentName'?: 'SessionFacts_SessionFragment' };

export type SessionListItem_SessionFragment = { __typename: 'Session', id: string, title: string, startsAt: string, durationMinutes: number, location: string, status: SessionStatus, languages: Array<string>, capacity: number, attendanceCount: number } & { ' $fragmentName'?: 'SessionListItem_SessionFragment' };

export type SessionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionPageQuery = { session: (
    { __typename: 'Session', id: string, title: string, status: SessionStatus, project: { __typename: 'Project', id: string, title: string } }
    & { ' $fragmentRefs'?: { 'SessionFacts_SessionFragment': SessionFacts_SessionFragment;'AgendaList_SessionFragment': AgendaList_SessionFragment;'ChallengeBoard_SessionFragment': ChallengeBoard_SessionFragment;'VotingRoundList_SessionFragment': VotingRoundList_SessionFragment;'StrategyList_SessionFragment': StrategyList_SessionFragment } }
  ) };

export type WorkshopListQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkshopListQuery = { projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, sessions: { __typename: 'SessionConnection', edges: Array<{ __typename: 'SessionEdge', node: { __typename: 'Session', id: string, title: string, status: SessionStatus, startsAt: string, durationMinutes: number, location: string } }> } } }> } };

export type WorkshopRecordPaperAnswersMutationVariables = Exact<{
  input: RecordPaperAnswersInput;
}>;


export type WorkshopRecordPaperAnswersMutation = { recordPaperAnswers: { __typename: 'RecordPaperAnswersPayload', clientMutationId: string | null, answeredItems: number, itemCount: number } };

export type WorkshopRegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type WorkshopRegisterParticipantMutation = { registerParticipant: { __typename: 'ParticipantPayload', clientMutationId: string | null, participant: { __typename: 'Participant', id: string, pseudonym: string } } };

export type WorkshopCheckInMutationVariables = Exact<{
  input: CheckInParticipantInput;
}>;


export type WorkshopCheckInMutation = { checkInParticipant: { __typename: 'CheckInPayload', clientMutationId: string | null, attendance: { __typename: 'Attendance', id: string } } };

export type WorkshopUndoCheckInMutationVariables = Exact<{
  input: UndoCheckInInput;
}>;


export type WorkshopUndoCheckInMutation = { undoCheckIn: { __typename: 'UndoCheckInPayload', clientMutationId: string | null, removedAttendanceId: string } };

export type WorkshopChangeStatusMutationVariables = Exact<{
  input: ChangeSessionStatusInput;
}>;


export type WorkshopChangeStatusMutation = { changeSessionStatus: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, status: SessionStatus, joinCode: string | null, currentPhase: { __typename: 'AgendaPhase', id: string } | null } } };

export type WorkshopSetCurrentPhaseMutationVariables = Exact<{
  input: SetCurrentPhaseInput;
}>;


export type WorkshopSetCurrentPhaseMutation = { setCurrentPhase: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, currentPhase: { __typename: 'AgendaPhase', id: string } | null } } };

export type WorkshopCreateChallengeMutationVariables = Exact<{
  input: CreateChallengeInput;
}>;


export type WorkshopCreateChallengeMutation = { createChallenge: { __typename: 'ChallengePayload', clientMutationId: string | null, challenge: { __typename: 'Challenge', id: string, text: string, status: ContributionStatus } } };

export type WorkshopSetChallengeStatusMutationVariables = Exact<{
  input: SetChallengeStatusInput;
}>;


export type WorkshopSetChallengeStatusMutation = { setChallengeStatus: { __typename: 'ChallengePayload', clientMutationId: string | null, challenge: { __typename: 'Challenge', id: string, status: ContributionStatus } } };

export type WorkshopMergeChallengesMutationVariables = Exact<{
  input: MergeChallengesInput;
}>;


export type WorkshopMergeChallengesMutation = { mergeChallenges: { __typename: 'ChallengePayload', clientMutationId: string | null, challenge: { __typename: 'Challenge', id: string, dotCount: number } } };

export type WorkshopAssignThemeMutationVariables = Exact<{
  input: AssignChallengeThemeInput;
}>;


export type WorkshopAssignThemeMutation = { assignChallengeTheme: { __typename: 'ChallengePayload', clientMutationId: string | null, challenge: { __typename: 'Challenge', id: string, theme: { __typename: 'Theme', id: string } | null } } };

export type WorkshopCreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type WorkshopCreateThemeMutation = { createTheme: { __typename: 'ThemePayload', clientMutationId: string | null, theme: { __typename: 'Theme', id: string, title: string } } };

export type WorkshopRenameThemeMutationVariables = Exact<{
  input: RenameThemeInput;
}>;


export type WorkshopRenameThemeMutation = { renameTheme: { __typename: 'ThemePayload', clientMutationId: string | null, theme: { __typename: 'Theme', id: string, title: string } } };

export type WorkshopDeleteThemeMutationVariables = Exact<{
  input: DeleteThemeInput;
}>;


export type WorkshopDeleteThemeMutation = { deleteTheme: { __typename: 'DeleteThemePayload', clientMutationId: string | null, deletedThemeId: string } };

export type WorkshopCreateIdeaMutationVariables = Exact<{
  input: CreateIdeaInput;
}>;


export type WorkshopCreateIdeaMutation = { createIdea: { __typename: 'IdeaPayload', clientMutationId: string | null, idea: { __typename: 'Idea', id: string, text: string } } };

export type WorkshopOpenRoundMutationVariables = Exact<{
  input: OpenVotingRoundInput;
}>;


export type WorkshopOpenRoundMutation = { openVotingRound: { __typename: 'VotingRoundPayload', clientMutationId: string | null, round: { __typename: 'VotingRound', id: string, status: RoundStatus } } };

export type WorkshopCloseRoundMutationVariables = Exact<{
  input: CloseVotingRoundInput;
}>;


export type WorkshopCloseRoundMutation = { closeVotingRound: { __typename: 'VotingRoundPayload', clientMutationId: string | null, round: { __typename: 'VotingRound', id: string, status: RoundStatus } } };

export type WorkshopCastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type WorkshopCastVoteMutation = { castVote: { __typename: 'VotePayload', clientMutationId: string | null, vote: { __typename: 'Vote', id: string, dots: number } } };

export type WorkshopPaperVotesMutationVariables = Exact<{
  input: RecordPaperVotesInput;
}>;


export type WorkshopPaperVotesMutation = { recordPaperVotes: { __typename: 'VotePayload', clientMutationId: string | null, vote: { __typename: 'Vote', id: string, dots: number } } };

export type WorkshopCreateStrategyMutationVariables = Exact<{
  input: CreateStrategyInput;
}>;


export type WorkshopCreateStrategyMutation = { createStrategy: { __typename: 'StrategyPayload', clientMutationId: string | null, strategy: { __typename: 'Strategy', id: string, title: string } } };

export type WorkshopAddActionMutationVariables = Exact<{
  input: AddStrategyActionInput;
}>;


export type WorkshopAddActionMutation = { addStrategyAction: { __typename: 'StrategyActionPayload', clientMutationId: string | null, action: { __typename: 'StrategyAction', id: string } } };

export type WorkshopSubmitStrategyMutationVariables = Exact<{
  input: SubmitStrategyInput;
}>;


export type WorkshopSubmitStrategyMutation = { submitStrategy: { __typename: 'StrategyPayload', clientMutationId: string | null, strategy: { __typename: 'Strategy', id: string, status: StrategyStatus, submittedAt: string | null } } };

export type WorkshopSubmitSessionStrategiesMutationVariables = Exact<{
  input: SubmitSessionStrategiesInput;
}>;


export type WorkshopSubmitSessionStrategiesMutation = { submitSessionStrategies: { __typename: 'SubmitSessionStrategiesPayload', clientMutationId: string | null, strategies: Array<{ __typename: 'Strategy', id: string, status: StrategyStatus, submittedAt: string | null }> } };

export type AgendaEditor_SessionFragment = { __typename: 'Session', id: string, status: SessionStatus, durationMinutes: number, agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number, kind: PhaseKind, title: string, durationMinutes: number, questionnaireWave: QuestionnaireWave | null }>, currentPhase: { __typename: 'AgendaPhase', id: string } | null } & { ' $fragmentName'?: 'AgendaEditor_SessionFragment' };

export type WorkshopSetAgendaMutationVariables = Exact<{
  input: SetSessionAgendaInput;
}>;


export type WorkshopSetAgendaMutation = { setSessionAgenda: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number, kind: PhaseKind, title: string, durationMinutes: number, questionnaireWave: QuestionnaireWave | null }> } } };

export type WorkshopNewSessionProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopNewSessionProjectQuery = { project: { __typename: 'Project', id: string, title: string } };

export type WorkshopCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type WorkshopCreateSessionMutation = { createSession: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, title: string } } };

export type WorkshopExportParticipantQueryVariables = Exact<{
  participantId: string | number;
}>;


export type WorkshopExportParticipantQuery = { exportParticipantData: unknown };

export type WorkshopEraseParticipantMutationVariables = Exact<{
  input: EraseParticipantDataInput;
}>;


export type WorkshopEraseParticipantMutation = { eraseParticipantData: { __typename: 'EraseParticipantDataPayload', clientMutationId: string | null, participant: { __typename: 'Participant', id: string, pseudonym: string, background: Background, languages: Array<string>, erasedAt: string | null, consents: Array<{ __typename: 'Consent', id: string, purpose: ConsentPurpose, method: ConsentMethod, withdrawnAt: string | null }> } } };

export type ParticipantRow_ParticipantFragment = { __typename: 'Participant', id: string, pseudonym: string, background: Background, languages: Array<string>, erasedAt: string | null, consents: Array<{ __typename: 'Consent', id: string, purpose: ConsentPurpose, method: ConsentMethod, withdrawnAt: string | null }> } & { ' $fragmentName'?: 'ParticipantRow_ParticipantFragment' };

export type WorkshopPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopPlanQuery = { session: (
    { __typename: 'Session', id: string, title: string, status: SessionStatus, startsAt: string, durationMinutes: number, location: string, languages: Array<string>, capacity: number, project: { __typename: 'Project', id: string, title: string, participants: { __typename: 'ParticipantConnection', totalCount: number, edges: Array<{ __typename: 'ParticipantEdge', node: (
            { __typename: 'Participant', id: string }
            & { ' $fragmentRefs'?: { 'ParticipantRow_ParticipantFragment': ParticipantRow_ParticipantFragment } }
          ) }> } }, attendance: { __typename: 'AttendanceConnection', edges: Array<{ __typename: 'AttendanceEdge', node: { __typename: 'Attendance', id: string, participant: { __typename: 'Participant', id: string } } }> } }
    & { ' $fragmentRefs'?: { 'AgendaEditor_SessionFragment': AgendaEditor_SessionFragment } }
  ) };

export type WorkshopUpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type WorkshopUpdateSessionMutation = { updateSession: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, title: string, startsAt: string, durationMinutes: number, location: string, languages: Array<string>, capacity: number } } };

export type WorkshopSignInSheetQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopSignInSheetQuery = { session: { __typename: 'Session', id: string, title: string, startsAt: string, durationMinutes: number, location: string, joinCode: string | null, project: { __typename: 'Project', id: string, title: string, participants: { __typename: 'ParticipantConnection', edges: Array<{ __typename: 'ParticipantEdge', node: { __typename: 'Participant', id: string, pseudonym: string, personalCode: string | null } }> } } } };

export type WorkshopProjectorQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopProjectorQuery = { session: { __typename: 'Session', id: string, title: string, status: SessionStatus, joinCode: string | null, agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number, kind: PhaseKind, title: string, durationMinutes: number }>, currentPhase: { __typename: 'AgendaPhase', id: string } | null, themes: Array<{ __typename: 'Theme', id: string, title: string, position: number }>, challenges: { __typename: 'ChallengeConnection', edges: Array<{ __typename: 'ChallengeEdge', node: { __typename: 'Challenge', id: string, text: string, language: string, status: ContributionStatus, dotCount: number, theme: { __typename: 'Theme', id: string } | null, ideas: { __typename: 'IdeaConnection', edges: Array<{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: string, text: string, language: string, status: ContributionStatus, dotCount: number } }> } } }> }, openVotingRound: { __typename: 'VotingRound', id: string, title: string, target: VoteTarget, dotsPerParticipant: number, dotsByBackground: { __typename: 'RoundDotsByGroup', total: number, withoutGroup: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> } } | null, votingRounds: Array<{ __typename: 'VotingRound', id: string, title: string, status: RoundStatus, dotsByBackground: { __typename: 'RoundDotsByGroup', total: number, withoutGroup: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> } }>, strategies: Array<{ __typename: 'Strategy', id: string, title: string, actions: Array<{ __typename: 'StrategyAction', id: string, what: string, who: string, due: string }> }> } };

export type BoardPanel_SessionFragment = { __typename: 'Session', id: string, languages: Array<string>, themes: Array<{ __typename: 'Theme', id: string, title: string, position: number }>, challenges: { __typename: 'ChallengeConnection', edges: Array<{ __typename: 'ChallengeEdge', node: { __typename: 'Challenge', id: string, text: string, language: string, status: ContributionStatus, dotCount: number, theme: { __typename: 'Theme', id: string } | null, author: { __typename: 'Participant', id: string, pseudonym: string } | null, ideas: { __typename: 'IdeaConnection', edges: Array<{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: string, text: string, language: string, status: ContributionStatus, dotCount: number, author: { __typename: 'Participant', id: string, pseudonym: string } | null } }> } } }> } } & { ' $fragmentName'?: 'BoardPanel_SessionFragment' };

export type CheckInPanel_SessionFragment = { __typename: 'Session', id: string, status: SessionStatus, capacity: number, languages: Array<string>, project: { __typename: 'Project', id: string, participants: { __typename: 'ParticipantConnection', edges: Array<{ __typename: 'ParticipantEdge', node: { __typename: 'Participant', id: string, pseudonym: string, personalCode: string | null } }> } }, attendance: { __typename: 'AttendanceConnection', edges: Array<{ __typename: 'AttendanceEdge', node: { __typename: 'Attendance', id: string, participant: { __typename: 'Participant', id: string, pseudonym: string } } }> } } & { ' $fragmentName'?: 'CheckInPanel_SessionFragment' };

export type PhasePanel_SessionFragment = { __typename: 'Session', id: string, status: SessionStatus, agenda: Array<{ __typename: 'AgendaPhase', id: string, position: number, kind: PhaseKind, title: string, durationMinutes: number }>, currentPhase: { __typename: 'AgendaPhase', id: string } | null } & { ' $fragmentName'?: 'PhasePanel_SessionFragment' };

export type WorkshopRunQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopRunQuery = { session: (
    { __typename: 'Session', id: string, title: string, status: SessionStatus, joinCode: string | null, agenda: Array<{ __typename: 'AgendaPhase', id: string, kind: PhaseKind, questionnaireWave: QuestionnaireWave | null }>, currentPhase: { __typename: 'AgendaPhase', id: string } | null, project: { __typename: 'Project', id: string, title: string, participants: { __typename: 'ParticipantConnection', edges: Array<{ __typename: 'ParticipantEdge', node: { __typename: 'Participant', id: string, pseudonym: string } }> } }, attendance: { __typename: 'AttendanceConnection', edges: Array<{ __typename: 'AttendanceEdge', node: { __typename: 'Attendance', id: string, participant: { __typename: 'Participant', id: string, pseudonym: string } } }> } }
    & { ' $fragmentRefs'?: { 'PhasePanel_SessionFragment': PhasePanel_SessionFragment;'CheckInPanel_SessionFragment': CheckInPanel_SessionFragment;'BoardPanel_SessionFragment': BoardPanel_SessionFragment;'VotingPanel_SessionFragment': VotingPanel_SessionFragment;'StrategyPanel_SessionFragment': StrategyPanel_SessionFragment;'ResponseCounts_SessionFragment': ResponseCounts_SessionFragment } }
  ) };

export type StrategyPanel_SessionFragment = { __typename: 'Session', id: string, strategies: Array<{ __typename: 'Strategy', id: string, title: string, description: string, status: StrategyStatus, ideas: Array<{ __typename: 'Idea', id: string, text: string }>, actions: Array<{ __typename: 'StrategyAction', id: string, position: number, what: string, who: string, due: string, resources: string }> }> } & { ' $fragmentName'?: 'StrategyPanel_SessionFragment' };

export type VotingPanel_SessionFragment = { __typename: 'Session', id: string, votingRounds: Array<{ __typename: 'VotingRound', id: string, title: string, target: VoteTarget, status: RoundStatus, dotsPerParticipant: number, dotsByBackground: { __typename: 'RoundDotsByGroup', total: number, withoutGroup: number, byBackground: Array<{ __typename: 'ReportGroupFigure', background: Background, count: number | null, suppressed: boolean, hiddenBecause: SuppressionReason | null }> }, votes: { __typename: 'VoteConnection', edges: Array<{ __typename: 'VoteEdge', node: { __typename: 'Vote', id: string, dots: number, source: VoteSource, participant: { __typename: 'Participant', id: string } | null, challenge: { __typename: 'Challenge', id: string } | null, idea: { __typename: 'Idea', id: string } | null } }> } }> } & { ' $fragmentName'?: 'VotingPanel_SessionFragment' };

export type WorkshopChangeStatusNowMutationVariables = Exact<{
  input: ChangeSessionStatusInput;
}>;


export type WorkshopChangeStatusNowMutation = { changeSessionStatus: { __typename: 'SessionPayload', clientMutationId: string | null, session: { __typename: 'Session', id: string, status: SessionStatus, joinCode: string | null, currentPhase: { __typename: 'AgendaPhase', id: string } | null } } };

export type StrategyCard_StrategyFragment = { __typename: 'Strategy', id: string, title: string, description: string, status: StrategyStatus, actions: Array<{ __typename: 'StrategyAction', id: string, position: number, what: string, who: string, due: string, resources: string }>, response: (
    { __typename: 'MunicipalityResponse', id: string }
    & { ' $fragmentRefs'?: { 'ResponseNote_ResponseFragment': ResponseNote_ResponseFragment } }
  ) | null } & { ' $fragmentName'?: 'StrategyCard_StrategyFragment' };

export type StrategyList_SessionFragment = { __typename: 'Session', strategies: Array<(
    { __typename: 'Strategy', id: string }
    & { ' $fragmentRefs'?: { 'StrategyCard_StrategyFragment': StrategyCard_StrategyFragment } }
  )> } & { ' $fragmentName'?: 'StrategyList_SessionFragment' };

export type ThemeHeading_ThemeFragment = { __typename: 'Theme', id: string, title: string, dotCount: number, challenges: Array<{ __typename: 'Challenge', id: string }> } & { ' $fragmentName'?: 'ThemeHeading_ThemeFragment' };

export type VotingRoundList_SessionFragment = { __typename: 'Session', votingRounds: Array<{ __typename: 'VotingRound', id: string, title: string, target: VoteTarget, dotsPerParticipant: number, status: RoundStatus }> } & { ' $fragmentName'?: 'VotingRoundList_SessionFragment' };

export const AccountCard_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountCard_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AccountCard_AccountFragment, unknown>;
export const ThemeHeading_ThemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeHeading_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]} as unknown as DocumentNode<ThemeHeading_ThemeFragment, unknown>;
export const IdeaList_ChallengeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaList_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdeaList_ChallengeFragment, unknown>;
export const ChallengeCard_ChallengeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaList_challenge"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaList_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChallengeCard_ChallengeFragment, unknown>;
export const ChallengeBoard_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeBoard_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeHeading_theme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard_challenge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaList_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeHeading_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaList_challenge"}}]}}]} as unknown as DocumentNode<ChallengeBoard_SessionFragment, unknown>;
export const OrganisationRow_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]} as unknown as DocumentNode<OrganisationRow_OrganisationFragment, unknown>;
export const BoardChallenge_ChallengeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardChallenge_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardChallenge_ChallengeFragment, unknown>;
export const ParticipantBoard_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantBoard_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardChallenge_challenge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardChallenge_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantBoard_SessionFragment, unknown>;
export const PhaseBanner_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseBanner_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PhaseBanner_SessionFragment, unknown>;
export const GrantSplit_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantSplit_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantEuros"}},{"kind":"Field","name":{"kind":"Name","value":"euFundEuros"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCofinancingEuros"}}]}}]} as unknown as DocumentNode<GrantSplit_ProjectFragment, unknown>;
export const PartnerList_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerList_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerList_ProjectFragment, unknown>;
export const ProjectCard_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"grantEuros"}},{"kind":"Field","name":{"kind":"Name","value":"euFundEuros"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCofinancingEuros"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectCard_ProjectFragment, unknown>;
export const QuestionnaireItemRow_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireItemRow_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireItemRow_ItemFragment, unknown>;
export const QuestionnaireSteps_QuestionnaireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireSteps_questionnaire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireSteps_QuestionnaireFragment, unknown>;
export const ResponseCounts_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCounts_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]} as unknown as DocumentNode<ResponseCounts_SessionFragment, unknown>;
export const ResponseNote_ResponseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<ResponseNote_ResponseFragment, unknown>;
export const StrategyReview_StrategyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyReview_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<StrategyReview_StrategyFragment, unknown>;
export const AgendaList_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgendaList_SessionFragment, unknown>;
export const SessionFacts_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFacts_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<SessionFacts_SessionFragment, unknown>;
export const SessionListItem_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionListItem_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<SessionListItem_SessionFragment, unknown>;
export const AgendaEditor_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaEditor_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireWave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgendaEditor_SessionFragment, unknown>;
export const ParticipantRow_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<ParticipantRow_ParticipantFragment, unknown>;
export const BoardPanel_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeHidden"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardPanel_SessionFragment, unknown>;
export const CheckInPanel_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckInPanel_SessionFragment, unknown>;
export const PhasePanel_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhasePanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PhasePanel_SessionFragment, unknown>;
export const StrategyPanel_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]}}]}}]} as unknown as DocumentNode<StrategyPanel_SessionFragment, unknown>;
export const VotingPanel_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotingPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"dotsByBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutGroup"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dots"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VotingPanel_SessionFragment, unknown>;
export const StrategyCard_StrategyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyCard_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<StrategyCard_StrategyFragment, unknown>;
export const StrategyList_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyCard_strategy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyCard_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}}]} as unknown as DocumentNode<StrategyList_SessionFragment, unknown>;
export const VotingRoundList_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotingRoundList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VotingRoundList_SessionFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountCard_account"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountCard_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const AccountsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountCard_account"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountCard_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AccountsPageQuery, AccountsPageQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InvitationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<InvitationPageQuery, InvitationPageQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InvitePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitePageQuery, InvitePageQueryVariables>;
export const CreateInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"participantPseudonym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditLogPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPeopleQuery, AuditLogPeopleQueryVariables>;
export const AuditLogCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<AuditLogCsvQuery, AuditLogCsvQueryVariables>;
export const FunderReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunderReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funderReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"partlyAdopted"}},{"kind":"Field","name":{"kind":"Name","value":"underStudy"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FunderReportPageQuery, FunderReportPageQueryVariables>;
export const IndicatorsOverviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorsOverviewPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"partlyAdopted"}},{"kind":"Field","name":{"kind":"Name","value":"underStudy"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsOverviewPageQuery, IndicatorsOverviewPageQueryVariables>;
export const ProjectIndicatorsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectIndicatorsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsSince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kendallTau"}},{"kind":"Field","name":{"kind":"Name","value":"comparedItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankThirdCountryNationals"}},{"kind":"Field","name":{"kind":"Name","value":"rankHostCommunity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"partlyAdopted"}},{"kind":"Field","name":{"kind":"Name","value":"underStudy"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"notAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectIndicatorsPageQuery, ProjectIndicatorsPageQueryVariables>;
export const ResearchExportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearchExportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"blankedAgeBands"}},{"kind":"Field","name":{"kind":"Name","value":"blankedBackgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"jsonPath"}},{"kind":"Field","name":{"kind":"Name","value":"codebookPath"}},{"kind":"Field","name":{"kind":"Name","value":"readmePath"}}]}}]}}]} as unknown as DocumentNode<ResearchExportSummaryQuery, ResearchExportSummaryQueryVariables>;
export const JoinPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}}]}}]} as unknown as DocumentNode<JoinPreviewQuery, JoinPreviewQueryVariables>;
export const JoinSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"returning"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JoinSessionMutation, JoinSessionMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow_organisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const OrganisationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow_organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]} as unknown as DocumentNode<OrganisationsPageQuery, OrganisationsPageQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const ParticipantMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantMyDataQuery, ParticipantMyDataQueryVariables>;
export const ParticipantMyDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantMyDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportParticipantData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeQuestionnaireAnswers"},"value":{"kind":"BooleanValue","value":true}}]}]}}]} as unknown as DocumentNode<ParticipantMyDataExportQuery, ParticipantMyDataExportQueryVariables>;
export const ParticipantViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantViewerQuery, ParticipantViewerQueryVariables>;
export const ParticipantSetResearchConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParticipantSetResearchConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetResearchConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResearchConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantSetResearchConsentMutation, ParticipantSetResearchConsentMutationVariables>;
export const ParticipantSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireWave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openVotingRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"dotsUsedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}]}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseBanner_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantBoard_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardChallenge_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseBanner_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantBoard_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardChallenge_challenge"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantSessionQuery, ParticipantSessionQueryVariables>;
export const ParticipantSessionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ParticipantSessionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<ParticipantSessionEventsSubscription, ParticipantSessionEventsSubscriptionVariables>;
export const ParticipantCreateChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParticipantCreateChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChallengeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantCreateChallengeMutation, ParticipantCreateChallengeMutationVariables>;
export const ParticipantCreateIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParticipantCreateIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantCreateIdeaMutation, ParticipantCreateIdeaMutationVariables>;
export const ParticipantCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParticipantCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dots"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dotsUsedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantCastVoteMutation, ParticipantCastVoteMutationVariables>;
export const ParticipantAnswerQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParticipantAnswerQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantAnswerQuestionnaireMutation, ParticipantAnswerQuestionnaireMutationVariables>;
export const NewProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewProjectPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewProjectPageQuery, NewProjectPageQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectAdminPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectAdminPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectAdminPanelQuery, ProjectAdminPanelQueryVariables>;
export const AddProjectPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddProjectPartnerMutation, AddProjectPartnerMutationVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantSplit_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerList_project"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionListItem_session"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantSplit_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantEuros"}},{"kind":"Field","name":{"kind":"Name","value":"euFundEuros"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCofinancingEuros"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerList_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionListItem_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const ProjectsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectCard_project"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"grantEuros"}},{"kind":"Field","name":{"kind":"Name","value":"euFundEuros"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCofinancingEuros"}},{"kind":"Field","name":{"kind":"Name","value":"promoter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectsPageQuery, ProjectsPageQueryVariables>;
export const PaperAnswersFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaperAnswersForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireWave"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"wave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}}]}}]}}]} as unknown as DocumentNode<PaperAnswersFormQuery, PaperAnswersFormQueryVariables>;
export const PhoneQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wave"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireWave"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"wave"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wave"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireSteps_questionnaire"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireSteps_questionnaire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dontKnow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PhoneQuestionnaireQuery, PhoneQuestionnaireQueryVariables>;
export const ProjectQuestionnaireItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectQuestionnaireItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"competence"},"name":{"kind":"Name","value":"questionnaireItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionnaire"},"value":{"kind":"EnumValue","value":"COMPETENCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireItemRow_item"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evaluation"},"name":{"kind":"Name","value":"questionnaireItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questionnaire"},"value":{"kind":"EnumValue","value":"SESSION_EVALUATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireItemRow_item"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireItemRow_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<ProjectQuestionnaireItemsQuery, ProjectQuestionnaireItemsQueryVariables>;
export const ProjectAddQuestionnaireItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProjectAddQuestionnaireItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddQuestionnaireItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addQuestionnaireItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectAddQuestionnaireItemMutation, ProjectAddQuestionnaireItemMutationVariables>;
export const ProjectRetireQuestionnaireItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProjectRetireQuestionnaireItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireQuestionnaireItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireQuestionnaireItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectRetireQuestionnaireItemMutation, ProjectRetireQuestionnaireItemMutationVariables>;
export const WorkshopReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"returning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotsGiven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"merged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"digitalDots"}},{"kind":"Field","name":{"kind":"Name","value":"paperDots"}},{"kind":"Field","name":{"kind":"Name","value":"totalDots"}},{"kind":"Field","name":{"kind":"Name","value":"dotsByBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopReportQuery, WorkshopReportQueryVariables>;
export const RespondToStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<RespondToStrategyMutation, RespondToStrategyMutationVariables>;
export const UpdateStrategyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStrategyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStrategyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStrategyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<UpdateStrategyResponseMutation, UpdateStrategyResponseMutationVariables>;
export const StrategiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategiesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"awaiting"},"name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyReview_strategy"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answered"},"name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ANSWERED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyReview_strategy"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyReview_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}}]} as unknown as DocumentNode<StrategiesPageQuery, StrategiesPageQueryVariables>;
export const SessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFacts_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaList_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeBoard_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotingRoundList_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyList_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeHeading_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaList_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeCard_challenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Challenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaList_challenge"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseNote_response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyCard_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseNote_response"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFacts_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChallengeBoard_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeHeading_theme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChallengeCard_challenge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotingRoundList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyList_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyCard_strategy"}}]}}]}}]} as unknown as DocumentNode<SessionPageQuery, SessionPageQueryVariables>;
export const WorkshopListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopListQuery, WorkshopListQueryVariables>;
export const WorkshopRecordPaperAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopRecordPaperAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaperAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"answeredItems"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}}]}}]} as unknown as DocumentNode<WorkshopRecordPaperAnswersMutation, WorkshopRecordPaperAnswersMutationVariables>;
export const WorkshopRegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopRegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopRegisterParticipantMutation, WorkshopRegisterParticipantMutationVariables>;
export const WorkshopCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCheckInMutation, WorkshopCheckInMutationVariables>;
export const WorkshopUndoCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopUndoCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"removedAttendanceId"}}]}}]}}]} as unknown as DocumentNode<WorkshopUndoCheckInMutation, WorkshopUndoCheckInMutationVariables>;
export const WorkshopChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSessionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSessionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopChangeStatusMutation, WorkshopChangeStatusMutationVariables>;
export const WorkshopSetCurrentPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopSetCurrentPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCurrentPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCurrentPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSetCurrentPhaseMutation, WorkshopSetCurrentPhaseMutationVariables>;
export const WorkshopCreateChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCreateChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChallengeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCreateChallengeMutation, WorkshopCreateChallengeMutationVariables>;
export const WorkshopSetChallengeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopSetChallengeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChallengeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChallengeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSetChallengeStatusMutation, WorkshopSetChallengeStatusMutationVariables>;
export const WorkshopMergeChallengesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopMergeChallenges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeChallengesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeChallenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopMergeChallengesMutation, WorkshopMergeChallengesMutationVariables>;
export const WorkshopAssignThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopAssignTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignChallengeThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignChallengeTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopAssignThemeMutation, WorkshopAssignThemeMutationVariables>;
export const WorkshopCreateThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCreateTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCreateThemeMutation, WorkshopCreateThemeMutationVariables>;
export const WorkshopRenameThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopRenameTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopRenameThemeMutation, WorkshopRenameThemeMutationVariables>;
export const WorkshopDeleteThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopDeleteTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedThemeId"}}]}}]}}]} as unknown as DocumentNode<WorkshopDeleteThemeMutation, WorkshopDeleteThemeMutationVariables>;
export const WorkshopCreateIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCreateIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCreateIdeaMutation, WorkshopCreateIdeaMutationVariables>;
export const WorkshopOpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopOpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenVotingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVotingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopOpenRoundMutation, WorkshopOpenRoundMutationVariables>;
export const WorkshopCloseRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCloseRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseVotingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVotingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCloseRoundMutation, WorkshopCloseRoundMutationVariables>;
export const WorkshopCastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dots"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCastVoteMutation, WorkshopCastVoteMutationVariables>;
export const WorkshopPaperVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopPaperVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaperVotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dots"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopPaperVotesMutation, WorkshopPaperVotesMutationVariables>;
export const WorkshopCreateStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCreateStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCreateStrategyMutation, WorkshopCreateStrategyMutationVariables>;
export const WorkshopAddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopAddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStrategyActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStrategyAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopAddActionMutation, WorkshopAddActionMutationVariables>;
export const WorkshopSubmitStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopSubmitStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSubmitStrategyMutation, WorkshopSubmitStrategyMutationVariables>;
export const WorkshopSubmitSessionStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopSubmitSessionStrategies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSessionStrategiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSessionStrategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSubmitSessionStrategiesMutation, WorkshopSubmitSessionStrategiesMutationVariables>;
export const WorkshopSetAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopSetAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSessionAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSessionAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireWave"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSetAgendaMutation, WorkshopSetAgendaMutationVariables>;
export const WorkshopNewSessionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopNewSessionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkshopNewSessionProjectQuery, WorkshopNewSessionProjectQueryVariables>;
export const WorkshopCreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopCreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopCreateSessionMutation, WorkshopCreateSessionMutationVariables>;
export const WorkshopExportParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopExportParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportParticipantData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}]}]}}]} as unknown as DocumentNode<WorkshopExportParticipantQuery, WorkshopExportParticipantQueryVariables>;
export const WorkshopEraseParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopEraseParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseParticipantDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseParticipantData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopEraseParticipantMutation, WorkshopEraseParticipantMutationVariables>;
export const WorkshopPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow_participant"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaEditor_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaEditor_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireWave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkshopPlanQuery, WorkshopPlanQueryVariables>;
export const WorkshopUpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopUpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopUpdateSessionMutation, WorkshopUpdateSessionMutationVariables>;
export const WorkshopSignInSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSignInSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSignInSheetQuery, WorkshopSignInSheetQueryVariables>;
export const WorkshopProjectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopProjector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeHidden"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openVotingRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"dotsByBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutGroup"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotsByBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutGroup"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopProjectorQuery, WorkshopProjectorQueryVariables>;
export const WorkshopRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireWave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhasePanel_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInPanel_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPanel_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VotingPanel_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyPanel_session"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseCounts_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhasePanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeHidden"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VotingPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dotsPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"dotsByBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutGroup"}},{"kind":"Field","name":{"kind":"Name","value":"byBackground"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dots"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyPanel_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseCounts_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]} as unknown as DocumentNode<WorkshopRunQuery, WorkshopRunQueryVariables>;
export const WorkshopChangeStatusNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkshopChangeStatusNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSessionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSessionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinCode"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopChangeStatusNowMutation, WorkshopChangeStatusNowMutationVariables>;