import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { SessionStatusBadge } from './SessionStatusBadge';
import './SessionListItem.css';

export const sessionListItemFragment = graphql(`
  fragment SessionListItem_session on Session {
    id
    title
    startsAt
    durationMinutes
    location
    status
    languages
    capacity
    attendanceCount
  }
`);

// One session in a project's list: when, where, in which languages, how full.
export function SessionListItem(props: { session: FragmentType<typeof sessionListItemFragment> }) {
  const session = getFragmentData(sessionListItemFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  return (
    <article className="session-item card" aria-labelledby={`session-${session.id}`}>
      <div className="session-item__date" aria-hidden="true">
        <span className="session-item__day">{format.dayOfMonth(session.startsAt)}</span>
        <span className="session-item__month">{format.monthShort(session.startsAt)}</span>
      </div>
      <div className="session-item__body">
        <h3 className="session-item__title" id={`session-${session.id}`}>
          <Link className="session-item__link" href={`/sessions/${session.id}`}>
            <bdi>{session.title}</bdi>
          </Link>
        </h3>
        <p className="session-item__when">
          <time dateTime={session.startsAt}>
            {t('when', {
              date: format.weekdayDate(session.startsAt),
              time: format.timeRange(session.startsAt, session.durationMinutes),
            })}
          </time>
        </p>
        <p className="session-item__where">
          <bdi>{session.location}</bdi>
        </p>
        <ul className="session-item__meta">
          <li>
            <SessionStatusBadge status={session.status} />
          </li>
          <li>{session.languages.map((tag) => format.languageName(tag)).join(' · ')}</li>
          <li>
            {session.status === 'SCHEDULED' || session.status === 'DRAFT'
              ? t('capacity.places', { count: session.capacity, formatted: format.number(session.capacity) })
              : t('capacity.attended', {
                  count: session.attendanceCount,
                  formatted: format.number(session.attendanceCount),
                  capacity: format.number(session.capacity),
                })}
          </li>
        </ul>
      </div>
    </article>
  );
}
