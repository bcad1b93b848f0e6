import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { ThemeHeading } from '../theme/ThemeHeading';
import { ChallengeCard } from './ChallengeCard';
import './ChallengeBoard.css';

export const challengeBoardFragment = graphql(`
  fragment ChallengeBoard_session on Session {
    id
    themes {
      id
      position
      ...ThemeHeading_theme
    }
    challenges(first: 100) {
      totalCount
      edges {
        node {
          id
          theme {
            id
          }
          ...ChallengeCard_challenge
        }
      }
    }
  }
`);

// The workshop board: challenges clustered by theme, in board order, then those not yet grouped.
export function ChallengeBoard(props: { session: FragmentType<typeof challengeBoardFragment> }) {
  const session = getFragmentData(challengeBoardFragment, props.session);
  const { t } = useTranslation('challenge');
  const format = useFormat();
  const challenges = session.challenges.edges.map((edge) => edge.node);
  if (challenges.length === 0) return <p className="empty-state">{t('board.empty')}</p>;

  const themes = session.themes.toSorted((a, b) => a.position - b.position);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const inTheme = (themeId: string) => challenges.filter((challenge) => challenge.theme?.id === themeId);
  const ungrouped = challenges.filter((challenge) => !challenge.theme || !themeIds.has(challenge.theme.id));

  const cards = (list: typeof challenges) => (
    <ul className="challenge-board__cards">
      {list.map((challenge) => (
        <li key={challenge.id}>
          <ChallengeCard challenge={challenge} />
        </li>
      ))}
    </ul>
  );

  return (
    <div className="challenge-board">
      {session.challenges.totalCount > challenges.length && (
        <p className="challenge-board__partial">
          {t('board.partial', {
            shown: format.number(challenges.length),
            total: format.number(session.challenges.totalCount),
          })}
        </p>
      )}
      {themes.map((theme) => {
        const headingId = `theme-${theme.id}`;
        return (
          <section key={theme.id} className="challenge-board__group" aria-labelledby={headingId}>
            <ThemeHeading theme={theme} headingId={headingId} />
            {cards(inTheme(theme.id))}
          </section>
        );
      })}
      {ungrouped.length > 0 && (
        <section
          className="challenge-board__group challenge-board__group--ungrouped"
          aria-labelledby={`ungrouped-${session.id}`}
        >
          <header className="theme-heading">
            <h3 className="theme-heading__title" id={`ungrouped-${session.id}`}>
              {t('board.ungrouped')}
            </h3>
            <p className="theme-heading__meta">
              {t('board.count', { count: ungrouped.length, formatted: format.number(ungrouped.length) })}
            </p>
          </header>
          {cards(ungrouped)}
        </section>
      )}
    </div>
  );
}
