import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { WorkshopProjectorQuery } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { DotsByGroup } from '../shared/DotsByGroup';
import { useFormat } from '../../../app/useFormat';
import { formatClock, usePhaseTimer } from '../run/usePhaseTimer';
import { QrCode } from '../shared/QrCode';
import { joinLink } from '../shared/joinLink';
import './ProjectorPage.css';

export const projectorQuery = graphql(`
  query WorkshopProjector($id: ID!) {
    session(id: $id) {
      id
      title
      status
      joinCode
      agenda {
        id
        position
        kind
        title
        durationMinutes
      }
      currentPhase {
        id
      }
      themes {
        id
        title
        position
      }
      challenges(first: 200, includeHidden: true) {
        edges {
          node {
            id
            text
            language
            status
            dotCount
            theme {
              id
            }
            ideas(first: 100) {
              edges {
                node {
                  id
                  text
                  language
                  status
                  dotCount
                }
              }
            }
          }
        }
      }
      openVotingRound {
        id
        title
        target
        dotsPerParticipant
        dotsByBackground {
          total
          withoutGroup
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
      }
      votingRounds {
        id
        title
        status
        dotsByBackground {
          total
          withoutGroup
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
      }
      strategies {
        id
        title
        actions {
          id
          what
          who
          due
        }
      }
    }
  }
`);

// The projector follows the session: it asks again every few seconds.
const POLL_MS = 3_000;

type Session = WorkshopProjectorQuery['session'];

// The room's screen: the phase large enough to read from the back, its time left, how to join, and the
// board of the moment. High contrast, big type, nothing to click.
export function ProjectorPage() {
  const { sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(projectorQuery, { variables: { id: sessionId }, pollInterval: POLL_MS });
  return (
    <main id="main" className="projector">
      {data ? (
        <Projector session={data.session} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} level={1} />
      ) : (
        <LoadingState />
      )}
    </main>
  );
}

function Projector({ session }: { session: Session }) {
  const { t } = useTranslation(['session', 'app']);
  const format = useFormat();
  const phases = session.agenda.toSorted((a, b) => a.position - b.position);
  const phase = phases.find((p) => p.id === session.currentPhase?.id) ?? null;
  const timer = usePhaseTimer(session.id, phase?.id ?? null, phase?.durationMinutes ?? 0);
  const live = session.status === 'LIVE';
  const link = joinLink(window.location.origin, { joinCode: session.joinCode });

  return (
    <div className="projector__screen">
      <title>{`${t('projector.pageTitle', { title: session.title })} · ${t('app:appName')}`}</title>
      <header className="projector__top">
        <p className="projector__session">
          <bdi>{session.title}</bdi>
        </p>
        {live && session.joinCode && (
          <div className="projector__join">
            <div>
              <p className="projector__join-label">{t('projector.join', { host: window.location.host })}</p>
              <p className="projector__code">{session.joinCode}</p>
            </div>
            <QrCode className="projector__qr" value={link} label={t('projector.qrLabel')} />
          </div>
        )}
      </header>

      <section className="projector__phase" aria-labelledby="projector-phase">
        {phase ? (
          <>
            <p className="projector__kind">{t(`phaseKind.${phase.kind}`)}</p>
            <h1 id="projector-phase" className="projector__title">
              <bdi>{phase.title}</bdi>
            </h1>
            <p
              className={`projector__clock${timer.remainingMs < 0 ? ' projector__clock--over' : ''}`}
              role="timer"
              aria-label={t('run.phase.remaining')}
            >
              {formatClock(timer.remainingMs, (v) => format.number(v))}
            </p>
          </>
        ) : (
          <h1 id="projector-phase" className="projector__title">
            {live ? <bdi>{session.title}</bdi> : t(`projector.status.${session.status}`)}
          </h1>
        )}
      </section>

      {live && phase && <PhaseBoard session={session} kind={phase.kind} />}
    </div>
  );
}

function PhaseBoard({ session, kind }: { session: Session; kind: string }) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const challenges = session.challenges.edges.map((edge) => edge.node).filter((c) => c.status === 'VISIBLE');
  const themes = session.themes.toSorted((a, b) => a.position - b.position);
  const dots = (count: number) => t('board.dots', { count, formatted: format.number(count) });

  if (kind === 'VOTING') {
    const round = session.openVotingRound;
    const options =
      round?.target === 'CHALLENGES'
        ? challenges.map((c) => ({ id: c.id, text: c.text, language: c.language, dotCount: c.dotCount }))
        : challenges.flatMap((c) => c.ideas.edges.map((e) => e.node).filter((idea) => idea.status === 'VISIBLE'));
    const top = options.toSorted((a, b) => b.dotCount - a.dotCount).slice(0, 10);
    // By group: the open round's (shown once it closes), or else the round closed last.
    const shown = round ?? session.votingRounds.filter((r) => r.status === 'CLOSED').at(-1);
    const max = Math.max(1, ...top.map((o) => o.dotCount));
    return (
      <section className="projector__board" aria-labelledby="projector-board">
        <h2 id="projector-board">
          {round ? <bdi>{round.title}</bdi> : t('projector.votes')}
          {round && (
            <span className="projector__budget">
              {' '}
              ·{' '}
              {t('vote.budget', {
                count: round.dotsPerParticipant,
                formatted: format.number(round.dotsPerParticipant),
              })}
            </span>
          )}
        </h2>
        <ol className="projector__bars">
          {top.map((option) => (
            <li key={option.id}>
              <span className="projector__bar-text" lang={option.language} dir="auto">
                {option.text}
              </span>
              <span
                className="projector__bar"
                style={{ inlineSize: `${(option.dotCount / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="projector__bar-count">{dots(option.dotCount)}</span>
            </li>
          ))}
        </ol>
        {shown && (
          <DotsByGroup
            labelId="projector-dots-by-group"
            roundTitle={round ? undefined : shown.title}
            total={shown.dotsByBackground.total}
            byBackground={shown.dotsByBackground.byBackground}
            withoutGroup={shown.dotsByBackground.withoutGroup}
          />
        )}
      </section>
    );
  }

  if (kind === 'STRATEGIES' || kind === 'EVALUATION') {
    return (
      <section className="projector__board" aria-labelledby="projector-board">
        <h2 id="projector-board">{t('projector.strategies')}</h2>
        <ul className="projector__cards">
          {session.strategies.map((strategy) => (
            <li key={strategy.id} className="projector__card">
              <h3 dir="auto">{strategy.title}</h3>
              <ul>
                {strategy.actions.map((action) => (
                  <li key={action.id} dir="auto">
                    {action.what} — {action.who}, {action.due}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  if (kind === 'WELCOME') return null;

  const groups = [
    ...themes.map((theme) => ({ id: theme.id, title: theme.title })),
    { id: null as string | null, title: t('board.unthemed') },
  ]
    .map((group) => ({
      ...group,
      notes: challenges.filter((c) => (group.id ? c.theme?.id === group.id : !c.theme)),
    }))
    .filter((group) => group.notes.length > 0 || group.id);

  return (
    <section className="projector__board" aria-labelledby="projector-board">
      <h2 id="projector-board">{kind === 'IDEAS' ? t('projector.ideas') : t('projector.challenges')}</h2>
      <div className="projector__groups">
        {groups.map((group) => (
          <section key={group.id ?? 'none'} className="projector__group" aria-label={group.title}>
            <h3 dir="auto">{group.title}</h3>
            <ul>
              {group.notes.map((note) => (
                <li key={note.id} className="projector__note">
                  <span lang={note.language} dir="auto">
                    {note.text}
                  </span>
                  {kind === 'IDEAS' && (
                    <ul className="projector__ideas">
                      {note.ideas.edges
                        .map((e) => e.node)
                        .filter((idea) => idea.status === 'VISIBLE')
                        .map((idea) => (
                          <li key={idea.id} lang={idea.language} dir="auto">
                            {idea.text}
                          </li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
