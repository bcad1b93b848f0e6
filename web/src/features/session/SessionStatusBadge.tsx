import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../app/ui/Badge';
import type { SessionStatus } from '../../gql/graphql';

const tones: Record<SessionStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'info',
  LIVE: 'success',
  CLOSED: 'neutral',
  REVIEWED: 'accent',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('session');
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
