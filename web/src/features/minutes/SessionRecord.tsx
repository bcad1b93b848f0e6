import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { hasRole, useViewer } from '../../app/viewer';
import { MinutesEditor } from './MinutesEditor';
import { PhotoGallery } from './PhotoGallery';
import { PhotoUpload } from './PhotoUpload';
// The workshop screens' toolbar, notices and quiet buttons, also on the session page.
import '../session/shared/workshop.css';
import './SessionRecord.css';

export const sessionRecordQuery = graphql(`
  query SessionRecord($id: ID!) {
    session(id: $id) {
      id
      status
      minutes {
        id
        html
        writtenAt
      }
      photos {
        id
        ...PhotoGallery_photo
      }
    }
  }
`);

const RECORDABLE = new Set(['LIVE', 'CLOSED', 'REVIEWED']);

// The session as it happened, recorded by hand: the minutes and the photos of flipcharts and paper sheets. On the
// cockpit while the workshop runs and on the session page afterwards; those who run workshops write, others read.
// Its own chunk (the editor is big), loaded where it is shown.
export default function SessionRecord({ sessionId, headingLevel = 2 }: { sessionId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('minutes');
  const { account } = useViewer();
  const { data, error, refetch } = useQuery(sessionRecordQuery, { variables: { id: sessionId } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const session = data.session;
  const editable = hasRole(account, 'FACILITATOR', 'ADMINISTRATOR') && RECORDABLE.has(session.status);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="session-record">
      <section className="session-record__part" aria-labelledby={`minutes-${session.id}`}>
        <Heading id={`minutes-${session.id}`}>{t('title')}</Heading>
        {editable ? (
          <MinutesEditor
            sessionId={session.id}
            savedHtml={session.minutes?.html ?? ''}
            writtenAt={session.minutes?.writtenAt ?? null}
          />
        ) : session.minutes ? (
          // Cleaned on the server (minutes.sanitise.ts): only paragraphs, headings, lists, emphasis, quotes and links.
          <div className="minutes__text" dir="auto" dangerouslySetInnerHTML={{ __html: session.minutes.html }} />
        ) : (
          <p className="minutes__empty">{t('none')}</p>
        )}
      </section>
      <section className="session-record__part" aria-labelledby={`photos-${session.id}`}>
        <Heading id={`photos-${session.id}`}>{t('photos')}</Heading>
        {editable && <PhotoUpload sessionId={session.id} onAdded={() => void refetch()} />}
        <PhotoGallery sessionId={session.id} photos={session.photos} editable={editable} />
      </section>
    </div>
  );
}
