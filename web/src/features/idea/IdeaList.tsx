import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { ContributionText } from '../challenge/ContributionText';
import './IdeaList.css';

export const ideaListFragment = graphql(`
  fragment IdeaList_challenge on Challenge {
    id
    ideas {
      totalCount
      edges {
        node {
          id
          text
          language
          translations {
            language
            text
          }
          dotCount
        }
      }
    }
  }
`);

// The proposals that answer one challenge.
export function IdeaList(props: { challenge: FragmentType<typeof ideaListFragment> }) {
  const challenge = getFragmentData(ideaListFragment, props.challenge);
  const { t } = useTranslation('idea');
  const format = useFormat();
  const ideas = challenge.ideas.edges.map((edge) => edge.node);
  if (ideas.length === 0) return null;
  const headingId = `ideas-${challenge.id}`;
  return (
    <section className="idea-list" aria-labelledby={headingId}>
      <h4 className="idea-list__title" id={headingId}>
        {t('title', { count: challenge.ideas.totalCount, formatted: format.number(challenge.ideas.totalCount) })}
      </h4>
      <ul className="idea-list__items">
        {ideas.map((idea) => (
          <li key={idea.id} className="idea-list__item">
            <ContributionText text={idea.text} language={idea.language} translations={idea.translations} size="small" />
            <p className="dot-count dot-count--small">
              <span className="dot-count__dot" aria-hidden="true" />
              {t('dots', { count: idea.dotCount, formatted: format.number(idea.dotCount) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
