import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../../app/ui/Badge';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';
import '../../app/ui/Dialog.css';

export const organisationRowFragment = graphql(`
  fragment OrganisationRow_organisation on Organisation {
    id
    name
    kind
    locality
  }
`);

export const updateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        ...OrganisationRow_organisation
      }
    }
  }
`);

function RenameForm({
  organisation,
  close,
}: {
  organisation: { id: string; name: string; locality: string | null };
  close: () => void;
}) {
  const { t } = useTranslation(['organisation', 'form', 'app']);
  const [update, { loading, error }] = useMutation(updateOrganisationMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    try {
      await update({
        variables: {
          input: {
            organisationId: organisation.id,
            name: formText(form, 'name').trim(),
            locality: formText(form, 'locality').trim() || null,
          },
        },
      });
    } catch {
      return;
    }
    close();
  };
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(error)}>
      <FormAlert error={error} />
      <TextInput
        name="name"
        label={t('organisations.name')}
        defaultValue={organisation.name}
        isRequired
        validate={(value) => (value.trim() ? null : t('form:required'))}
      />
      <TextInput
        name="locality"
        label={t('organisations.locality')}
        description={t('organisations.localityDescription')}
        defaultValue={organisation.locality ?? ''}
      />
      <div className="form__actions">
        <SubmitButton pending={loading}>{t('organisations.save')}</SubmitButton>
        <Button className="button button--secondary" onPress={close}>
          {t('form:cancel')}
        </Button>
      </div>
    </Form>
  );
}

// One organisation in the administrator's list, with a dialog to correct its name and place.
export function OrganisationRow(props: { organisation: FragmentType<typeof organisationRowFragment> }) {
  const organisation = getFragmentData(organisationRowFragment, props.organisation);
  const { t } = useTranslation(['organisation', 'form', 'app']);
  const [open, setOpen] = useState(false);
  return (
    <article className="admin-card" aria-labelledby={`organisation-${organisation.id}`}>
      <div className="admin-card__main">
        <h3 id={`organisation-${organisation.id}`} className="admin-card__title">
          <bdi>{organisation.name}</bdi>
        </h3>
        <p className="admin-card__meta">
          <Badge
            tone={
              organisation.kind === 'MUNICIPALITY' || organisation.kind === 'INTERMUNICIPAL_PARTNERSHIP'
                ? 'info'
                : 'neutral'
            }
          >
            {t(`kind.${organisation.kind}.label`)}
          </Badge>
          {organisation.locality && <bdi>{organisation.locality}</bdi>}
        </p>
      </div>
      <DialogTrigger isOpen={open} onOpenChange={setOpen}>
        <Button
          className="button button--secondary admin-card__action"
          aria-label={t('organisations.renameLabel', { name: organisation.name })}
        >
          {t('organisations.rename')}
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog">
              <header className="dialog__header">
                <Heading slot="title" className="dialog__title">
                  {t('organisations.renameTitle')}
                </Heading>
                <p className="dialog__subtitle">
                  <bdi>{organisation.name}</bdi>
                </p>
              </header>
              <RenameForm organisation={organisation} close={() => setOpen(false)} />
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </article>
  );
}
