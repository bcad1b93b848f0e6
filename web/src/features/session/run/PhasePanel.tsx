import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { useMediaQuery } from '../../../app/useMediaQuery';
import { useWorkshopQueue, pendingInputs } from '../offline/useWorkshopQueue';
import { ClockFace } from '../../../app/live/ClockFace';
import { useCountdown } from '../../../app/live/serverClock';
import './PhasePanel.css';

export const phasePanelFragment = graphql(`
  fragment PhasePanel_session on Session {
    id
    status
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
  }
`);

// Where the cockpit puts the agenda beside the tabs (RunPage.css, .run-page__layout).
const BESIDE_THE_TABS = '(min-width: 68rem)';

// The phase a live session is in: the one the last waiting "move to phase" names, else the server's.
export function useCurrentPhaseId(session: { id: string; currentPhase: { id: string } | null }): string | null {
  const { entries } = useWorkshopQueue();
  const moves = pendingInputs(entries, 'setCurrentPhase').filter((input) => input.sessionId === session.id);
  return moves.at(-1)?.phaseId ?? session.currentPhase?.id ?? null;
}

// The agenda of the running session with the current phase, its countdown (by the server's clock, the same on the
// projector and every phone) and the controls to move on. Moving to a phase starts its time box on the server.
export function PhasePanel(props: { session: FragmentType<typeof phasePanelFragment> }) {
  const session = getFragmentData(phasePanelFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const phases = session.agenda.toSorted((a, b) => a.position - b.position);
  const currentId = useCurrentPhaseId(session);
  const index = phases.findIndex((phase) => phase.id === currentId);
  const current = phases[index] ?? null;
  const next = index >= 0 ? (phases[index + 1] ?? null) : null;
  const live = session.status === 'LIVE';
  // The server's clock runs the countdown: until the server has moved to the phase shown here (a move still waits
  // in the queue), the phase's whole time box is shown.
  const running = current && session.currentPhase?.id === current.id ? session.currentPhase.endsAt : null;
  const countdown = useCountdown(running);
  const remaining = countdown ?? (current?.durationMinutes ?? 0) * 60_000;

  // Beside the tabs (a laptop's width, RunPage.css) the whole agenda is in view; on a tablet or a phone, above the
  // tabs, it folds away under the running phase until the facilitator opens it, so that the tabs come up the screen.
  // Before a phase runs, the agenda is all there is to see: open.
  const always = useMediaQuery(BESIDE_THE_TABS, true) || !current;
  const [unfolded, setUnfolded] = useState(false);

  const goTo = (phaseId: string) => enqueue('setCurrentPhase', { sessionId: session.id, phaseId });

  return (
    <div className="phase-panel">
      {current ? (
        <div className="phase-panel__now">
          <p className="phase-panel__label">{t('run.phase.now')}</p>
          <p className="phase-panel__title">
            <bdi>{current.title}</bdi>
          </p>
          <ClockFace remaining={remaining} className="phase-panel__clock" label={t('run.phase.remaining')} />
          <p className="phase-panel__of">
            {countdown === null
              ? t('run.phase.waiting')
              : remaining < 0
                ? t('run.phase.over')
                : t('run.phase.of', { minutes: format.number(current.durationMinutes) })}
          </p>
          {next && (
            <div className="ws-toolbar">
              <Button className="button" onPress={() => goTo(next.id)} isDisabled={!live}>
                {t('run.phase.next', { title: next.title })}
              </Button>
            </div>
          )}
        </div>
      ) : (
        <p className="phase-panel__idle">{live ? t('run.phase.none') : t('run.phase.notLive')}</p>
      )}
      <Disclosure
        className={`phase-panel__whole${always ? ' phase-panel__whole--always' : ''}`}
        isExpanded={always || unfolded}
        onExpandedChange={setUnfolded}
      >
        <Heading level={3} className="phase-panel__whole-heading">
          <Button slot="trigger" className="button button--quiet button--small phase-panel__whole-trigger">
            {t('run.phase.whole')}
          </Button>
        </Heading>
        <DisclosurePanel>
          <ol className="phase-panel__agenda" aria-label={t('run.phase.agenda')}>
            {phases.map((phase) => {
              const isCurrent = phase.id === current?.id;
              return (
                <li
                  key={phase.id}
                  className={`phase-panel__phase${isCurrent ? ' phase-panel__phase--current' : ''}`}
                  aria-current={isCurrent ? 'step' : undefined}
                >
                  <span className="phase-panel__phase-title">
                    <bdi>{phase.title}</bdi>
                  </span>
                  <span className="phase-panel__phase-minutes">
                    {t('agendaEditor.minutes', {
                      count: phase.durationMinutes,
                      formatted: format.number(phase.durationMinutes),
                    })}
                  </span>
                  {!isCurrent && live && (
                    <Button
                      className="button button--quiet button--small"
                      onPress={() => goTo(phase.id)}
                      aria-label={t('run.phase.goToLabel', { title: phase.title })}
                    >
                      {t('run.phase.goTo')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        </DisclosurePanel>
      </Disclosure>
    </div>
  );
}
