import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Link } from 'react-aria-components';
import { useParams } from '../../../app/router';
import { graphql } from '../../../gql';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { isNotFound } from '../../../app/ui/errors';
import { useLiveSession } from '../../../app/live/useLiveSession';
import { useFormat } from '../../../app/useFormat';
import { SessionStatusBadge } from '../SessionStatusBadge';
import { SaveIndicator } from '../offline/SaveIndicator';
import { newId } from '../offline/useWorkshopQueue';
import { MutationError } from '../shared/MutationError';
import { StatusActions } from '../shared/StatusActions';
import { CarryPanel } from '../../carry/CarryPanel';
import { AgendaEditor } from './AgendaEditor';
import { ParticipantTable } from './ParticipantTable';
import { RegisterParticipantForm } from './RegisterParticipantForm';
import { RegistrationPicker } from './RegistrationPicker';
import { SessionDetailsFields, detailsFromSession, startsAtOf, type SessionDetails } from './SessionDetailsFields';
import '../shared/workshop.css';
import './PlanPage.css';

export const planPageQuery = graphql(`
  query WorkshopPlan($id: ID!) {
    session(id: $id) {
      id
      title
      status
      startsAt
      durationMinutes
      location
      languages
      capacity
      project {
        id
        title
        participants(first: 200) {
          totalCount
          edges {
            node {
              id
              pseudonym
              erasedAt
            }
          }
        }
      }
      registrationCount
      registrations(first: 200) {
        edges {
          node {
            id
            participant {
              id
            }
          }
        }
      }
      ...ParticipantTable_session
      attendance(first: 200) {
        edges {
          node {
            id
            participant {
              id
            }
          }
        }
      }
      ...AgendaEditor_session
    }
  }
`);

export const updateSessionMutation = graphql(`
  mutation WorkshopUpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      clientMutationId
      session {
        id
        title
        startsAt
        durationMinutes
        location
        languages
        capacity
      }
    }
  }
`);

// What the plan page follows live: the session's status, details and agenda, and who is checked in.
export const planEvents = graphql(`
  subscription PlanEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      themeId
      status
      session {
        id
        title
        status
        startsAt
        durationMinutes
        location
        languages
        capacity
        attendance(first: 200) {
          edges {
            node {
              id
              participant {
                id
              }
            }
          }
        }
        ...AgendaEditor_session
      }
    }
  }
`);

// Planning a workshop: its details, the agenda with time boxes, and the participants registered ahead
// with their consent; from here it is scheduled and goes live.
export function PlanPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['session', 'app']);
  const format = useFormat();
  const variables = useMemo(() => ({ id: sessionId }), [sessionId]);
  const { data, error, refetch } = useLiveSession({ sessionId, query: planPageQuery, variables, events: planEvents });

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={refetch} level={1} />;
  if (!data) return <LoadingState />;

  const session = data.session;
  const locked = session.status === 'CLOSED' || session.status === 'REVIEWED';
  const checkedIn = new Set(session.attendance.edges.map((edge) => edge.node.participant.id));
  const base = `/workshops/${session.id}`;

  return (
    <article className="ws-page plan-page" aria-labelledby="plan-title">
      <title>{`${t('plan.pageTitle', { title: session.title })} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${session.project.id}`, label: session.project.title },
          { href: `/sessions/${session.id}`, label: session.title },
          { label: t('plan.crumb') },
        ]}
      />
      <header className="ws-page__header">
        <h1 id="plan-title">
          {t('plan.heading')}: <bdi>{session.title}</bdi>
        </h1>
        <SessionStatusBadge status={session.status} />
      </header>
      <div className="plan-page__bar ws-no-print">
        <StatusActions sessionId={session.id} status={session.status} />
        <nav className="ws-toolbar" aria-label={t('nav.workshop')}>
          {(session.status === 'LIVE' || session.status === 'SCHEDULED') && (
            <Link className="button button--secondary" href={`${base}/run`}>
              {t('nav.run')}
            </Link>
          )}
          <Link className="button button--secondary" href={`${base}/sign-in-sheet`}>
            {t('nav.signInSheet')}
          </Link>
          {session.status === 'LIVE' && (
            <Link className="button button--secondary" href={`${base}/projector`} target="_blank">
              {t('nav.projector')}
            </Link>
          )}
          {locked && (
            <Link className="button button--secondary" href={`${base}/report`}>
              {t('nav.report')}
            </Link>
          )}
        </nav>
        <SaveIndicator />
      </div>

      <div className="plan-page__columns">
        <section className="panel ws-section" aria-labelledby="plan-details">
          <h2 id="plan-details">{t('plan.details')}</h2>
          <DetailsForm key={session.id} session={session} isDisabled={locked} />
        </section>
        <section className="panel ws-section" aria-labelledby="plan-agenda">
          <h2 id="plan-agenda">{t('plan.agenda')}</h2>
          <p className="section-lead">{t('plan.agendaLead')}</p>
          <AgendaEditor session={session} />
        </section>
      </div>

      <CarryPanel sessionId={session.id} projectId={session.project.id} />

      <section className="ws-section" aria-labelledby="plan-participants">
        <div className="ws-section__header">
          <h2 id="plan-participants">
            {t('plan.participants')}{' '}
            <span className="count">
              {t('registration.places', {
                taken: format.number(session.registrationCount),
                capacity: format.number(session.capacity),
              })}
            </span>
          </h2>
        </div>
        <p className="section-lead">{t('registration.lead')}</p>
        {!locked && (
          <div className="plan-page__columns">
            <section className="panel" aria-labelledby="plan-pick">
              <h3 id="plan-pick">{t('registration.addTitle')}</h3>
              <RegistrationPicker
                sessionId={session.id}
                people={session.project.participants.edges.map((edge) => edge.node)}
                listed={new Set(session.registrations.edges.map((edge) => edge.node.participant.id))}
                capacity={session.capacity}
                taken={session.registrationCount}
              />
            </section>
            <section className="panel" aria-labelledby="plan-register">
              <h3 id="plan-register">{t('participant.registerTitle')}</h3>
              <RegisterParticipantForm
                projectId={session.project.id}
                sessionId={session.id}
                sessionLanguages={session.languages}
                draftKey={`plan.${session.id}`}
              />
            </section>
          </div>
        )}
        <ParticipantTable session={session} checkedIn={checkedIn} canChange={!locked} />
      </section>
    </article>
  );
}

function DetailsForm({
  session,
  isDisabled,
}: {
  session: Parameters<typeof detailsFromSession>[0] & { id: string };
  isDisabled: boolean;
}) {
  const { t } = useTranslation('session');
  const [value, setValue] = useState<SessionDetails>(() => detailsFromSession(session));
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(updateSessionMutation);
  const save = async () => {
    const result = await update({
      variables: {
        input: {
          clientMutationId: newId(),
          sessionId: session.id,
          title: value.title.trim(),
          startsAt: startsAtOf(value),
          location: value.location.trim(),
          languages: value.languages,
          capacity: value.capacity,
          durationMinutes: value.durationMinutes,
        },
      },
    }).catch(() => null);
    setSaved(!!result?.data);
  };
  return (
    <Form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <SessionDetailsFields
        value={value}
        onChange={(next) => {
          setValue(next);
          setSaved(false);
        }}
        isDisabled={isDisabled}
      />
      {error && <MutationError error={error} />}
      {!isDisabled && (
        <div className="ws-form__actions">
          <Button type="submit" className="button" isPending={loading}>
            {t('plan.saveDetails')}
          </Button>
          <output className="ws-status">{saved && t('plan.detailsSaved')}</output>
        </div>
      )}
    </Form>
  );
}
