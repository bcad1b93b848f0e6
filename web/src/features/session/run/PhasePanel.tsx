import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { useWorkshopQueue, pendingInputs } from '../offline/useWorkshopQueue';
import { formatClock, usePhaseTimer } from './usePhaseTimer';
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
    }
  }
`);

// The phase a live session is in: the one the last waiting "move to phase" names, else the server's.
export function useCurrentPhaseId(session: { id: string; currentPhase: { id: string } | null }): string | null {
  const { entries } = useWorkshopQueue();
  const moves = pendingInputs(entries, 'setCurrentPhase').filter((input) => input.sessionId === session.id);
  return moves.at(-1)?.phaseId ?? session.currentPhase?.id ?? null;
}

// The agenda of the running session with the current phase, its countdown and the controls to start,
// pause and move on.
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
  const timer = usePhaseTimer(session.id, current?.id ?? null, current?.durationMinutes ?? 0);
  const live = session.status === 'LIVE';

  const goTo = (phaseId: string) => {
    enqueue('setCurrentPhase', { sessionId: session.id, phaseId });
    timer.startPhase(phaseId);
  };

  return (
    <div className="phase-panel">
      {current ? (
        <div className="phase-panel__now">
          <p className="phase-panel__label">{t('run.phase.now')}</p>
          <p className="phase-panel__title">
            <bdi>{current.title}</bdi>
          </p>
          <p
            className={`phase-panel__clock${timer.remainingMs < 0 ? ' phase-panel__clock--over' : ''}`}
            role="timer"
            aria-label={t('run.phase.remaining')}
          >
            {formatClock(timer.remainingMs, (v) => format.number(v))}
          </p>
          <p className="phase-panel__of">
            {timer.remainingMs < 0
              ? t('run.phase.over')
              : t('run.phase.of', { minutes: format.number(current.durationMinutes) })}
          </p>
          <div className="ws-toolbar">
            {timer.running ? (
              <Button className="button button--secondary" onPress={timer.pause}>
                {t('run.phase.pause')}
              </Button>
            ) : (
              <Button className="button button--secondary" onPress={timer.start} isDisabled={!live}>
                {t('run.phase.start')}
              </Button>
            )}
            <Button className="button button--quiet" onPress={timer.restart} isDisabled={!live}>
              {t('run.phase.restart')}
            </Button>
            {next && (
              <Button className="button" onPress={() => goTo(next.id)} isDisabled={!live}>
                {t('run.phase.next', { title: next.title })}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <p className="phase-panel__idle">{live ? t('run.phase.none') : t('run.phase.notLive')}</p>
      )}
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
    </div>
  );
}
