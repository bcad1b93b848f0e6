import { StaffRole } from '../../core/auth/viewer.js';

// The kinds of people the matrix plays: nobody, a participant who joined A's live session, and staff of tenant A.
// The facilitator and the evaluator are members of A's project (the facilitator works for A's partner
// organisation); the reviewer and the administrator work for A's municipality, which promotes the project; the
// partner's administrator and reviewer work for the partner organisation. The translator is a volunteer of the
// partner organisation, made a member of A's project.
export const ROLES = [
  'anonymous',
  'participant',
  'facilitator',
  'reviewer',
  'evaluator',
  'administrator',
  'partnerAdministrator',
  'partnerReviewer',
  'translator',
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: Partial<Record<Role, StaffRole>> = {
  facilitator: StaffRole.FACILITATOR,
  reviewer: StaffRole.REVIEWER,
  evaluator: StaffRole.EVALUATOR,
  administrator: StaffRole.ADMINISTRATOR,
  partnerAdministrator: StaffRole.ADMINISTRATOR,
  partnerReviewer: StaffRole.REVIEWER,
  translator: StaffRole.TRANSLATOR,
};
