import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '../../app/router';
import { Badge } from '../../app/ui/Badge';
import { isAccessDenied, isNotFound } from '../../app/ui/errors';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { OutcomeFigures } from './OutcomeFigures';
import { PublicNotFound } from './PublicNotFound';
import { publicProjectQuery } from './publicProjectQuery';
import { isFinished, publicSessionTones } from './sessionStatus';
import { StrategyOutcome } from './StrategyOutcome';

// /outcomes/<projectId>: a project as anyone may read it once its municipality has made it public: its sessions,
// and each strategy sent to the municipality with the answer and what became of it.
export function ProjectOutcomesPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['outcome', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(publicProjectQuery, { variables: { id: projectId } });
  if (error && (isNotFound(error) || isAccessDenied(error))) return <PublicNotFound />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const project = data.publicProject;
  const strategies = project.sessions.flatMap((session) =>
    session.strategies.map((strategy) => ({ strategy, session })),
  );
  return (
    <article className="outcome-page" aria-labelledby="outcome-title">
      <title>{`${project.title} · ${t('eyebrow')}`}</title>
      <header className="outcome-hero">
        <p className="outcome-hero__eyebrow">{t('eyebrow')}</p>
        <h1 id="outcome-title">
          <bdi>{project.title}</bdi>
        </h1>
        <p className="outcome-hero__meta">
          <bdi>{project.promoter}</bdi>
          <span aria-hidden="true"> · </span>
          {format.dateRange(project.startsOn, project.endsOn)}
        </p>
        {project.description && (
          <p className="outcome-hero__lead" dir="auto">
            {project.description}
          </p>
        )}
      </header>

      <section className="outcome-section" aria-labelledby="outcome-figures">
        <h2 id="outcome-figures">{t('figures.title')}</h2>
        <OutcomeFigures figures={project.figures} labelledBy="outcome-figures" />
      </section>

      <section className="outcome-section" aria-labelledby="outcome-sessions">
        <h2 id="outcome-sessions">{t('sessions.title')}</h2>
        {project.sessions.length === 0 ? (
          <p className="empty-state">{t('sessions.empty')}</p>
        ) : (
          <ol className="outcome-sessions">
            {project.sessions.map((session) => (
              <li key={session.id} className="outcome-session-card">
                <div className="outcome-session-card__head">
                  <h3>
                    {isFinished(session.status) ? (
                      <Link to={`/outcomes/${project.id}/sessions/${session.id}`}>
                        <bdi>{session.title}</bdi>
                      </Link>
                    ) : (
                      <bdi>{session.title}</bdi>
                    )}
                  </h3>
                  <Badge tone={publicSessionTones[session.status]}>{t(`sessionStatus.${session.status}`)}</Badge>
                </div>
                <p className="outcome-session-card__meta">
                  <time dateTime={session.startsAt}>{format.weekdayDate(session.startsAt)}</time>
                  <span aria-hidden="true"> · </span>
                  <bdi>{session.location}</bdi>
                </p>
                {isFinished(session.status) && (
                  <p className="outcome-session-card__summary">
                    {t('sessions.summary', {
                      challenges: format.number(
                        session.themes.reduce((sum, theme) => sum + theme.challenges.length, 0) +
                          session.unthemedChallenges.length,
                      ),
                      strategies: format.number(session.strategies.length),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="outcome-section" aria-labelledby="outcome-strategies">
        <h2 id="outcome-strategies">{t('strategies.title')}</h2>
        <p className="outcome-section__lead">{t('strategies.lead')}</p>
        {strategies.length === 0 ? (
          <p className="empty-state">{t('strategies.empty')}</p>
        ) : (
          <ul className="outcome-strategies">
            {strategies.map(({ strategy, session }) => (
              <li key={strategy.id}>
                <p className="outcome-strategies__from">
                  {t('strategies.from')}{' '}
                  <Link to={`/outcomes/${project.id}/sessions/${session.id}`}>
                    <bdi>{session.title}</bdi>
                  </Link>
                </p>
                <StrategyOutcome strategy={strategy} level={3} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <aside className="outcome-mine-card" aria-labelledby="outcome-mine">
        <h2 id="outcome-mine">{t('mine.cardTitle')}</h2>
        <p>{t('mine.cardBody')}</p>
        <Link className="button" to={`/outcomes/${project.id}/mine`}>
          {t('mine.cardLink')}
        </Link>
      </aside>
    </article>
  );
}
