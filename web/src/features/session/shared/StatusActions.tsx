import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useNavigate } from '../../../app/router';
import { graphql } from '../../../gql';
import type { SessionStatus } from '../../../gql/graphql';
import { newId } from '../offline/useWorkshopQueue';
import { MutationError } from './MutationError';
import '../../../app/ui/Dialog.css';

export const changeStatusMutation = graphql(`
  mutation WorkshopChangeStatusNow($input: ChangeSessionStatusInput!) {
    changeSessionStatus(input: $input) {
      clientMutationId
      session {
        id
        status
        joinCode
        currentPhase {
          id
        }
      }
    }
  }
`);

// Moving a session along its life: schedule it, take it back to draft, go live. Going live needs the
// server (it makes the join code), so it is not queued; closing is, in the cockpit.
export function StatusActions({ sessionId, status }: { sessionId: string; status: SessionStatus }) {
  const { t } = useTranslation('session');
  const navigate = useNavigate();
  const [change, { loading, error }] = useMutation(changeStatusMutation);
  const [pending, setPending] = useState<SessionStatus | null>(null);

  const go = async (to: SessionStatus) => {
    setPending(to);
    const result = await change({ variables: { input: { clientMutationId: newId(), sessionId, status: to } } }).catch(
      () => null,
    );
    setPending(null);
    if (result?.data && to === 'LIVE') navigate(`/workshops/${sessionId}/run`);
  };

  return (
    <div className="ws-toolbar">
      {status === 'DRAFT' && (
        <Button className="button" onPress={() => void go('SCHEDULED')} isPending={loading && pending === 'SCHEDULED'}>
          {t('statusAction.schedule')}
        </Button>
      )}
      {status === 'SCHEDULED' && (
        <>
          <Button
            className="button button--secondary"
            onPress={() => void go('DRAFT')}
            isPending={loading && pending === 'DRAFT'}
          >
            {t('statusAction.backToDraft')}
          </Button>
          <DialogTrigger>
            <Button className="button">{t('statusAction.goLive')}</Button>
            <ModalOverlay className="modal-overlay" isDismissable>
              <Modal className="modal">
                <Dialog className="dialog">
                  {({ close }) => (
                    <>
                      <Heading slot="title">{t('statusAction.goLiveTitle')}</Heading>
                      <p>{t('statusAction.goLiveBody')}</p>
                      <div className="ws-form__actions">
                        <Button
                          className="button"
                          isPending={loading}
                          onPress={() => {
                            close();
                            void go('LIVE');
                          }}
                        >
                          {t('statusAction.goLiveConfirm')}
                        </Button>
                        <Button className="button button--secondary" onPress={close}>
                          {t('form.cancel')}
                        </Button>
                      </div>
                    </>
                  )}
                </Dialog>
              </Modal>
            </ModalOverlay>
          </DialogTrigger>
        </>
      )}
      {error && <MutationError error={error} />}
    </div>
  );
}
