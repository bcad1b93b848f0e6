import type { NonEmptyArray } from 'type-graphql';
import { accountResolvers } from '../modules/account/index.js';
import { auditResolvers } from '../modules/audit/index.js';
import { callResolvers } from '../modules/call/index.js';
import { challengeResolvers } from '../modules/challenge/index.js';
import { funderResolvers } from '../modules/funder/index.js';
import { ideaResolvers } from '../modules/idea/index.js';
import { indicatorResolvers } from '../modules/indicator/index.js';
import { liveResolvers } from '../modules/live/index.js';
import { methodResolvers } from '../modules/method/index.js';
import { minutesResolvers } from '../modules/minutes/index.js';
import { joinResolvers } from '../modules/join/index.js';
import { organisationResolvers } from '../modules/organisation/index.js';
import { outcomeResolvers } from '../modules/outcome/index.js';
import { participantResolvers } from '../modules/participant/index.js';
import { projectResolvers } from '../modules/project/index.js';
import { questionnaireResolvers } from '../modules/questionnaire/index.js';
import { reportResolvers } from '../modules/report/index.js';
import { researchResolvers } from '../modules/research/index.js';
import { reviewResolvers } from '../modules/review/index.js';
import { sessionResolvers } from '../modules/session/index.js';
import { strategyResolvers } from '../modules/strategy/index.js';
import { themeResolvers } from '../modules/theme/index.js';
import { trajectoryResolvers } from '../modules/trajectory/index.js';
import { translationResolvers } from '../modules/translation/index.js';
import { voteResolvers } from '../modules/vote/index.js';

// Every resolver of the API: each feature exports its own list from its index.ts.
export const resolvers = [
  ...accountResolvers,
  ...auditResolvers,
  ...organisationResolvers,
  ...projectResolvers,
  ...sessionResolvers,
  ...participantResolvers,
  ...joinResolvers,
  ...themeResolvers,
  ...challengeResolvers,
  ...ideaResolvers,
  ...voteResolvers,
  ...strategyResolvers,
  ...reviewResolvers,
  ...reportResolvers,
  ...outcomeResolvers,
  ...liveResolvers,
  ...trajectoryResolvers,
  ...methodResolvers,
  ...callResolvers,
  ...minutesResolvers,
  ...questionnaireResolvers,
  ...indicatorResolvers,
  ...researchResolvers,
  ...funderResolvers,
  ...translationResolvers,
] as unknown as NonEmptyArray<Function>;
