import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import './AgendaList.css';

export const agendaListFragment = graphql(`
  fragment AgendaList_session on Session {
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

// The phases of the workshop with their time boxes; the running one is marked.
export function AgendaList(props: { session: FragmentType<typeof agendaListFragment> }) {
  const session = getFragmentData(agendaListFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  const phases = session.agenda.toSorted((a, b) => a.position - b.position);
  if (phases.length === 0) return <p className="empty-state">{t('agenda.empty')}</p>;
  const total = phases.reduce((sum, phase) => sum + phase.durationMinutes, 0);
  return (
    <>
      <ol className="agenda-list">
        {phases.map((phase) => {
          const isCurrent = phase.id === session.currentPhase?.id;
          return (
            <li
              key={phase.id}
              className={`agenda-list__phase${isCurrent ? ' agenda-list__phase--current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="agenda-list__kind">{t(`phaseKind.${phase.kind}`)}</span>
              <span className="agenda-list__title">
                <bdi>{phase.title}</bdi>
              </span>
              <span className="agenda-list__duration">
                {t('agenda.minutes', { count: phase.durationMinutes, formatted: format.number(phase.durationMinutes) })}
              </span>
              {isCurrent && <Badge tone="success">{t('agenda.now')}</Badge>}
            </li>
          );
        })}
      </ol>
      <p className="agenda-list__total">{t('agenda.total', { count: total, formatted: format.number(total) })}</p>
    </>
  );
}
