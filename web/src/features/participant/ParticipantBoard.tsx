import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { BoardChallenge, type ContributionAction } from './BoardChallenge';
import './ParticipantBoard.css';

export const participantBoardFragment = graphql(`
  fragment ParticipantBoard_session on Session {
    id
    themes {
      id
      position
      title
    }
    challenges(first: 200) {
      totalCount
      edges {
        node {
          id
          createdAt
          theme {
            id
          }
          ...BoardChallenge_challenge
        }
      }
    }
  }
`);

// The board as a phone shows it: the themes in board order, then what is not grouped yet with the
// newest first (that is where a challenge just sent appears).
export function ParticipantBoard(props: {
  session: FragmentType<typeof participantBoardFragment>;
  isMine: (id: string) => boolean;
  renderChallengeAction?: ContributionAction | undefined;
  renderIdeaAction?: ContributionAction | undefined;
}) {
  const session = getFragmentData(participantBoardFragment, props.session);
  const { t } = useTranslation('participant');
  const format = useFormat();
  const challenges = session.challenges.edges.map((edge) => edge.node);
  if (challenges.length === 0) return <p className="empty-state">{t('board.empty')}</p>;

  const themes = session.themes.toSorted((a, b) => a.position - b.position);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const ungrouped = challenges.filter((c) => !c.theme || !themeIds.has(c.theme.id)).toReversed();

  const group = (id: string, title: string, list: typeof challenges) => (
    <section key={id} className="participant-board__group" aria-labelledby={`group-${id}`}>
      <header className="participant-board__header">
        <h3 className="participant-board__title" id={`group-${id}`}>
          <bdi>{title}</bdi>
        </h3>
        <p className="participant-board__count">
          {t('board.challenges', { count: list.length, formatted: format.number(list.length) })}
        </p>
      </header>
      {list.length === 0 ? (
        <p className="participant-board__empty">{t('board.groupEmpty')}</p>
      ) : (
        <ul className="participant-board__list">
          {list.map((challenge) => (
            <li key={challenge.id}>
              <BoardChallenge
                challenge={challenge}
                isMine={props.isMine}
                renderChallengeAction={props.renderChallengeAction}
                renderIdeaAction={props.renderIdeaAction}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className="participant-board">
      {themes.map((theme) =>
        group(
          theme.id,
          theme.title,
          challenges.filter((c) => c.theme?.id === theme.id),
        ),
      )}
      {ungrouped.length > 0 && group('ungrouped', t('board.ungrouped'), ungrouped)}
    </div>
  );
}
