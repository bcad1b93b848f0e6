import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { BoardChallenge, type ContributionAction, type Origin } from './BoardChallenge';
import './ParticipantBoard.css';

export const participantBoardFragment = graphql(`
  fragment ParticipantBoard_session on Session {
    id
    themes(includeCarried: true) {
      id
      position
      title
      origin {
        sessionId
        sessionTitle
        betweenSessions
      }
    }
    challenges(first: 200, includeCarried: true) {
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

  // Where a theme or challenge carried from an earlier session was made, in words; null for this session's own.
  const carriedFrom = (origin: Origin) =>
    origin.betweenSessions
      ? t('board.carriedBetween')
      : origin.sessionId && origin.sessionId !== session.id
        ? t('board.carriedFrom', { title: origin.sessionTitle ?? '' })
        : null;
  // Themes carried from earlier sessions first, in the order carried; then the session's own in board order.
  const themes = [
    ...session.themes.filter((theme) => carriedFrom(theme.origin)),
    ...session.themes.filter((theme) => !carriedFrom(theme.origin)).toSorted((a, b) => a.position - b.position),
  ];
  const themeIds = new Set(themes.map((theme) => theme.id));
  const ungrouped = challenges.filter((c) => !c.theme || !themeIds.has(c.theme.id)).toReversed();

  const group = (id: string, title: string, list: typeof challenges, from: string | null = null) => (
    <section key={id} className="participant-board__group" aria-labelledby={`group-${id}`}>
      <header className="participant-board__header">
        <h3 className="participant-board__title" id={`group-${id}`}>
          <bdi>{title}</bdi>
        </h3>
        {from && <p className="participant-board__from">{from}</p>}
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
                carriedFrom={from ? undefined : carriedFrom}
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
          carriedFrom(theme.origin),
        ),
      )}
      {ungrouped.length > 0 && group('ungrouped', t('board.ungrouped'), ungrouped)}
    </div>
  );
}
