import { useTranslation } from 'react-i18next';
import { Badge } from '../../app/ui/Badge';

export interface Origin {
  sessionId?: string | null;
  sessionTitle?: string | null;
  betweenSessions: boolean;
}

// Where an item was made, when it is not the session whose board shows it: `null` for the board's own items.
export function carriedFrom(origin: Origin | null | undefined, sessionId: string): Origin | null {
  if (!origin) return null;
  return origin.betweenSessions || (origin.sessionId && origin.sessionId !== sessionId) ? origin : null;
}

// The mark of a theme or challenge carried onto a staff board from an earlier session (or from between sessions).
export function CarriedBadge({ origin }: { origin: Origin | null }) {
  const { t } = useTranslation('carry');
  if (!origin) return null;
  return (
    <Badge tone="info" wraps>
      {origin.betweenSessions ? t('badgeBetween') : t('badge', { title: origin.sessionTitle ?? '' })}
    </Badge>
  );
}
