import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { ContributionText } from '../challenge/ContributionText';
import './BoardChallenge.css';

export const boardChallengeFragment = graphql(`
  fragment BoardChallenge_challenge on Challenge {
    id
    origin {
      sessionId
      sessionTitle
      betweenSessions
    }
    text
    language
    translations {
      language
      text
    }
    dotCount
    ideas(first: 100) {
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

export interface Origin {
  sessionId?: string | null;
  sessionTitle?: string | null;
  betweenSessions: boolean;
}

// What a phase lets the participant do with a challenge or an idea: add an idea, give a dot.
export type ContributionAction = (target: { id: string; labelId: string }) => ReactNode;

function Dots({ count }: { count: number }) {
  const { t } = useTranslation('participant');
  const format = useFormat();
  return (
    <span className="dot-count dot-count--small">
      <span className="dot-count__dot" aria-hidden="true" />
      {t('board.dots', { count, formatted: format.number(count) })}
    </span>
  );
}

function Yours() {
  const { t } = useTranslation('participant');
  return <span className="board-challenge__yours">{t('board.yours')}</span>;
}

// One challenge on the participant's board, in the language it was written in and the reader's,
// with the ideas that answer it.
export function BoardChallenge(props: {
  challenge: FragmentType<typeof boardChallengeFragment>;
  isMine: (id: string) => boolean;
  // Where it was made, in words, when it was carried from another session (none when its theme says so already).
  carriedFrom?: ((origin: Origin) => string | null) | undefined;
  renderChallengeAction?: ContributionAction | undefined;
  renderIdeaAction?: ContributionAction | undefined;
}) {
  const challenge = getFragmentData(boardChallengeFragment, props.challenge);
  const { t } = useTranslation('participant');
  const format = useFormat();
  const labelId = useId();
  const ideas = challenge.ideas.edges.map((edge) => edge.node);
  const from = props.carriedFrom?.(challenge.origin);
  return (
    <article className="board-challenge" aria-labelledby={labelId}>
      <div id={labelId}>
        <ContributionText text={challenge.text} language={challenge.language} translations={challenge.translations} />
      </div>
      <p className="board-challenge__meta">
        <Dots count={challenge.dotCount} />
        {props.isMine(challenge.id) && <Yours />}
        {from && <span className="board-challenge__from">{from}</span>}
      </p>
      {props.renderChallengeAction?.({ id: challenge.id, labelId })}
      {ideas.length > 0 && (
        <section className="board-challenge__ideas" aria-labelledby={`${labelId}-ideas`}>
          <h4 className="board-challenge__ideas-title" id={`${labelId}-ideas`}>
            {t('board.ideas', {
              count: challenge.ideas.totalCount,
              formatted: format.number(challenge.ideas.totalCount),
            })}
          </h4>
          <ul className="board-challenge__idea-list">
            {ideas.map((idea) => (
              <li key={idea.id} className="board-challenge__idea">
                <div id={`${labelId}-${idea.id}`}>
                  <ContributionText
                    text={idea.text}
                    language={idea.language}
                    translations={idea.translations}
                    size="small"
                  />
                </div>
                <p className="board-challenge__meta">
                  <Dots count={idea.dotCount} />
                  {props.isMine(idea.id) && <Yours />}
                </p>
                {props.renderIdeaAction?.({ id: idea.id, labelId: `${labelId}-${idea.id}` })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
