import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from '../../../app/router';
import { getFragmentData, graphql } from '../../../gql';
import type {
  PhaseKind,
  Projector_ChallengeFragment,
  Projector_RoundFragment,
  Projector_SessionFragment,
  WorkshopProjectorQuery,
} from '../../../gql/graphql';
import { useLiveSession } from '../../../app/live/useLiveSession';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { DotsByGroup, dotsByGroupFragment } from '../shared/DotsByGroup';
import { useFormat } from '../../../app/useFormat';
import { ClockFace } from '../../../app/live/ClockFace';
import { useCountdown } from '../../../app/live/serverClock';
import { QrCode } from '../shared/QrCode';
import { joinLink } from '../shared/joinLink';
import { CarriedBadge, carriedFrom } from '../../carry/CarriedBadge';
import { useFitToBox } from './useFitToBox';
import './ProjectorPage.css';

// A voting round as the projector shows it: the dots per challenge or idea, most first, and by the background of
// who gave them (released by the server once the round is closed).
export const projectorRoundFragment = graphql(`
  fragment Projector_round on VotingRound {
    id
    title
    target
    status
    dotsPerParticipant
    ...DotsByGroup_round
    tallies {
      dots
      challenge {
        id
        text
        language
      }
      idea {
        id
        text
        language
      }
    }
  }
`);

// The session on the room's screen. The board is the visible one, as participants see it.
export const projectorSessionFragment = graphql(`
  fragment Projector_session on Session {
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
      endsAt
    }
    themes(includeCarried: true) {
      id
      title
      position
      origin {
        sessionId
        sessionTitle
        betweenSessions
      }
    }
    openVotingRound {
      id
      ...Projector_round
    }
    votingRounds {
      id
      ...Projector_round
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
`);

export const projectorQuery = graphql(`
  query WorkshopProjector($id: ID!) {
    session(id: $id) {
      id
      ...Projector_session
      challenges(first: 200, includeCarried: true) {
        edges {
          node {
            id
            ...Projector_challenge
          }
        }
      }
    }
  }
`);

export const projectorChallengeFragment = graphql(`
  fragment Projector_challenge on Challenge {
    id
    createdAt
    origin {
      sessionId
      sessionTitle
      betweenSessions
    }
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
          ...Projector_idea
        }
      }
    }
  }
`);

// An idea on the projector; a live event brings a new one with the same fields, and it joins its challenge's list.
export const projectorIdeaFragment = graphql(`
  fragment Projector_idea on Idea {
    id
    text
    language
    status
    dotCount
  }
`);

// What the projector needs of each live event: the challenge when it changed itself (for a dot its count, for an idea
// the idea, which app/live/applySessionEvent puts into its challenge's list), the round with its tallies (the bars
// move with every dot), and the session when its phase, status, themes, rounds or strategies change. The same for
// every screen of the session, so the server resolves it once for all projectors of a staff member.
export const projectorEvents = graphql(`
  subscription ProjectorEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      themeId
      status
      challenge(onlyOwnChanges: true) {
        id
        ...Projector_challenge
      }
      challengeDots: challenge {
        id
        dotCount
      }
      idea {
        id
        ...Projector_idea
      }
      theme {
        id
        title
        position
      }
      round {
        id
        ...Projector_round
      }
      session {
        id
        ...Projector_session
      }
    }
  }
`);

// The room's screen: the phase large enough to read from the back, its time left, how to join, and the
// board of the moment, which follows the room as it changes (app/live). High contrast, big type, nothing to click.
export function ProjectorPage() {
  const { sessionId = '' } = useParams();
  const variables = useMemo(() => ({ id: sessionId }), [sessionId]);
  const { data, error, refetch } = useLiveSession({
    sessionId,
    query: projectorQuery,
    variables,
    events: projectorEvents,
  });
  return (
    <main id="main" className="projector">
      {data ? (
        <Projector session={data.session} />
      ) : error ? (
        <ErrorState error={error} onRetry={refetch} level={1} />
      ) : (
        <LoadingState />
      )}
    </main>
  );
}

type Session = WorkshopProjectorQuery['session'];

const challengesOf = (session: Session): Projector_ChallengeFragment[] =>
  session.challenges.edges.map((edge) => getFragmentData(projectorChallengeFragment, edge.node));

function Projector({ session: data }: { session: Session }) {
  const { t } = useTranslation(['session', 'app']);
  const session = getFragmentData(projectorSessionFragment, data);
  const phases = session.agenda.toSorted((a, b) => a.position - b.position);
  const phase = phases.find((p) => p.id === session.currentPhase?.id) ?? null;
  // The server's clock, as on the cockpit and every phone.
  const remaining = useCountdown(session.currentPhase?.endsAt);
  const live = session.status === 'LIVE';
  const link = joinLink(window.location.origin, { joinCode: session.joinCode });
  // The whole board on the screen, however full: its type shrinks to fit rather than the room missing notes.
  const fitBoard = useFitToBox(data);

  return (
    <div className={`projector__screen${live && phase ? ' projector__screen--board' : ''}`}>
      <title>{`${t('projector.pageTitle', { title: session.title })} · ${t('app:appName')}`}</title>
      <aside className="projector__rail">
        <p className="projector__session">
          <bdi>{session.title}</bdi>
        </p>
        <section className="projector__phase" aria-labelledby="projector-phase">
          {phase && live ? (
            <>
              <p className="projector__kind">{t(`phaseKind.${phase.kind}`)}</p>
              <h1 id="projector-phase" className="projector__title">
                <bdi>{phase.title}</bdi>
              </h1>
              {remaining !== null && (
                <ClockFace remaining={remaining} className="projector__clock" label={t('run.phase.remaining')} />
              )}
            </>
          ) : (
            <h1 id="projector-phase" className="projector__title">
              {t(`projector.status.${session.status}`)}
            </h1>
          )}
        </section>
        {live && session.joinCode && (
          <div className="projector__join">
            <div>
              <p className="projector__join-label">{t('projector.join', { host: window.location.host })}</p>
              <p className="projector__code">{session.joinCode}</p>
            </div>
            <QrCode className="projector__qr" value={link} label={t('projector.qrLabel')} />
          </div>
        )}
      </aside>

      {live && phase && (
        <div className="projector__fit" ref={fitBoard}>
          <PhaseBoard
            kind={phase.kind}
            session={session}
            challenges={challengesOf(data).filter((c) => c.status === 'VISIBLE')}
          />
        </div>
      )}
    </div>
  );
}

// How many bars fit the screen's height at the projector's type size.
const BARS = 8;

function PhaseBoard({
  kind,
  session,
  challenges,
}: {
  kind: PhaseKind;
  session: Projector_SessionFragment;
  challenges: Projector_ChallengeFragment[];
}) {
  const { t } = useTranslation('session');

  if (kind === 'VOTING') {
    const open = session.openVotingRound && getFragmentData(projectorRoundFragment, session.openVotingRound);
    // Once a round closes, its result stays up until the next one opens.
    const last = session.votingRounds
      .map((round) => getFragmentData(projectorRoundFragment, round))
      .filter((round) => round.status === 'CLOSED')
      .at(-1);
    const round = open ?? last;
    if (!round) {
      return (
        <section className="projector__board" aria-labelledby="projector-board">
          <h2 id="projector-board">{t('projector.votes')}</h2>
          <p className="projector__empty">{t('projector.noRound')}</p>
        </section>
      );
    }
    return <RoundBars round={round} />;
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

  const themes = session.themes.toSorted((a, b) => a.position - b.position);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const groups = [
    ...themes.map((theme) => ({
      id: theme.id as string | null,
      title: theme.title,
      carried: carriedFrom(theme.origin, session.id),
    })),
    { id: null as string | null, title: t('board.unthemed'), carried: null },
  ]
    .map((group) => ({
      ...group,
      notes: challenges.filter((c) => (group.id ? c.theme?.id === group.id : !c.theme || !themeIds.has(c.theme.id))),
    }))
    .filter((group) => group.notes.length > 0 || group.id);

  return (
    <section className="projector__board" aria-labelledby="projector-board">
      <h2 id="projector-board">{kind === 'IDEAS' ? t('projector.ideas') : t('projector.challenges')}</h2>
      <div className="projector__groups">
        {groups.map((group) => (
          <section key={group.id ?? 'none'} className="projector__group" aria-label={group.title}>
            <h3 dir="auto">
              {group.title} <CarriedBadge origin={group.carried} />
            </h3>
            <ul>
              {group.notes.map((note) => (
                <li key={note.id} className="projector__note">
                  <span lang={note.language} dir="auto">
                    {note.text}
                  </span>
                  {!group.carried && <CarriedBadge origin={carriedFrom(note.origin, session.id)} />}
                  {kind === 'IDEAS' && (
                    <ul className="projector__ideas">
                      {note.ideas.edges
                        .map((e) => getFragmentData(projectorIdeaFragment, e.node))
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

// The dots of a round as bars, most first: moving with each dot while the round is open, the result once it closed.
function RoundBars({ round }: { round: Projector_RoundFragment }) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const rows = round.tallies
    .map((tally) => {
      const target = tally.challenge ?? tally.idea;
      return target ? { id: target.id, text: target.text, language: target.language, dots: tally.dots } : null;
    })
    .filter((row) => row !== null);
  const top = rows.slice(0, BARS);
  const max = Math.max(1, ...top.map((row) => row.dots));
  const open = round.status === 'OPEN';
  const figures = getFragmentData(dotsByGroupFragment, round).dotsByBackground;
  return (
    <section className="projector__board projector__board--bars" aria-labelledby="projector-board">
      <h2 id="projector-board">
        <span className="projector__board-kicker">{open ? t('projector.liveVotes') : t('projector.results')}</span>{' '}
        <bdi>{round.title}</bdi>
        {open && (
          <span className="projector__budget">
            {' '}
            ·{' '}
            {t('vote.budget', { count: round.dotsPerParticipant, formatted: format.number(round.dotsPerParticipant) })}
          </span>
        )}
      </h2>
      {top.length === 0 ? (
        <p className="projector__empty">{t('projector.noDots')}</p>
      ) : (
        <ol className="projector__bars">
          {top.map((row, index) => (
            <li key={row.id}>
              <span className="projector__bar-rank" aria-hidden="true">
                {format.number(index + 1)}
              </span>
              <span className="projector__bar-text" lang={row.language} dir="auto">
                {row.text}
              </span>
              <span className="projector__bar-track" aria-hidden="true">
                <span className="projector__bar" style={{ inlineSize: `${(row.dots / max) * 100}%` }} />
              </span>
              <span className="projector__bar-count">
                {t('board.dots', { count: row.dots, formatted: format.number(row.dots) })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <DotsByGroup
        labelId="projector-dots-by-group"
        total={figures.total}
        byBackground={figures.byBackground}
        withoutGroup={figures.withoutGroup}
      />
    </section>
  );
}
