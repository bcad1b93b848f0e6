import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import './GrantSplit.css';

export const grantSplitFragment = graphql(`
  fragment GrantSplit_project on Project {
    grantEuros
    euFundEuros
    regionalCofinancingEuros
  }
`);

// The grant and who pays it: 75% the EU fund, 25% the region.
export function GrantSplit(props: { project: FragmentType<typeof grantSplitFragment> }) {
  const project = getFragmentData(grantSplitFragment, props.project);
  const { t } = useTranslation('project');
  const format = useFormat();
  const euShare = project.grantEuros > 0 ? project.euFundEuros / project.grantEuros : 0;
  const regionShare = project.grantEuros > 0 ? project.regionalCofinancingEuros / project.grantEuros : 0;
  return (
    <div className="grant-split">
      <p className="grant-split__total">
        <span className="grant-split__amount">{format.euros(project.grantEuros)}</span>
        <span className="grant-split__caption">{t('grant.total')}</span>
      </p>
      <div className="grant-split__bar" aria-hidden="true">
        <span className="grant-split__segment grant-split__segment--eu" style={{ inlineSize: `${euShare * 100}%` }} />
        <span
          className="grant-split__segment grant-split__segment--region"
          style={{ inlineSize: `${regionShare * 100}%` }}
        />
      </div>
      <dl className="grant-split__legend">
        <div>
          <dt>
            <span className="grant-split__swatch grant-split__swatch--eu" aria-hidden="true" />
            {t('grant.euFund')}
          </dt>
          <dd>{t('grant.share', { amount: format.euros(project.euFundEuros), percent: format.percent(euShare) })}</dd>
        </div>
        <div>
          <dt>
            <span className="grant-split__swatch grant-split__swatch--region" aria-hidden="true" />
            {t('grant.region')}
          </dt>
          <dd>
            {t('grant.share', {
              amount: format.euros(project.regionalCofinancingEuros),
              percent: format.percent(regionShare),
            })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
