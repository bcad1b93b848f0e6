import type { StaffRole } from '../../gql/graphql';

// From the most common to the most powerful.
export const staffRoles: StaffRole[] = ['FACILITATOR', 'REVIEWER', 'EVALUATOR', 'ADMINISTRATOR'];
