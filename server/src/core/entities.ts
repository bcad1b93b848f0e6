import { Account, Invitation } from '../modules/account/account.entity.js';
import { LoginSession } from '../modules/account/login-session.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { RateLimitCounter } from './auth/rate-limit.entity.js';
import { ProjectCall } from '../modules/call/project-call.entity.js';
import { Challenge } from '../modules/challenge/challenge.entity.js';
import { DisclosureRelease, DisclosureReleaseMember } from '../modules/disclosure/disclosure.entity.js';
import { IndicatorStep } from '../modules/indicator/indicator.entity.js';
import { ResearchId } from '../modules/research/research.entity.js';
import { Idea } from '../modules/idea/idea.entity.js';
import { SessionEventCounter, SessionEventRecord } from '../modules/live/live.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { AgendaTemplate, Method, MethodText, MethodValidation } from '../modules/method/method.entity.js';
import { SessionMinutes, SessionPhoto } from '../modules/minutes/minutes.entity.js';
import { Attendance, Consent, Participant, Registration } from '../modules/participant/participant.entity.js';
import { Project, ProjectPartner } from '../modules/project/project.entity.js';
import { ProjectQuestionnaireItem, QuestionnaireAnswer } from '../modules/questionnaire/questionnaire.entity.js';
import { MunicipalityResponse } from '../modules/review/municipality-response.entity.js';
import { StrategyUpdate } from '../modules/review/strategy-update.entity.js';
import { AgendaPhase, Session } from '../modules/session/session.entity.js';
import { Strategy, StrategyAction } from '../modules/strategy/strategy.entity.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { CarriedItem } from '../modules/trajectory/carried-item.entity.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { Vote, VotingRound } from '../modules/vote/vote.entity.js';
import { BaseEntity } from './base.entity.js';
import { AppliedMutation } from './idempotency.entity.js';

export const entities = [
  BaseEntity,
  AppliedMutation,
  Organisation,
  Project,
  ProjectPartner,
  Session,
  AgendaPhase,
  Participant,
  Consent,
  Attendance,
  Theme,
  Challenge,
  Idea,
  VotingRound,
  Vote,
  Strategy,
  StrategyAction,
  MunicipalityResponse,
  StrategyUpdate,
  Account,
  Invitation,
  LoginSession,
  AuditEntry,
  RateLimitCounter,
  SessionEventRecord,
  SessionEventCounter,
  TextTranslation,
  DisclosureRelease,
  DisclosureReleaseMember,
  Registration,
  ProjectCall,
  CarriedItem,
  SessionMinutes,
  SessionPhoto,
  Method,
  MethodText,
  MethodValidation,
  AgendaTemplate,
  IndicatorStep,
  ResearchId,
  ProjectQuestionnaireItem,
  QuestionnaireAnswer,
];
