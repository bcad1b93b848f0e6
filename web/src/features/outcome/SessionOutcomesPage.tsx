import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '../../app/router';
import { isAccessDenied, isNotFound } from '../../app/ui/errors';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { PublicChallenge } from './PublicChallenge';
import { PublicNotFound } from './PublicNotFound';
import { publicProjectQuery } from './publicProjectQuery';
import { isFinished } from './sessionStatus';
import { StrategyOutcome } from './StrategyOutcome';

// /outcomes/<projectId>/sessions/<sessionId>: one workshop as anyone may read it: the themes and challenges raised,
// the ideas that answer them, and the strategies with the municipality's answer and what became of them. The same
// data as the project page: the session page asks nothing new when a visitor comes from there.
export function SessionOutcomesPage() {
  const { projectId = '', sessionId = '' } = useParams();
  const { t } = useTranslation(['outcome', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(publicProjectQuery, { variables: { id: projectId } });
  if (error && (isNotFound(error) || isAccessDenied(error))) return <PublicNotFound />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const project = data.publicProject;
  const session = project.sessions.find((s) => s.id === sessionId);
  if (!session) return <PublicNotFound />;
  const finished = isFinished(session.status);
  const challengeCount =
    session.themes.reduce((sum, theme) => sum + theme.challenges.length, 0) + session.unthemedChallenges.length;
  return (
    <article className="outcome-page" aria-labelledby="session-outcome-title">
      <title>{`${session.title} · ${project.title}`}</title>
      <header className="outcome-hero">
        <p className="outcome-hero__eyebrow">
          <Link to={`/outcomes/${project.id}`}>
            <bdi>{project.title}</bdi>
          </Link>
        </p>
        <h1 id="session-outcome-title">
          <bdi>{session.title}</bdi>
        </h1>
        <p className="outcome-hero__meta">
          <time dateTime={session.startsAt}>{format.weekdayDate(session.startsAt)}</time>
          <span aria-hidden="true"> · </span>
          <bdi>{session.location}</bdi>
        </p>
        <p className="outcome-hero__meta">
          {t('session.languages', { languages: session.languages.map((l) => format.languageName(l)).join(', ') })}
        </p>
      </header>

      {!finished ? (
        <p className="outcome-notice">{t('session.notYet')}</p>
      ) : (
        <>
          <section className="outcome-section" aria-labelledby="session-board">
            <h2 id="session-board">{t('session.board')}</h2>
            <p className="outcome-section__lead">
              {t('session.boardLead', { count: challengeCount, formatted: format.number(challengeCount) })}
            </p>
            {session.themes
              .filter((theme) => theme.challenges.length > 0)
              .map((theme) => (
                <section key={theme.id} className="outcome-theme" aria-labelledby={`theme-${theme.id}`}>
                  <h3 id={`theme-${theme.id}`}>
                    <bdi>{theme.title}</bdi>
                  </h3>
                  <ul className="outcome-challenges">
                    {theme.challenges.map((challenge) => (
                      <li key={challenge.id}>
                        <PublicChallenge challenge={challenge} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            {session.unthemedChallenges.length > 0 && (
              <section className="outcome-theme" aria-labelledby="theme-none">
                <h3 id="theme-none">{t('session.noTheme')}</h3>
                <ul className="outcome-challenges">
                  {session.unthemedChallenges.map((challenge) => (
                    <li key={challenge.id}>
                      <PublicChallenge challenge={challenge} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>

          <section className="outcome-section" aria-labelledby="session-strategies">
            <h2 id="session-strategies">{t('strategies.title')}</h2>
            {session.strategies.length === 0 ? (
              <p className="empty-state">{t('session.noStrategies')}</p>
            ) : (
              <ul className="outcome-strategies">
                {session.strategies.map((strategy) => (
                  <li key={strategy.id}>
                    <StrategyOutcome strategy={strategy} level={3} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </article>
  );
}
