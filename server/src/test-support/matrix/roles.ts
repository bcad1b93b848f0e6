import { roleCapabilities, type OperationRule } from '../../core/auth/policy.js';
import { StaffRole } from '../../core/auth/viewer.js';

// The six kinds of people the matrix plays: nobody, a participant who joined, and each staff role.
export const ROLES = ['anonymous', 'participant', 'facilitator', 'reviewer', 'evaluator', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: Partial<Record<Role, StaffRole>> = {
  facilitator: StaffRole.FACILITATOR,
  reviewer: StaffRole.REVIEWER,
  evaluator: StaffRole.EVALUATOR,
  administrator: StaffRole.ADMINISTRATOR,
};

export interface Access {
  // Whether the operation is open to this role at all (capability, participant rule, or anyone).
  allowed: boolean;
  open: boolean;
  // Argument paths the guard checks for this role: a record outside the role's reach there is refused.
  guarded: Set<string>;
}

// What policy.ts says about one operation for one role, as the guard applies it.
export function accessOf(rule: OperationRule | undefined, role: Role): Access {
  const none: Access = { allowed: false, open: false, guarded: new Set() };
  if (!rule) return none;
  if (rule.anyone) return { allowed: true, open: true, guarded: new Set() };
  if (role === 'anonymous') return none;
  if (role === 'participant') {
    if (!rule.participant) return none;
    const { targets, self } = rule.participant;
    return { allowed: true, open: false, guarded: new Set([...targets.map((t) => t.arg), ...(self ? [self] : [])]) };
  }
  const staffRole = STAFF_ROLES[role];
  if (!rule.staff || !staffRole || !rule.staff.can.some((c) => roleCapabilities[staffRole].has(c))) return none;
  return { allowed: true, open: false, guarded: new Set(rule.staff.targets.map((t) => t.arg)) };
}
