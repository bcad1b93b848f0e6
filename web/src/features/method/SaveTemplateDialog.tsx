import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { useViewer } from '../../app/viewer';
import { newId } from '../session/offline/useWorkshopQueue';
import { SelectField, TextInput } from '../session/shared/Fields';
import { MutationError } from '../session/shared/MutationError';
import '../../app/ui/Dialog.css';

export const saveAgendaTemplateMutation = graphql(`
  mutation MethodSaveAgendaTemplate($input: SaveAgendaTemplateInput!) {
    saveAgendaTemplate(input: $input) {
      clientMutationId
      template {
        id
        name
        language
      }
    }
  }
`);

interface Props {
  isOpen: boolean;
  sessionId: string;
  languages: readonly string[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

// Save a session's (saved) agenda as a template of the organisation, in the language its titles are written in.
export function SaveTemplateDialog(props: Props) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => !open && props.onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">{props.isOpen && <SaveTemplateForm {...props} />}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function SaveTemplateForm({ sessionId, languages, onClose, onSaved }: Props) {
  const { t } = useTranslation(['method', 'session']);
  const format = useFormat();
  const { account } = useViewer();
  const organisations = account?.organisations ?? [];
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState(languages[0] ?? 'en');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  // The same ids when the person presses again after a network error: the server makes one template.
  const [ids] = useState(() => ({ id: newId(), clientMutationId: newId() }));
  const [save, { loading, error }] = useMutation(saveAgendaTemplateMutation, {
    refetchQueries: ['MethodAgendaTemplates', 'SessionNewTemplates'],
  });
  return (
    <Form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save({
          variables: {
            input: {
              ...ids,
              sessionId,
              organisationId,
              name: name.trim(),
              description: description.trim(),
              language,
            },
          },
        })
          .then((result) => {
            const template = result.data?.saveAgendaTemplate.template;
            if (template) onSaved(template.name);
          })
          .catch(() => null);
      }}
    >
      <Heading slot="title">{t('agenda.saveTemplateTitle')}</Heading>
      <p>{t('agenda.saveTemplateLead')}</p>
      {organisations.length > 1 && (
        <SelectField
          label={t('agenda.templateOrganisation')}
          value={organisationId}
          options={organisations.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
          onChange={setOrganisationId}
        />
      )}
      <TextInput
        label={t('agenda.templateName')}
        value={name}
        onChange={setName}
        isRequired
        minLength={2}
        maxLength={200}
      />
      <TextInput label={t('agenda.templateDescription')} multiline value={description} onChange={setDescription} />
      {languages.length > 1 && (
        <SelectField
          label={t('agenda.templateLanguage')}
          value={language}
          options={languages.map((tag) => ({ id: tag, label: format.languageName(tag) }))}
          onChange={setLanguage}
        />
      )}
      {error && <MutationError error={error} />}
      <div className="ws-form__actions">
        <Button type="submit" className="button" isPending={loading}>
          {t('agenda.templateSave')}
        </Button>
        <Button className="button button--secondary" onPress={onClose}>
          {t('session:form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
