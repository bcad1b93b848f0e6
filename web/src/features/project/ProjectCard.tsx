import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import './ProjectCard.css';

export const projectCardFragment = graphql(`
  fragment ProjectCard_project on Project {
    id
    title
    description
    startsOn
    endsOn
    grantEuros
    euFundEuros
    regionalCofinancingEuros
    promoter {
      id
      name
    }
  }
`);

export function ProjectCard(props: { project: FragmentType<typeof projectCardFragment> }) {
  const project = getFragmentData(projectCardFragment, props.project);
  const { t } = useTranslation('project');
  const format = useFormat();
  return (
    <article className="project-card card" aria-labelledby={`project-${project.id}`}>
      <h2 className="project-card__title" id={`project-${project.id}`}>
        {/* The link covers the whole card (see the CSS), so the card is one target. */}
        <Link className="project-card__link" href={`/projects/${project.id}`}>
          <bdi>{project.title}</bdi>
        </Link>
      </h2>
      <p className="project-card__promoter">{t('card.promotedBy', { name: project.promoter.name })}</p>
      {project.description && (
        <p className="project-card__description" dir="auto">
          {project.description}
        </p>
      )}
      <dl className="project-card__facts">
        <div>
          <dt>{t('period')}</dt>
          <dd>{format.shortDateRange(project.startsOn, project.endsOn)}</dd>
        </div>
        <div>
          <dt>{t('grant.total')}</dt>
          <dd>
            <span className="project-card__grant">{format.euros(project.grantEuros)}</span>
            <span className="project-card__split">
              {t('grant.splitShort', {
                eu: format.euros(project.euFundEuros),
                region: format.euros(project.regionalCofinancingEuros),
              })}
            </span>
          </dd>
        </div>
      </dl>
    </article>
  );
}
