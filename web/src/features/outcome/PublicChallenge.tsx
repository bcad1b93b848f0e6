import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ReaderText } from './ReaderText';

export const publicChallengeFragment = graphql(`
  fragment PublicChallenge_challenge on PublicChallenge {
    id
    text
    language
    translations {
      language
      text
    }
    ideas {
      id
      text
      language
      translations {
        language
        text
      }
    }
  }
`);

// A challenge raised in a session, with the ideas that answer it; nobody's name with it.
export function PublicChallenge(props: { challenge: FragmentType<typeof publicChallengeFragment> }) {
  const challenge = getFragmentData(publicChallengeFragment, props.challenge);
  const { t } = useTranslation('outcome');
  const format = useFormat();
  return (
    <article className="public-challenge" aria-label={t('challenge')}>
      <ReaderText
        className="public-challenge__text"
        text={challenge.text}
        language={challenge.language}
        translations={challenge.translations}
      />
      {challenge.ideas.length > 0 && (
        <div className="public-challenge__ideas">
          <p className="public-challenge__ideas-title">
            {t('ideas', { count: challenge.ideas.length, formatted: format.number(challenge.ideas.length) })}
          </p>
          <ul>
            {challenge.ideas.map((idea) => (
              <li key={idea.id}>
                <ReaderText text={idea.text} language={idea.language} translations={idea.translations} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
