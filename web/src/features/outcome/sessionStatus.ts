import type { BadgeTone } from '../../app/ui/Badge';
import type { SessionStatus } from '../../gql/graphql';

// What a session's status means to the public: only what it produced after closing is shown.
export const publicSessionTones: Record<SessionStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'info',
  LIVE: 'accent',
  CLOSED: 'neutral',
  REVIEWED: 'success',
};

export const isFinished = (status: SessionStatus): boolean => status === 'CLOSED' || status === 'REVIEWED';
