import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  Heading,
  Menu,
  MenuItem,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
} from 'react-aria-components';
import { graphql } from '../../../gql';
import { downloadJson, fileNameOf } from '../../../app/download';
import { newId } from '../offline/useWorkshopQueue';
import { MutationError } from '../shared/MutationError';
import '../../../app/ui/Dialog.css';

export const exportParticipantQuery = graphql(`
  query WorkshopExportParticipant($participantId: ID!) {
    exportParticipantData(participantId: $participantId)
  }
`);

export const eraseParticipantMutation = graphql(`
  mutation WorkshopEraseParticipant($input: EraseParticipantDataInput!) {
    eraseParticipantData(input: $input) {
      clientMutationId
      participant {
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
    }
  }
`);

// A participant's rights, exercised through the facilitator: a copy of everything stored about them (their
// questionnaire answers stay out: only they download those, on their phone), or erasure, after a confirmation
// that says what goes and what stays.
export function ParticipantDataActions({ participantId, pseudonym }: { participantId: string; pseudonym: string }) {
  const { t } = useTranslation('session');
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [erase, { loading, error }] = useMutation(eraseParticipantMutation);

  const download = async () => {
    setExportError(null);
    try {
      const { data } = await client.query({
        query: exportParticipantQuery,
        variables: { participantId },
        fetchPolicy: 'network-only',
      });
      if (data) downloadJson(`samenspraak-${fileNameOf(pseudonym)}.json`, data.exportParticipantData);
    } catch (caught) {
      setExportError(caught);
    }
  };

  return (
    <>
      <MenuTrigger>
        <Button className="button button--quiet button--small" aria-label={t('participantData.menu', { pseudonym })}>
          <span aria-hidden="true">⋯</span>
        </Button>
        <Popover className="field__popover">
          <Menu
            className="ws-menu"
            onAction={(action) => {
              if (action === 'download') void download();
              if (action === 'erase') setConfirming(true);
            }}
          >
            <MenuItem id="download" className="ws-menu__item">
              {t('participantData.download')}
            </MenuItem>
            <MenuItem id="erase" className="ws-menu__item">
              {t('participantData.erase')}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      {exportError !== null && <MutationError error={exportError} />}
      <ModalOverlay className="modal-overlay" isOpen={confirming} onOpenChange={setConfirming} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('participantData.eraseTitle', { pseudonym })}
                </Heading>
                <div className="participant-data__explain">
                  <p>{t('participantData.goes')}</p>
                  <p>{t('participantData.stays')}</p>
                  <p>
                    <strong>{t('participantData.final')}</strong>
                  </p>
                </div>
                {error && <MutationError error={error} />}
                <div className="ws-form__actions">
                  <Button
                    className="button button--danger"
                    isPending={loading}
                    onPress={() =>
                      void erase({ variables: { input: { clientMutationId: newId(), participantId } } })
                        .then((result) => {
                          if (result.data) close();
                        })
                        .catch(() => undefined)
                    }
                  >
                    {t('participantData.eraseConfirm')}
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
    </>
  );
}
