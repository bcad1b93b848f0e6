import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useParams } from '../../../app/router';
import { graphql } from '../../../gql';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { isNotFound } from '../../../app/ui/errors';
import { useDraft } from '../offline/useDraft';
import { newId } from '../offline/useWorkshopQueue';
import { MutationError } from '../shared/MutationError';
import { SessionDetailsFields, startsAtOf, type SessionDetails } from './SessionDetailsFields';
import { TemplateChoice } from './TemplateChoice';
import '../shared/workshop.css';

export const newSessionProjectQuery = graphql(`
  query WorkshopNewSessionProject($id: ID!) {
    project(id: $id) {
      id
      title
    }
  }
`);

export const createSessionMutation = graphql(`
  mutation WorkshopCreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      clientMutationId
      session {
        id
        title
      }
    }
  }
`);

const tomorrow = () => {
  const day = new Date(Date.now() + 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

// Plan a new workshop of a project: it starts as a draft, with the agenda of a template in its first language.
export function NewSessionPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['session', 'app']);
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(newSessionProjectQuery, { variables: { id: projectId } });
  const [details, setDetails, clearDetails] = useDraft<SessionDetails>(`new-session.${projectId}`, {
    title: '',
    date: tomorrow(),
    time: '18:30',
    location: '',
    languages: ['nl'],
    capacity: 25,
    durationMinutes: 120,
  });
  // The ids stay the same when the person presses again after a network error: the server makes one session.
  const [ids] = useState(() => ({ id: newId(), clientMutationId: newId() }));
  const [createSession, { loading, error: createError }] = useMutation(createSessionMutation);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const chooseTemplate = useCallback((id: string | null) => setTemplateId(id), []);
  const language = details.languages[0] ?? 'nl';

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const project = data.project;

  const submit = async () => {
    const result = await createSession({
      variables: {
        input: {
          ...ids,
          projectId,
          title: details.title.trim(),
          startsAt: startsAtOf(details),
          location: details.location.trim(),
          languages: details.languages,
          capacity: details.capacity,
          durationMinutes: details.durationMinutes,
          templateId,
        },
      },
    }).catch(() => null);
    const session = result?.data?.createSession.session;
    if (!session) return;
    clearDetails();
    navigate(`/workshops/${session.id}/plan`);
  };

  return (
    <article className="ws-page" aria-labelledby="new-session-title">
      <title>{`${t('newSession.title')} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${project.id}`, label: project.title },
          { label: t('newSession.title') },
        ]}
      />
      <header className="page-header">
        <h1 id="new-session-title">{t('newSession.title')}</h1>
        <p className="page-header__lead">{t('newSession.lead')}</p>
      </header>
      <Form
        className="ws-form panel"
        aria-labelledby="new-session-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SessionDetailsFields value={details} onChange={setDetails} />
        <TemplateChoice language={language} value={templateId} onChange={chooseTemplate} />
        {createError && <MutationError error={createError} />}
        <div className="ws-form__actions">
          <Button type="submit" className="button" isPending={loading}>
            {t('newSession.submit')}
          </Button>
        </div>
      </Form>
    </article>
  );
}
