import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import './SessionFacts.css';

export const sessionFactsFragment = graphql(`
  fragment SessionFacts_session on Session {
    startsAt
    durationMinutes
    location
    languages
    capacity
    attendanceCount
  }
`);

// When and where, in which languages, and how many people fit or came.
export function SessionFacts(props: { session: FragmentType<typeof sessionFactsFragment> }) {
  const session = getFragmentData(sessionFactsFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  return (
    <dl className="session-facts">
      <div>
        <dt>{t('facts.date')}</dt>
        <dd>
          <time dateTime={session.startsAt}>{format.weekdayDate(session.startsAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('facts.time')}</dt>
        <dd>{format.timeRange(session.startsAt, session.durationMinutes)}</dd>
      </div>
      <div>
        <dt>{t('facts.place')}</dt>
        <dd>
          <bdi>{session.location}</bdi>
        </dd>
      </div>
      <div>
        <dt>{t('facts.languages')}</dt>
        <dd>
          <ul className="session-facts__languages">
            {session.languages.map((tag) => (
              <li key={tag}>{format.languageName(tag)}</li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('facts.participants')}</dt>
        <dd>
          {t('capacity.attended', {
            count: session.attendanceCount,
            formatted: format.number(session.attendanceCount),
            capacity: format.number(session.capacity),
          })}
        </dd>
      </div>
    </dl>
  );
}
