import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useFormat } from '../../../app/useFormat';
import { useWorkshopQueue } from './useWorkshopQueue';
import './SaveIndicator.css';

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

// Whether what the facilitator recorded has reached the server: "saved", "saving", or "waiting for the
// network" with how many changes this device keeps until then. Refused changes are listed to dismiss.
export function SaveIndicator() {
  const { t } = useTranslation('session');
  const format = useFormat();
  const queue = useWorkshopQueue();
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const count = queue.entries.length;
  const waiting = queue.status === 'waiting' || (!online && count > 0);
  const tone = queue.status === 'signedOut' || waiting ? 'waiting' : count > 0 ? 'saving' : 'saved';
  const message =
    queue.status === 'signedOut'
      ? t('save.signedOut', { count, formatted: format.number(count) })
      : waiting
        ? t('save.waiting', { count, formatted: format.number(count) })
        : count > 0
          ? t('save.saving', { count, formatted: format.number(count) })
          : t('save.saved');
  return (
    <div className="save-indicator">
      <output className={`save-indicator__status save-indicator__status--${tone}`}>
        <span className="save-indicator__dot" aria-hidden="true" />
        {message}
      </output>
      {(waiting || queue.status === 'signedOut') && (
        <Button className="button button--secondary button--small" onPress={queue.retryNow}>
          {t('save.retry')}
        </Button>
      )}
      {queue.refused.length > 0 && (
        <div role="alert" className="save-indicator__refused">
          <p className="save-indicator__refused-title">{t('save.refusedTitle')}</p>
          <ul>
            {queue.refused.map((refused) => (
              <li key={refused.id}>
                <span>{refused.refusal?.message}</span>
                <Button
                  className="button button--secondary button--small"
                  onPress={() => queue.dismissRefused(refused.id)}
                >
                  {t('save.dismiss')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
