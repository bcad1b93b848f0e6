import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../../app/ui/Badge';

export const methodBadgesFragment = graphql(`
  fragment MethodBadges_method on Method {
    id
    starter
    shared
    organisationName
    ofYourOrganisation
    validations {
      id
    }
  }
`);

// Where a method comes from (the starter library, or an organisation, shared with everyone or not) and whether an
// evaluation team validated it.
export function MethodBadges(props: { method: FragmentType<typeof methodBadgesFragment> }) {
  const method = getFragmentData(methodBadgesFragment, props.method);
  const { t } = useTranslation('method');
  return (
    <p className="method-badges">
      {method.starter ? (
        <Badge tone="info">{t('badge.starter')}</Badge>
      ) : (
        <>
          {method.organisationName && (
            <span className="method-badges__maker">
              <bdi>{method.organisationName}</bdi>
            </span>
          )}
          {method.shared ? (
            <Badge tone="accent">{t('badge.shared')}</Badge>
          ) : (
            method.ofYourOrganisation && <Badge tone="neutral">{t('badge.own')}</Badge>
          )}
        </>
      )}
      {method.validations.length > 0 && (
        <Badge tone="success">{t('badge.validated', { count: method.validations.length })}</Badge>
      )}
    </p>
  );
}
