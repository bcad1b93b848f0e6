import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { TableScroll } from '../../app/ui/TableScroll';
import { useFormat } from '../../app/useFormat';

export const reportRoomFragment = graphql(`
  fragment ReportRoom_report on SessionReport {
    phases {
      id
      position
      title
      kind
      plannedMinutes
      actualSeconds
      startedAt
      endedAt
      produced {
        themes
        challenges
        ideas
        dots
        strategies
        photos
      }
    }
    minutesHtml
    photos {
      id
      caption
      url
      width
      height
    }
  }
`);

// The room as it happened: each phase's planned and actual time (by the server's clock) and what it produced,
// the minutes and the photos of flipcharts and paper sheets.
export function ReportRoom(props: { report: FragmentType<typeof reportRoomFragment> }) {
  const report = getFragmentData(reportRoomFragment, props.report);
  const { t } = useTranslation(['report', 'session']);
  const format = useFormat();
  const minutes = (value: number) => t('room.minutes', { count: value, formatted: format.number(value) });
  // What a phase took, to the second when it was short or not a whole number of minutes: "12 min 30 s", or "8 s".
  const took = (seconds: number) => {
    const whole = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (rest === 0) return minutes(whole);
    if (whole === 0) return t('room.seconds', { seconds: format.number(rest) });
    return t('room.minutesSeconds', { minutes: format.number(whole), seconds: format.number(rest) });
  };
  return (
    <>
      <section className="report__section" aria-labelledby="report-room">
        <h2 id="report-room">{t('room.title')}</h2>
        <p className="section-lead">{t('room.lead')}</p>
        <TableScroll label={t('room.phases')}>
          <table className="ws-table report__table">
            <caption className="visually-hidden">{t('room.phases')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('room.phase')}</th>
                <th scope="col" className="ws-table__number">
                  {t('room.planned')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('room.actual')}
                </th>
                <th scope="col">{t('room.produced')}</th>
              </tr>
            </thead>
            <tbody>
              {report.phases.map((phase) => {
                const made = phase.produced;
                const parts = [
                  made.themes && t('room.themes', { count: made.themes, formatted: format.number(made.themes) }),
                  made.challenges &&
                    t('room.challenges', { count: made.challenges, formatted: format.number(made.challenges) }),
                  made.ideas && t('room.ideas', { count: made.ideas, formatted: format.number(made.ideas) }),
                  made.dots && t('room.dots', { count: made.dots, formatted: format.number(made.dots) }),
                  made.strategies &&
                    t('room.strategies', { count: made.strategies, formatted: format.number(made.strategies) }),
                  made.photos && t('room.photos', { count: made.photos, formatted: format.number(made.photos) }),
                ].filter(Boolean);
                return (
                  <tr key={phase.id}>
                    <th scope="row">
                      <bdi>{phase.title}</bdi>
                      <span className="report__phase-kind">{t(`session:phaseKind.${phase.kind}`)}</span>
                    </th>
                    <td className="ws-table__number">{minutes(phase.plannedMinutes)}</td>
                    <td className="ws-table__number">
                      {phase.actualSeconds == null ? t('room.notRun') : took(phase.actualSeconds)}
                    </td>
                    <td>{parts.length ? parts.join(', ') : t('room.nothing')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {report.minutesHtml && (
        <section className="report__section" aria-labelledby="report-minutes">
          <h2 id="report-minutes">{t('room.minutesTitle')}</h2>
          {/* Cleaned on the server (minutes.sanitise.ts): only paragraphs, headings, lists, emphasis, quotes and
              links are left. */}
          <div className="report__minutes" dir="auto" dangerouslySetInnerHTML={{ __html: report.minutesHtml }} />
        </section>
      )}

      {report.photos.length > 0 && (
        <section className="report__section" aria-labelledby="report-photos">
          <h2 id="report-photos">{t('room.photosTitle')}</h2>
          <ul className="report__photos">
            {report.photos.map((photo) => (
              <li key={photo.id}>
                <figure className="report__photo">
                  <img
                    src={photo.url}
                    alt={photo.caption || t('room.photoAlt')}
                    width={photo.width}
                    height={photo.height}
                    loading="lazy"
                  />
                  {photo.caption && (
                    <figcaption dir="auto" aria-hidden="true">
                      {photo.caption}
                    </figcaption>
                  )}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
