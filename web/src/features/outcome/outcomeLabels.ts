import type { BadgeTone } from '../../app/ui/Badge';
import type { ProgressStatus, ResponseDecision } from '../../gql/graphql';

export const decisionTones: Record<ResponseDecision, BadgeTone> = {
  ADOPTED: 'success',
  PARTLY_ADOPTED: 'info',
  UNDER_STUDY: 'warning',
  DECLINED: 'danger',
};

export const progressTones: Record<ProgressStatus, BadgeTone> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  DROPPED: 'danger',
};
