import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { StrategyCard } from './StrategyCard';

export const strategyListFragment = graphql(`
  fragment StrategyList_session on Session {
    strategies {
      id
      ...StrategyCard_strategy
    }
  }
`);

export function StrategyList(props: { session: FragmentType<typeof strategyListFragment> }) {
  const session = getFragmentData(strategyListFragment, props.session);
  const { t } = useTranslation('strategy');
  if (session.strategies.length === 0) return <p className="empty-state">{t('empty')}</p>;
  return (
    <ul className="stack">
      {session.strategies.map((strategy) => (
        <li key={strategy.id}>
          <StrategyCard strategy={strategy} />
        </li>
      ))}
    </ul>
  );
}
