import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge, type BadgeTone } from '../../app/ui/Badge';
import type { StrategyStatus } from '../../gql/graphql';
import { ResponseNote } from '../review/ResponseNote';
import './StrategyCard.css';

export const strategyCardFragment = graphql(`
  fragment StrategyCard_strategy on Strategy {
    id
    title
    description
    status
    actions {
      id
      position
      what
      who
      due
      resources
    }
    response {
      id
      ...ResponseNote_response
    }
  }
`);

const tones: Record<StrategyStatus, BadgeTone> = { DRAFT: 'neutral', SUBMITTED: 'info', ANSWERED: 'accent' };

// An action plan: what it wants to change, its actions (what, who, when, resources), and the municipality's answer.
export function StrategyCard(props: { strategy: FragmentType<typeof strategyCardFragment> }) {
  const strategy = getFragmentData(strategyCardFragment, props.strategy);
  const { t } = useTranslation('strategy');
  const actions = strategy.actions.toSorted((a, b) => a.position - b.position);
  const headingId = `strategy-${strategy.id}`;
  return (
    <article className="strategy-card card" aria-labelledby={headingId}>
      <div className="strategy-card__heading">
        <h3 id={headingId}>
          <bdi>{strategy.title}</bdi>
        </h3>
        <Badge tone={tones[strategy.status]}>{t(`status.${strategy.status}`)}</Badge>
      </div>
      {strategy.description && (
        <p className="strategy-card__description" dir="auto">
          {strategy.description}
        </p>
      )}
      {actions.length > 0 && (
        <>
          <h4 className="strategy-card__subtitle">{t('actions.title')}</h4>
          <ol className="strategy-card__actions">
            {actions.map((action) => (
              <li key={action.id} className="strategy-card__action">
                <p className="strategy-card__what" dir="auto">
                  {action.what}
                </p>
                <dl className="strategy-card__action-facts">
                  <div>
                    <dt>{t('actions.who')}</dt>
                    <dd>
                      <bdi>{action.who}</bdi>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('actions.due')}</dt>
                    <dd>
                      <bdi>{action.due}</bdi>
                    </dd>
                  </div>
                  {action.resources && (
                    <div>
                      <dt>{t('actions.resources')}</dt>
                      <dd>
                        <bdi>{action.resources}</bdi>
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
      {strategy.response ? (
        <ResponseNote response={strategy.response} />
      ) : (
        strategy.status === 'SUBMITTED' && <p className="strategy-card__awaiting">{t('awaiting')}</p>
      )}
    </article>
  );
}
