import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Link } from 'react-aria-components';
import { graphql } from '../../gql';
import { newClientId } from '../../app/offline/clientId';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { formText } from '../../app/ui/formData';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { hasRole, useViewer } from '../../app/viewer';
import { betweenSessionsQuery, callPath } from './callQueries';
import './ProjectCallPanel.css';

export const openProjectCallMutation = graphql(`
  mutation OpenProjectCall($input: OpenProjectCallInput!) {
    openProjectCall(input: $input) {
      call {
        id
        prompt
        code
        open
        openedAt
        closedAt
      }
    }
  }
`);

export const closeProjectCallMutation = graphql(`
  mutation CloseProjectCall($input: CloseProjectCallInput!) {
    closeProjectCall(input: $input) {
      call {
        id
        code
        open
        closedAt
      }
    }
  }
`);

const PROMPT_MAX = 1000;

// On the project page, for those who plan its workshops: open a call so that participants add challenges and ideas
// from their phone between sessions, see its code and link while it is open, how much waits for moderation, and
// close it.
export function ProjectCallPanel({ projectId }: { projectId: string }) {
  const { account } = useViewer();
  const allowed = hasRole(account, 'FACILITATOR', 'ADMINISTRATOR');
  const { t } = useTranslation(['call', 'form']);
  const format = useFormat();
  const { data } = useQuery(betweenSessionsQuery, {
    variables: { projectId },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const refetch = {
    refetchQueries: [{ query: betweenSessionsQuery, variables: { projectId } }],
    awaitRefetchQueries: true,
  };
  const [openCall, opening] = useMutation(openProjectCallMutation, refetch);
  const [closeCall, closing] = useMutation(closeProjectCallMutation, refetch);
  const [attempt, setAttempt] = useState(newClientId);
  if (!allowed || !data) return null;

  const queue = data.betweenSessions;
  const open = queue.calls.find((call) => call.open);
  const last = queue.calls[0];
  const waiting = queue.waitingChallenges.length + queue.waitingIdeas.length;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (opening.loading) return;
    const prompt = formText(new FormData(event.currentTarget), 'prompt').trim();
    try {
      await openCall({ variables: { input: { clientMutationId: attempt, projectId, prompt } } });
      setAttempt(newClientId());
    } catch {
      return;
    }
  };

  return (
    <section className="panel call-panel" aria-labelledby="project-call-title">
      <h2 id="project-call-title">{t('panel.title')}</h2>
      {open?.code ? (
        <div className="call-panel__state">
          <p>{t('panel.openSince', { date: format.dateTime(open.openedAt) })}</p>
          <p className="call-panel__prompt" dir="auto">
            {open.prompt}
          </p>
          <dl className="call-panel__facts">
            <div>
              <dt>{t('panel.code')}</dt>
              <dd className="call-panel__code" dir="ltr">
                {open.code}
              </dd>
            </div>
            <div>
              <dt>{t('panel.link')}</dt>
              <dd dir="ltr">{`${window.location.origin}${callPath(open.code)}`}</dd>
            </div>
          </dl>
          <FormAlert error={closing.error} />
          <div className="call-panel__actions">
            <SubmitButton
              type="button"
              className="button button--secondary"
              pending={closing.loading}
              onPress={() => void closeCall({ variables: { input: { callId: open.id } } }).catch(() => undefined)}
            >
              {t('panel.close')}
            </SubmitButton>
          </div>
        </div>
      ) : (
        <>
          <p className="section-lead">
            {last?.closedAt ? t('panel.lastClosed', { date: format.dateTime(last.closedAt) }) : t('panel.lead')}
          </p>
          <Form
            className="form"
            onSubmit={(event) => void submit(event)}
            validationErrors={fieldProblems(opening.error)}
          >
            <FormAlert error={opening.error} />
            <TextInput
              name="prompt"
              label={t('panel.prompt')}
              description={t('panel.promptHelp')}
              multiline
              isRequired
              maxLength={PROMPT_MAX}
              validate={(value) => (value.trim().length >= 3 ? null : t('panel.promptShort'))}
            />
            <div className="form__actions">
              <SubmitButton pending={opening.loading}>{t('panel.open')}</SubmitButton>
            </div>
          </Form>
        </>
      )}
      {queue.calls.length > 0 && (
        <p className="call-panel__actions">
          <span>{t('panel.waiting', { formatted: format.number(waiting) })}</span>
          <Link className="button button--secondary" href={`/projects/${projectId}/between-sessions`}>
            {t('panel.moderate')}
          </Link>
        </p>
      )}
    </section>
  );
}
