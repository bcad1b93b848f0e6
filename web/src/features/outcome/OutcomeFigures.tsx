import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';

export interface Figures {
  submitted: number;
  waiting: number;
  decided: number;
  adopted: number;
  actionsPlanned: number;
  actionsDone: number;
}

// What became of a project's strategies, at a glance: about strategies and actions, never about people.
export function OutcomeFigures({ figures, labelledBy }: { figures: Figures; labelledBy: string }) {
  const { t } = useTranslation('outcome');
  const format = useFormat();
  const items = [
    { value: format.number(figures.submitted), label: t('figures.submitted', { count: figures.submitted }) },
    { value: format.number(figures.adopted), label: t('figures.adopted', { count: figures.adopted }) },
    { value: format.number(figures.waiting), label: t('figures.waiting', { count: figures.waiting }) },
    {
      value: t('figures.ofValue', {
        done: format.number(figures.actionsDone),
        planned: format.number(figures.actionsPlanned),
      }),
      label: t('figures.actions', { count: figures.actionsPlanned }),
    },
  ];
  return (
    <ul className="outcome-figures" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.label}>
          <span className="outcome-figures__value">{item.value}</span>
          <span className="outcome-figures__label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
