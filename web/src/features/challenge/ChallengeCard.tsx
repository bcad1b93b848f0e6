import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import { IdeaList } from '../idea/IdeaList';
import { ContributionText } from './ContributionText';
import './ChallengeCard.css';

export const challengeCardFragment = graphql(`
  fragment ChallengeCard_challenge on Challenge {
    id
    text
    language
    status
    translations {
      language
      text
    }
    dotCount
    author {
      id
      pseudonym
    }
    ...IdeaList_challenge
  }
`);

// One challenge on the board: what was raised, by whom, the dots it got and the ideas that answer it.
export function ChallengeCard(props: { challenge: FragmentType<typeof challengeCardFragment> }) {
  const challenge = getFragmentData(challengeCardFragment, props.challenge);
  const { t } = useTranslation('challenge');
  const format = useFormat();
  return (
    <article
      className="challenge-card card"
      aria-label={t('cardLabel', { author: challenge.author?.pseudonym ?? t('anonymous') })}
    >
      <ContributionText text={challenge.text} language={challenge.language} translations={challenge.translations} />
      <footer className="challenge-card__footer">
        <p className="challenge-card__author">
          {challenge.author ? t('by', { pseudonym: challenge.author.pseudonym }) : t('anonymous')}
        </p>
        {challenge.status !== 'VISIBLE' && <Badge tone="warning">{t(`status.${challenge.status}`)}</Badge>}
        <p className="dot-count">
          <span className="dot-count__dot" aria-hidden="true" />
          {t('dots', { count: challenge.dotCount, formatted: format.number(challenge.dotCount) })}
        </p>
      </footer>
      <IdeaList challenge={challenge} />
    </article>
  );
}
