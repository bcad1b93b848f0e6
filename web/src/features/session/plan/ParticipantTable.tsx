import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { pendingInputs, newId, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { MutationError } from '../shared/MutationError';
import { ParticipantDataActions } from './ParticipantDataActions';

export const participantRowFragment = graphql(`
  fragment ParticipantRow_participant on Participant {
    id
    pseudonym
    background
    languages
    erasedAt
    consents {
      id
      purpose
      method
      withdrawnAt
    }
  }
`);

// The session's list as the plan page shows it; the registration mutations answer with it.
export const sessionRegistrationsFragment = graphql(`
  fragment ParticipantTable_session on Session {
    id
    capacity
    registrationCount
    registrations(first: 200) {
      totalCount
      edges {
        node {
          id
          attendance {
            id
          }
          participant {
            id
            ...ParticipantRow_participant
          }
        }
      }
    }
  }
`);

export const cancelRegistrationMutation = graphql(`
  mutation WorkshopCancelRegistration($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      clientMutationId
      removedRegistrationId
      session {
        id
        ...ParticipantTable_session
      }
    }
  }
`);

// The people on the session's list, with what they declared and how they consented; those registered on this device
// for this session but not yet on the server are listed too, marked as waiting. Someone not checked in can be taken
// off the list while the session is open.
export function ParticipantTable(props: {
  session: FragmentType<typeof sessionRegistrationsFragment>;
  checkedIn: ReadonlySet<string>;
  canChange: boolean;
}) {
  const session = getFragmentData(sessionRegistrationsFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  const { entries } = useWorkshopQueue();
  const [cancel, { error }] = useMutation(cancelRegistrationMutation);
  const [announcement, setAnnouncement] = useState('');
  const registrations = session.registrations.edges.map(({ node }) => ({
    ...node,
    participant: getFragmentData(participantRowFragment, node.participant),
  }));
  const known = new Set(registrations.map((r) => r.participant.id));
  const pending = pendingInputs(entries, 'registerParticipant').filter(
    (input) => input.sessionId === session.id && input.id && !known.has(input.id),
  );
  if (registrations.length === 0 && pending.length === 0) {
    return <p className="empty-state">{t('registration.none')}</p>;
  }
  return (
    <>
      <div className="ws-table-wrap">
        <table className="ws-table">
          <caption className="visually-hidden">{t('registration.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participant.pseudonym')}</th>
              <th scope="col">{t('participant.background')}</th>
              <th scope="col">{t('participant.languages')}</th>
              <th scope="col">{t('participant.consent')}</th>
              <th scope="col">{t('participant.attendance')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('participantData.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {registrations.map(({ id, participant, attendance }) => {
              const consent = participant.consents.find((c) => c.purpose === 'PARTICIPATION' && !c.withdrawnAt);
              const present = !!attendance || props.checkedIn.has(participant.id);
              return (
                <tr key={id}>
                  <th scope="row">
                    <bdi>{participant.pseudonym}</bdi>
                  </th>
                  <td>{t(`background.${participant.background}`)}</td>
                  <td>{participant.languages.map((tag) => format.languageName(tag)).join(', ')}</td>
                  <td>{consent ? t(`consent.short.${consent.method}`) : t('consent.short.none')}</td>
                  <td>{present && <Badge tone="success">{t('checkIn.present')}</Badge>}</td>
                  <td>
                    <div className="ws-toolbar">
                      {participant.erasedAt ? (
                        <Badge tone="neutral">{t('participantData.erased')}</Badge>
                      ) : (
                        <ParticipantDataActions participantId={participant.id} pseudonym={participant.pseudonym} />
                      )}
                      {props.canChange && !present && (
                        <Button
                          className="button button--quiet button--small"
                          aria-label={t('registration.removeLabel', { pseudonym: participant.pseudonym })}
                          onPress={() => {
                            void cancel({ variables: { input: { clientMutationId: newId(), registrationId: id } } })
                              .then(() =>
                                setAnnouncement(t('registration.removed', { pseudonym: participant.pseudonym })),
                              )
                              .catch(() => undefined);
                          }}
                        >
                          {t('registration.remove')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
            {pending.map((input) => (
              <tr key={input.clientMutationId}>
                <th scope="row">
                  <bdi>{input.pseudonym}</bdi>
                </th>
                <td>{t(`background.${input.background ?? 'PREFERS_NOT_TO_SAY'}`)}</td>
                <td>
                  {[input.languages]
                    .flat()
                    .map((tag) => format.languageName(tag))
                    .join(', ')}
                </td>
                <td>{t(`consent.short.${input.participationConsent.method}`)}</td>
                {/* Not on the server yet: nothing to export, erase or take off. */}
                <td colSpan={2}>
                  <Badge tone="warning">{t('save.pendingBadge')}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <MutationError error={error} />}
      <output className="visually-hidden">{announcement}</output>
    </>
  );
}
