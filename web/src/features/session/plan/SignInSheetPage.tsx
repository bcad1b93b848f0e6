import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Button } from 'react-aria-components';
import { useParams } from '../../../app/router';
import { graphql } from '../../../gql';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { isNotFound } from '../../../app/ui/errors';
import { useFormat } from '../../../app/useFormat';
import { OutcomeQr } from '../../outcome/OutcomeQr';
import { QrCode } from '../shared/QrCode';
import { joinLink } from '../shared/joinLink';
import '../shared/workshop.css';
import './SignInSheetPage.css';

export const signInSheetQuery = graphql(`
  query WorkshopSignInSheet($id: ID!) {
    session(id: $id) {
      id
      title
      startsAt
      durationMinutes
      location
      joinCode
      project {
        id
        title
      }
      registrations(first: 200) {
        edges {
          node {
            id
            participant {
              id
              pseudonym
              personalCode
            }
          }
        }
      }
    }
  }
`);

// The paper at the door: everyone on the session's list with a QR code of their own join link, a box to
// tick on arrival and room for a signature. The link carries the participant's personal code, so the
// join page recognises them without typing.
export function SignInSheetPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['session', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(signInSheetQuery, { variables: { id: sessionId } });

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;

  const session = data.session;
  const participants = session.registrations.edges
    .map((edge) => edge.node.participant)
    .toSorted((a, b) => a.pseudonym.localeCompare(b.pseudonym, format.language));

  return (
    <article className="ws-page sign-in-sheet" aria-labelledby="sheet-title">
      <title>{`${t('sheet.title')} · ${session.title} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${session.project.id}`, label: session.project.title },
          { href: `/workshops/${session.id}/plan`, label: session.title },
          { label: t('sheet.title') },
        ]}
      />
      <header className="sign-in-sheet__header">
        <h1 id="sheet-title">
          {t('sheet.title')}: <bdi>{session.title}</bdi>
        </h1>
        <p>
          {format.weekdayDate(session.startsAt)}, {format.timeRange(session.startsAt, session.durationMinutes)} ·{' '}
          <bdi>{session.location}</bdi>
        </p>
        <p className="sign-in-sheet__hint">{t('sheet.hint')}</p>
        <Button className="button ws-no-print" onPress={() => window.print()}>
          {t('sheet.print')}
        </Button>
      </header>
      {participants.length === 0 ? (
        <p className="empty-state">{t('registration.sheetNone')}</p>
      ) : (
        <table className="ws-table sign-in-sheet__table">
          <caption className="visually-hidden">{t('sheet.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sheet.present')}</th>
              <th scope="col">{t('participant.pseudonym')}</th>
              <th scope="col">{t('sheet.qr')}</th>
              <th scope="col">{t('sheet.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.id}>
                <td>
                  <span className="sign-in-sheet__box" aria-hidden="true" />
                  <span className="visually-hidden">{t('sheet.present')}</span>
                </td>
                <th scope="row">
                  <bdi>{participant.pseudonym}</bdi>
                  {participant.personalCode && (
                    <span className="sign-in-sheet__code" translate="no">
                      {participant.personalCode}
                    </span>
                  )}
                </th>
                <td>
                  <QrCode
                    className="sign-in-sheet__qr"
                    value={joinLink(window.location.origin, {
                      joinCode: session.joinCode,
                      personalCode: participant.personalCode,
                    })}
                    label={t('sheet.qrLabel', { pseudonym: participant.pseudonym })}
                  />
                </td>
                <td className="sign-in-sheet__signature">
                  <span className="visually-hidden">{t('sheet.signature')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OutcomeQr projectId={session.project.id} sessionId={session.id} />
    </article>
  );
}
