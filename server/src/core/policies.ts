import { combinePolicies } from './auth/rules.js';
import { accountPolicy } from '../modules/account/account.policy.js';
import { auditPolicy } from '../modules/audit/audit.policy.js';
import { callPolicy } from '../modules/call/call.policy.js';
import { challengePolicy } from '../modules/challenge/challenge.policy.js';
import { funderPolicy } from '../modules/funder/funder.policy.js';
import { ideaPolicy } from '../modules/idea/idea.policy.js';
import { indicatorPolicy } from '../modules/indicator/indicator.policy.js';
import { joinPolicy } from '../modules/join/join.policy.js';
import { livePolicy } from '../modules/live/live.policy.js';
import { methodPolicy } from '../modules/method/method.policy.js';
import { minutesPolicy } from '../modules/minutes/minutes.policy.js';
import { organisationPolicy } from '../modules/organisation/organisation.policy.js';
import { outcomePolicy } from '../modules/outcome/outcome.policy.js';
import { participantPolicy } from '../modules/participant/participant.policy.js';
import { projectPolicy } from '../modules/project/project.policy.js';
import { questionnairePolicy } from '../modules/questionnaire/questionnaire.policy.js';
import { reportPolicy } from '../modules/report/report.policy.js';
import { researchPolicy } from '../modules/research/research.policy.js';
import { reviewPolicy } from '../modules/review/review.policy.js';
import { sessionPolicy } from '../modules/session/session.policy.js';
import { strategyPolicy } from '../modules/strategy/strategy.policy.js';
import { themePolicy } from '../modules/theme/theme.policy.js';
import { trajectoryPolicy } from '../modules/trajectory/trajectory.policy.js';
import { translationPolicy } from '../modules/translation/translation.policy.js';
import { votePolicy } from '../modules/vote/vote.policy.js';

// Every feature's access rules (its `<feature>.policy.ts`), as the guard applies them (core/auth/guard.ts).
export const appPolicy = combinePolicies([
  accountPolicy,
  auditPolicy,
  organisationPolicy,
  projectPolicy,
  sessionPolicy,
  participantPolicy,
  joinPolicy,
  themePolicy,
  challengePolicy,
  ideaPolicy,
  votePolicy,
  strategyPolicy,
  reviewPolicy,
  reportPolicy,
  outcomePolicy,
  livePolicy,
  trajectoryPolicy,
  methodPolicy,
  callPolicy,
  minutesPolicy,
  indicatorPolicy,
  researchPolicy,
  funderPolicy,
  questionnairePolicy,
  translationPolicy,
]);
