import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { newId } from '../session/offline/useWorkshopQueue';
import { CheckboxGroupField, SelectField, TextInput } from '../session/shared/Fields';
import { MutationError } from '../session/shared/MutationError';
import { VALIDATION_INDICATORS, indicatorKey } from './indicators';
import '../../app/ui/Dialog.css';

// The projects an evaluator reads; their sessions come through the project's indicators, which an evaluator may read
// (the sessions themselves hold personal data an evaluator does not see).
export const evidenceProjectsQuery = graphql(`
  query MethodEvidenceProjects {
    projects(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const evidenceSessionsQuery = graphql(`
  query MethodEvidenceSessions($projectId: ID!) {
    projectIndicators(projectId: $projectId) {
      projectId
      sessions {
        sessionId
        title
        startsAt
        status
      }
    }
  }
`);

export const validateMethodMutation = graphql(`
  mutation MethodValidate($input: ValidateMethodInput!) {
    validateMethod(input: $input) {
      clientMutationId
      validation {
        id
      }
    }
  }
`);

interface Props {
  isOpen: boolean;
  methodId: string;
  methodName: string;
  organisations: readonly { id: string; name: string }[];
  onClose: () => void;
}

// An evaluator marks a method validated: what they found, the indicators that show it, and the sessions the evidence
// comes from; the method's page then shows it beside the method.
export function ValidateMethodDialog(props: Props) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => !open && props.onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">{props.isOpen && <ValidateForm {...props} />}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function ValidateForm({ methodId, methodName, organisations, onClose }: Props) {
  const { t } = useTranslation(['method', 'session']);
  const format = useFormat();
  const projects = useQuery(evidenceProjectsQuery);
  const projectList = projects.data?.projects.edges.map(({ node }) => node) ?? [];
  const [chosenProject, setChosenProject] = useState<string | null>(null);
  const projectId = chosenProject ?? projectList[0]?.id ?? null;
  const { data, error, refetch } = useQuery(evidenceSessionsQuery, {
    variables: { projectId: projectId ?? '' },
    skip: !projectId,
  });
  const [note, setNote] = useState('');
  const [indicators, setIndicators] = useState<string[]>([]);
  const [sessionIds, setSessionIds] = useState<string[]>([]);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  // The same ids when the evaluator presses again after a network error: the server records one validation.
  const [clientMutationId] = useState(newId);
  const [validate, { loading, error: validateError }] = useMutation(validateMethodMutation, {
    refetchQueries: ['MethodPage'],
    awaitRefetchQueries: true,
  });

  // Evidence comes from sessions that have taken place, oldest first.
  const sessions =
    data?.projectIndicators.sessions
      .filter((session) => session.status === 'CLOSED' || session.status === 'REVIEWED')
      .toSorted((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((session) => ({
        id: session.sessionId,
        label: t('validate.sessionOption', { session: session.title, date: format.dayOf(session.startsAt) }),
      })) ?? [];

  return (
    <Form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        void validate({
          variables: {
            input: { clientMutationId, methodId, organisationId, note: note.trim(), indicators, sessionIds },
          },
        })
          .then((result) => result.data && onClose())
          .catch(() => null);
      }}
    >
      <Heading slot="title">{t('validate.title', { name: methodName })}</Heading>
      <p>{t('validate.lead')}</p>
      {organisations.length > 1 && (
        <SelectField
          label={t('validate.organisation')}
          value={organisationId}
          options={organisations.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
          onChange={setOrganisationId}
        />
      )}
      <TextInput
        label={t('validate.note')}
        description={t('validate.noteHint')}
        multiline
        value={note}
        onChange={setNote}
        isRequired
        minLength={2}
        maxLength={4000}
      />
      <CheckboxGroupField
        label={t('validate.indicators')}
        options={VALIDATION_INDICATORS.map((indicator) => ({ id: indicator, label: t(indicatorKey(indicator)) }))}
        value={indicators}
        onChange={setIndicators}
        isRequired
        className="method-form__choices"
      />
      {projectList.length > 1 && (
        <SelectField
          label={t('validate.project')}
          value={projectId}
          options={projectList.map((project) => ({ id: project.id, label: project.title }))}
          onChange={(id) => {
            setChosenProject(id);
            setSessionIds([]);
          }}
        />
      )}
      {projects.error && !projects.data ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : projects.data && !projectId ? (
        <p className="ws-error">{t('validate.noSessions')}</p>
      ) : !data ? (
        <LoadingState />
      ) : sessions.length === 0 ? (
        <p className="ws-error">{t('validate.noSessions')}</p>
      ) : (
        <CheckboxGroupField
          label={t('validate.sessions')}
          description={t('validate.sessionsHint')}
          options={sessions}
          value={sessionIds}
          onChange={setSessionIds}
          isRequired
          className="method-form__choices"
        />
      )}
      {validateError && <MutationError error={validateError} />}
      <div className="ws-form__actions">
        <Button type="submit" className="button" isPending={loading} isDisabled={sessions.length === 0}>
          {t('validate.submit')}
        </Button>
        <Button className="button button--secondary" onPress={onClose}>
          {t('session:form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
