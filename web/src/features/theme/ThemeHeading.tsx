import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import './ThemeHeading.css';

export const themeHeadingFragment = graphql(`
  fragment ThemeHeading_theme on Theme {
    id
    title
    challenges {
      id
    }
    dotCount
  }
`);

// The title of a cluster of challenges, with how many it holds and the dots they got.
export function ThemeHeading(props: { theme: FragmentType<typeof themeHeadingFragment>; headingId: string }) {
  const theme = getFragmentData(themeHeadingFragment, props.theme);
  const { t } = useTranslation('theme');
  const format = useFormat();
  const challenges = theme.challenges.length;
  return (
    <header className="theme-heading">
      <h3 className="theme-heading__title" id={props.headingId}>
        <bdi>{theme.title}</bdi>
      </h3>
      <p className="theme-heading__meta">
        {t('challenges', { count: challenges, formatted: format.number(challenges) })}
        <span aria-hidden="true"> · </span>
        {t('dots', { count: theme.dotCount, formatted: format.number(theme.dotCount) })}
      </p>
    </header>
  );
}
