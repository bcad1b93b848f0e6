import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import type { SessionStatus } from '../../gql/graphql';
import { hasRole, useViewer } from '../../app/viewer';
import './WorkshopLinks.css';

// Doors from the project and session pages into the workshop screens, for those who plan and run
// workshops. They wait for their strings rather than suspend the page they sit on.
function useWorkshopStrings() {
  const { account } = useViewer();
  const { t, ready } = useTranslation('session', { useSuspense: false });
  return { t, show: ready && hasRole(account, 'FACILITATOR', 'ADMINISTRATOR') };
}

export function NewSessionLink({ projectId }: { projectId: string }) {
  const { t, show } = useWorkshopStrings();
  if (!show) return null;
  return (
    <Link className="button button--secondary workshop-new-session" href={`/projects/${projectId}/sessions/new`}>
      {t('nav.newSession')}
    </Link>
  );
}

export function SessionWorkshopLinks({ sessionId, status }: { sessionId: string; status: SessionStatus }) {
  const { t, show } = useWorkshopStrings();
  if (!show) return null;
  const base = `/workshops/${sessionId}`;
  const closed = status === 'CLOSED' || status === 'REVIEWED';
  return (
    <nav aria-label={t('nav.workshop')} className="workshop-links">
      {!closed && (
        <Link className="button button--secondary" href={`${base}/plan`}>
          {t('nav.plan')}
        </Link>
      )}
      {(status === 'LIVE' || status === 'SCHEDULED') && (
        <Link className="button" href={`${base}/run`}>
          {t('nav.run')}
        </Link>
      )}
      {status === 'LIVE' && (
        <Link className="button button--secondary" href={`${base}/projector`} target="_blank">
          {t('nav.projector')}
        </Link>
      )}
      {closed && (
        <Link className="button button--secondary" href={`${base}/report`}>
          {t('nav.report')}
        </Link>
      )}
    </nav>
  );
}
