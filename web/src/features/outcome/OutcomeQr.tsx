import { useTranslation } from 'react-i18next';
import { QrCode } from '../session/shared/QrCode';
import './OutcomeQr.css';

// The address of a session's public outcome page, for the report and the sign-in sheet.
export const publicSessionLink = (origin: string, projectId: string, sessionId: string): string =>
  new URL(`/outcomes/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}`, origin).toString();

// A QR code to the session's public page: participants take it home, on paper, to see later what came of it.
export function OutcomeQr({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { t } = useTranslation('outcome');
  const url = publicSessionLink(window.location.origin, projectId, sessionId);
  return (
    <aside className="outcome-qr" aria-labelledby={`outcome-qr-${sessionId}`}>
      <QrCode className="outcome-qr__code" value={url} label={t('qr.label')} />
      <div className="outcome-qr__text">
        <h2 id={`outcome-qr-${sessionId}`}>{t('qr.title')}</h2>
        <p>{t('qr.body')}</p>
        <p className="outcome-qr__url">
          <a href={url}>{url}</a>
        </p>
      </div>
    </aside>
  );
}
