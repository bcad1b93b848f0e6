import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { pendingInputs, useWorkshopQueue } from '../offline/useWorkshopQueue';
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

// The project's participants with what they declared and how they consented; those registered on
// this device but not yet on the server are listed too, marked as waiting.
export function ParticipantTable(props: {
  participants: readonly FragmentType<typeof participantRowFragment>[];
  checkedIn: ReadonlySet<string>;
  projectId: string;
}) {
  const participants = getFragmentData(participantRowFragment, props.participants);
  const { t } = useTranslation('session');
  const format = useFormat();
  const { entries } = useWorkshopQueue();
  const known = new Set(participants.map((p) => p.id));
  const pending = pendingInputs(entries, 'registerParticipant').filter(
    (input) => input.projectId === props.projectId && input.id && !known.has(input.id),
  );
  if (participants.length === 0 && pending.length === 0) {
    return <p className="empty-state">{t('participant.none')}</p>;
  }
  return (
    <div className="ws-table-wrap">
      <table className="ws-table">
        <caption className="visually-hidden">{t('participant.tableCaption')}</caption>
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
          {participants.map((participant) => {
            const consent = participant.consents.find((c) => c.purpose === 'PARTICIPATION' && !c.withdrawnAt);
            return (
              <tr key={participant.id}>
                <th scope="row">
                  <bdi>{participant.pseudonym}</bdi>
                </th>
                <td>{t(`background.${participant.background}`)}</td>
                <td>{participant.languages.map((tag) => format.languageName(tag)).join(', ')}</td>
                <td>{consent ? t(`consent.short.${consent.method}`) : t('consent.short.none')}</td>
                <td>{props.checkedIn.has(participant.id) && <Badge tone="success">{t('checkIn.present')}</Badge>}</td>
                <td>
                  {participant.erasedAt ? (
                    <Badge tone="neutral">{t('participantData.erased')}</Badge>
                  ) : (
                    <ParticipantDataActions participantId={participant.id} pseudonym={participant.pseudonym} />
                  )}
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
              {/* Not on the server yet: nothing to export or erase. */}
              <td colSpan={2}>
                <Badge tone="warning">{t('save.pendingBadge')}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
