import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { Background, SuppressionReason } from '../../../gql/graphql';
import { useFormat } from '../../../app/useFormat';
import './DotsByGroup.css';

// A round's dots by group as the screens that show it live ask for them: their round, and the figures alone, which a
// live event brings after each dot (the cockpit's `roundFigures`).
export const dotsByGroupFragment = graphql(`
  fragment DotsByGroup_round on VotingRound {
    dotsByBackground {
      total
      withoutGroup
      byBackground {
        background
        count
        suppressed
        hiddenBecause
      }
    }
  }
`);

export interface GroupFigure {
  background: Background;
  count: number | null;
  suppressed: boolean;
  hiddenBecause: SuppressionReason | null;
}

// A voting round's dots by the background of who gave them, next to the total, as the server's disclosure module
// released them: while the round is open no group is shown, and a group too small to show stays hidden (its
// number, not a zero). Dots counted on paper without a known group are in the total only.
export function DotsByGroup(props: {
  labelId: string;
  // Said with the title when a page shows several rounds.
  roundTitle?: string;
  total: number;
  byBackground: readonly GroupFigure[];
  withoutGroup?: number;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const closedYet = !props.byBackground.some((group) => group.hiddenBecause === 'NOT_FINAL');
  return (
    <div className="dots-by-group">
      <p id={props.labelId} className="dots-by-group__title">
        {t('vote.byGroup.title')}
        {props.roundTitle && (
          <>
            {': '}
            <bdi>{props.roundTitle}</bdi>
          </>
        )}
      </p>
      <dl className="dots-by-group__list" aria-labelledby={props.labelId}>
        <div className="dots-by-group__item dots-by-group__item--total">
          <dt>{t('vote.total')}</dt>
          <dd>{format.number(props.total)}</dd>
        </div>
        {props.byBackground.map((group) => (
          <div key={group.background} className="dots-by-group__item">
            <dt>{t(`background.${group.background}`)}</dt>
            <dd className={group.count === null ? 'dots-by-group__hidden' : undefined}>
              {group.count !== null && !group.suppressed
                ? format.number(group.count)
                : group.hiddenBecause === 'NOT_FINAL'
                  ? t('vote.byGroup.afterClosing')
                  : t('vote.byGroup.hidden')}
            </dd>
          </div>
        ))}
        {props.withoutGroup ? (
          <div className="dots-by-group__item">
            <dt>{t('vote.byGroup.withoutGroup')}</dt>
            <dd>{format.number(props.withoutGroup)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="dots-by-group__note">{closedYet ? t('vote.byGroup.note') : t('vote.byGroup.whileOpen')}</p>
    </div>
  );
}
