import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import './VotingRoundList.css';

export const votingRoundListFragment = graphql(`
  fragment VotingRoundList_session on Session {
    votingRounds {
      id
      title
      target
      dotsPerParticipant
      status
    }
  }
`);

// The rounds of dot voting: what people vote on and how many dots each person has.
export function VotingRoundList(props: { session: FragmentType<typeof votingRoundListFragment> }) {
  const session = getFragmentData(votingRoundListFragment, props.session);
  const { t } = useTranslation('vote');
  const format = useFormat();
  if (session.votingRounds.length === 0) return <p className="empty-state">{t('empty')}</p>;
  return (
    <ul className="voting-rounds">
      {session.votingRounds.map((round) => (
        <li key={round.id} className="voting-rounds__round card">
          <div className="voting-rounds__heading">
            <h3 className="voting-rounds__title">
              <bdi>{round.title}</bdi>
            </h3>
            <Badge tone={round.status === 'OPEN' ? 'success' : 'neutral'}>{t(`status.${round.status}`)}</Badge>
          </div>
          <p className="voting-rounds__detail">
            {t(`target.${round.target}`)}
            <span aria-hidden="true"> · </span>
            {t('budget', { count: round.dotsPerParticipant, formatted: format.number(round.dotsPerParticipant) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
