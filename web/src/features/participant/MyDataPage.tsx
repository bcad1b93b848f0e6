import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useParams } from '../../app/router';
import { graphql } from '../../gql';
import { downloadJson, fileNameOf } from '../../app/download';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { graphQLMessages } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { CONSENT_TEXT_VERSION } from '../join/joinCode';
import { newClientId } from '../../app/offline/clientId';
import { LanguageSwitch } from './LanguageSwitch';
import { setResearchConsentMutation } from './researchConsent';
import { ParticipantLayout } from './ParticipantLayout';
import './MyDataPage.css';
import '../../app/ui/Dialog.css';

export const myDataQuery = graphql(`
  query ParticipantMyData {
    myParticipation {
      participant {
        id
        pseudonym
        personalCode
        consents {
          id
          purpose
          textVersion
          method
          givenAt
          withdrawnAt
        }
      }
      session {
        id
        title
      }
    }
  }
`);

export const myDataExportQuery = graphql(`
  query ParticipantMyDataExport($participantId: ID!) {
    exportParticipantData(participantId: $participantId, includeQuestionnaireAnswers: true)
  }
`);

// A participant's own data, on their phone (/s/:sessionId/my-data): what they agreed to and when, saying no to
// research after all (their questionnaire answers are then deleted) or yes again, and a copy of everything stored
// about them, answers included.
export function MyDataPage() {
  return (
    <ParticipantLayout tool={<LanguageSwitch />}>
      <MyData />
    </ParticipantLayout>
  );
}

function MyData() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['participant', 'app']);
  const format = useFormat();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(myDataQuery, { fetchPolicy: 'network-only' });
  const [setConsent, consent] = useMutation(setResearchConsentMutation);
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const { participant } = data.myParticipation;
  const research = participant.consents.filter((c) => c.purpose === 'RESEARCH');
  const researchStands = research.some((c) => !c.withdrawnAt);

  const answer = (agree: boolean) =>
    setConsent({
      variables: {
        input: {
          clientMutationId: newClientId(),
          participantId: participant.id,
          agree,
          ...(agree ? { textVersion: CONSENT_TEXT_VERSION } : {}),
        },
      },
    }).catch(() => null);

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      const result = await client.query({
        query: myDataExportQuery,
        variables: { participantId: participant.id },
        fetchPolicy: 'network-only',
      });
      if (result.data)
        downloadJson(`samenspraak-${fileNameOf(participant.pseudonym)}.json`, result.data.exportParticipantData);
    } catch (caught) {
      setDownloadError(caught);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <article className="my-data" aria-labelledby="my-data-title">
      <title>{`${t('myData.title')} · ${t('app:appName')}`}</title>
      <Link className="my-data__back" to={`/s/${sessionId}`}>
        <span aria-hidden="true" className="my-data__arrow">
          ←
        </span>{' '}
        {t('myData.back')}
      </Link>
      <h1 id="my-data-title">{t('myData.title')}</h1>
      <p>{t('myData.you', { pseudonym: participant.pseudonym })}</p>
      {participant.personalCode && (
        <p className="my-data__code">
          {t('myData.code')} <strong className="my-data__code-value">{participant.personalCode}</strong>
        </p>
      )}

      <section className="my-data__section" aria-labelledby="my-consents">
        <h2 id="my-consents">{t('myData.consents')}</h2>
        <ul className="my-data__consents">
          {participant.consents.map((c) => (
            <li key={c.id} className="my-data__consent">
              <strong>{t(`myData.purpose.${c.purpose}`)}</strong>
              <span>
                {t('myData.given', {
                  date: format.dayOf(c.givenAt),
                  how: t(`myData.method.${c.method}`),
                  version: c.textVersion,
                })}
              </span>
              {c.withdrawnAt && <span>{t('myData.withdrawn', { date: format.dayOf(c.withdrawnAt) })}</span>}
            </li>
          ))}
        </ul>
        {researchStands ? (
          <Button className="button button--secondary" onPress={() => setConfirming(true)}>
            {t('myData.withdrawResearch')}
          </Button>
        ) : (
          <div className="my-data__research">
            <p>{t('myData.researchNo')}</p>
            <Button className="button button--secondary" isPending={consent.loading} onPress={() => void answer(true)}>
              {t('myData.agreeResearch')}
            </Button>
          </div>
        )}
        {consent.error && <Problem error={consent.error} />}
      </section>

      <section className="my-data__section" aria-labelledby="my-download">
        <h2 id="my-download">{t('myData.copy')}</h2>
        <p>{t('myData.copyWhat')}</p>
        <Button className="button" isPending={downloading} onPress={() => void download()}>
          {t('myData.download')}
        </Button>
        {downloadError !== null && <Problem error={downloadError} />}
      </section>

      <section className="my-data__section" aria-labelledby="my-erase">
        <h2 id="my-erase">{t('myData.eraseTitle')}</h2>
        <p>{t('myData.erase')}</p>
      </section>

      <ModalOverlay className="modal-overlay" isOpen={confirming} onOpenChange={setConfirming} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('myData.withdrawTitle')}
                </Heading>
                <p>{t('myData.withdrawGoes')}</p>
                <p>{t('myData.withdrawStays')}</p>
                <div className="my-data__actions">
                  <Button
                    className="button button--danger"
                    isPending={consent.loading}
                    onPress={() =>
                      void answer(false).then((result) => {
                        if (result?.data) close();
                      })
                    }
                  >
                    {t('myData.withdrawConfirm')}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('myData.keep')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </article>
  );
}

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation('participant');
  const messages = graphQLMessages(error);
  return (
    <p className="my-data__problem" role="alert">
      {messages.length ? messages.join(' ') : t('myData.offline')}
    </p>
  );
}
