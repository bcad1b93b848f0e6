import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { formatClock, useCountdown } from '../../app/live/serverClock';
import { PhaseIcon } from './icons';
import './PhaseBanner.css';

export const phaseBannerFragment = graphql(`
  fragment PhaseBanner_session on Session {
    status
    agenda {
      id
      position
    }
    currentPhase {
      id
      kind
      title
      endsAt
    }
  }
`);

// What the room is doing now, large: the kind of phase in the reader's language with its icon, the
// facilitator's title for it, and one short line on what to do.
export function PhaseBanner(props: { session: FragmentType<typeof phaseBannerFragment> }) {
  const session = getFragmentData(phaseBannerFragment, props.session);
  const { t } = useTranslation('participant');
  const format = useFormat();
  const phase = session.currentPhase;
  // The room's countdown, by the server's clock: the same as on the projector.
  const remaining = useCountdown(session.status === 'LIVE' ? phase?.endsAt : null);

  if (session.status !== 'LIVE' || !phase) {
    const ended = session.status === 'CLOSED' || session.status === 'REVIEWED';
    return (
      <section className="phase-banner phase-banner--quiet" aria-labelledby="phase-now">
        <h2 className="phase-banner__kind" id="phase-now">
          {ended ? t('phase.ended') : t('phase.notStarted')}
        </h2>
        <p className="phase-banner__hint">{ended ? t('phase.thanks') : t('phase.wait')}</p>
      </section>
    );
  }

  const order = session.agenda.toSorted((a, b) => a.position - b.position);
  const index = order.findIndex((p) => p.id === phase.id);
  return (
    <section className={`phase-banner phase-banner--${phase.kind.toLowerCase()}`} aria-labelledby="phase-now">
      <PhaseIcon kind={phase.kind} className="phase-banner__icon" />
      <div className="phase-banner__text">
        <p className="phase-banner__now">
          {t('phase.now')}
          {index >= 0 && (
            <>
              <span aria-hidden="true"> · </span>
              {t('phase.step', { current: format.number(index + 1), total: format.number(order.length) })}
            </>
          )}
        </p>
        {/* Announced when the facilitator moves the room on. */}
        <h2 className="phase-banner__kind" id="phase-now" aria-live="polite">
          {t(`phase.kind.${phase.kind}`)}
        </h2>
        {phase.title.trim() !== '' && (
          <p className="phase-banner__title">
            <bdi>{phase.title}</bdi>
          </p>
        )}
        <p className="phase-banner__hint">{t(`phase.hint.${phase.kind}`)}</p>
      </div>
      {remaining !== null &&
        (remaining > 0 ? (
          // In the HTML the server rendered, the time when it rendered it; the phone's own from its next second.
          <p className="phase-banner__clock" role="timer" aria-label={t('phase.timeLeft')} suppressHydrationWarning>
            {formatClock(remaining, (v) => format.number(v))}
          </p>
        ) : (
          // Past the time box the facilitator decides when to move on: the phones say the time is up rather than
          // count minutes over (the cockpit and the projector do, for the facilitator).
          <p className="phase-banner__clock phase-banner__clock--up">{t('phase.timeUp')}</p>
        ))}
    </section>
  );
}
