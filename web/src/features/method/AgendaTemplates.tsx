import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql } from '../../gql';
import { Badge } from '../../app/ui/Badge';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { hasRole, useViewer } from '../../app/viewer';
import { newId } from '../session/offline/useWorkshopQueue';
import { MutationError } from '../session/shared/MutationError';
import '../../app/ui/Dialog.css';

export const agendaTemplatesQuery = graphql(`
  query MethodAgendaTemplates($language: String) {
    agendaTemplates(language: $language) {
      id
      name
      description
      language
      starter
      durationMinutes
      phases {
        title
        kind
        durationMinutes
      }
    }
  }
`);

export const deleteAgendaTemplateMutation = graphql(`
  mutation MethodDeleteAgendaTemplate($input: DeleteAgendaTemplateInput!) {
    deleteAgendaTemplate(input: $input) {
      clientMutationId
      deletedTemplateId
    }
  }
`);

// The agendas new sessions start from, in one language (the library's language filter, else the reader's): the starter
// ones and the organisation's own (saved from a session's plan), which its planners may remove.
export function AgendaTemplates({ language }: { language: string }) {
  const { t } = useTranslation(['method', 'session']);
  const format = useFormat();
  const { account } = useViewer();
  const { data, error, refetch } = useQuery(agendaTemplatesQuery, { variables: { language } });
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const canRemove = hasRole(account, 'FACILITATOR', 'ADMINISTRATOR');
  const templates = data?.agendaTemplates;

  return (
    <section className="methods-page__templates" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templates.title')}</h2>
      <p className="section-lead">{t('templates.lead', { language: format.languageName(language) })}</p>
      {error && !templates ? (
        <ErrorState error={error} onRetry={() => void refetch()} level={2} />
      ) : !templates ? (
        <LoadingState />
      ) : templates.length === 0 ? (
        <p className="empty-state">{t('templates.none', { language: format.languageName(language) })}</p>
      ) : (
        <ul className="template-list">
          {templates.map((template) => (
            <li key={template.id} className="template-list__item panel" lang={template.language}>
              <div className="template-list__head">
                <h3 className="template-list__name">
                  <bdi>{template.name}</bdi>
                </h3>
                <span className="template-list__meta">
                  <Badge tone={template.starter ? 'info' : 'neutral'}>
                    {template.starter ? t('badge.starter') : t('templates.own')}
                  </Badge>
                  <span lang={format.language}>
                    {t('templates.facts', {
                      minutes: format.number(template.durationMinutes),
                      count: template.phases.length,
                    })}
                  </span>
                </span>
              </div>
              {template.description && <p dir="auto">{template.description}</p>}
              <details className="template-list__phases">
                <summary lang={format.language}>{t('templates.showPhases')}</summary>
                <ol>
                  {template.phases.map((phase, index) => (
                    <li key={index}>
                      <bdi>{phase.title}</bdi>{' '}
                      <span className="template-list__phase-minutes" lang={format.language}>
                        {t('minutes', {
                          count: phase.durationMinutes,
                          formatted: format.number(phase.durationMinutes),
                        })}
                      </span>
                    </li>
                  ))}
                </ol>
              </details>
              {canRemove && !template.starter && (
                <Button
                  className="button button--secondary button--small template-list__remove"
                  onPress={() => setRemoving({ id: template.id, name: template.name })}
                  aria-label={t('templates.removeNamed', { name: template.name })}
                >
                  <span lang={format.language}>{t('templates.remove')}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <RemoveTemplateDialog template={removing} onClose={() => setRemoving(null)} />
    </section>
  );
}

function RemoveTemplateDialog({
  template,
  onClose,
}: {
  template: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['method', 'session']);
  const [remove, { loading, error, reset }] = useMutation(deleteAgendaTemplateMutation, {
    refetchQueries: [agendaTemplatesQuery],
    awaitRefetchQueries: true,
  });
  const close = () => {
    reset();
    onClose();
  };
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={template !== null}
      onOpenChange={(open) => !open && close()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          {template && (
            <>
              <Heading slot="title">{t('templates.removeTitle', { name: template.name })}</Heading>
              <p>{t('templates.removeBody')}</p>
              {error && <MutationError error={error} />}
              <div className="ws-form__actions">
                <Button
                  className="button button--danger"
                  isPending={loading}
                  onPress={() =>
                    void remove({
                      variables: { input: { clientMutationId: newId(), templateId: template.id } },
                    })
                      .then(close)
                      .catch(() => null)
                  }
                >
                  {t('templates.removeConfirm')}
                </Button>
                <Button className="button button--secondary" onPress={close}>
                  {t('session:form.cancel')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
