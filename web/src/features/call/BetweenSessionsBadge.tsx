import { useTranslation } from 'react-i18next';
import { Badge } from '../../app/ui/Badge';

// Marks a challenge or an idea that came in through a call between sessions, wherever the project board shows it.
export function BetweenSessionsBadge() {
  const { t } = useTranslation('call');
  return <Badge tone="accent">{t('badge')}</Badge>;
}
