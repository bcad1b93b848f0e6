import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import './PartnerList.css';

export const partnerListFragment = graphql(`
  fragment PartnerList_project on Project {
    promoter {
      id
      name
      locality
    }
    partners {
      id
      role
      organisation {
        id
        name
        locality
      }
    }
  }
`);

// Who works on the project: the promoter first, then each partner with its role.
export function PartnerList(props: { project: FragmentType<typeof partnerListFragment> }) {
  const project = getFragmentData(partnerListFragment, props.project);
  const { t } = useTranslation('project');
  return (
    <ul className="partner-list">
      <li className="partner-list__item">
        <span className="partner-list__name">
          <bdi>{project.promoter.name}</bdi>
        </span>
        {project.promoter.locality && (
          <span className="partner-list__locality">
            <bdi>{project.promoter.locality}</bdi>
          </span>
        )}
        <span className="partner-list__role">{t('partners.promoter')}</span>
      </li>
      {project.partners.map((partner) => (
        <li key={partner.id} className="partner-list__item">
          <span className="partner-list__name">
            <bdi>{partner.organisation.name}</bdi>
          </span>
          {partner.organisation.locality && (
            <span className="partner-list__locality">
              <bdi>{partner.organisation.locality}</bdi>
            </span>
          )}
          <span className="partner-list__role">{t(`partnerRole.${partner.role}`)}</span>
        </li>
      ))}
    </ul>
  );
}
