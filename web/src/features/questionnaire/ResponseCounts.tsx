import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import './ResponseCounts.css';

export const responseCountsFragment = graphql(`
  fragment ResponseCounts_session on Session {
    id
    questionnaireResponses {
      id
      wave
      itemCount
      present
      consented
      started
      completed
    }
  }
`);

// How the room is doing with each questionnaire of the agenda: counts only, never who answered what. The live
// events bring new counts as people start and finish.
export function ResponseCounts(props: { session: FragmentType<typeof responseCountsFragment> }) {
  const session = getFragmentData(responseCountsFragment, props.session);
  const { t } = useTranslation('questionnaire');
  const format = useFormat();
  const rates = session.questionnaireResponses;
  if (!rates.length) return <p className="response-counts__none">{t('responses.none')}</p>;
  return (
    <div className="response-counts">
      {rates.map((rate) => {
        const values = {
          started: format.number(rate.started),
          completed: format.number(rate.completed),
          consented: format.number(rate.consented),
          present: format.number(rate.present),
        };
        return (
          <section key={rate.id} className="response-counts__wave" aria-labelledby={`responses-${rate.id}`}>
            <h3 id={`responses-${rate.id}`} className="response-counts__title">
              {t(`wave.${rate.wave}`)}
            </h3>
            {/* The bar repeats the figures below for the eye; a screen reader reads the summary instead. */}
            <p className="visually-hidden">{t('responses.summary', values)}</p>
            <div className="response-counts__bar" aria-hidden="true">
              <span
                className="response-counts__fill response-counts__fill--started"
                style={{ inlineSize: `${share(rate.started, rate.consented)}%` }}
              />
              <span
                className="response-counts__fill response-counts__fill--completed"
                style={{ inlineSize: `${share(rate.completed, rate.consented)}%` }}
              />
            </div>
            <dl className="response-counts__figures">
              <div>
                <dt>{t('responses.started')}</dt>
                <dd>{values.started}</dd>
              </div>
              <div>
                <dt>{t('responses.completed')}</dt>
                <dd>{values.completed}</dd>
              </div>
              <div>
                <dt>{t('responses.consented')}</dt>
                <dd>{values.consented}</dd>
              </div>
              <div>
                <dt>{t('responses.present')}</dt>
                <dd>{values.present}</dd>
              </div>
            </dl>
          </section>
        );
      })}
      <p className="response-counts__private">{t('responses.private')}</p>
    </div>
  );
}

const share = (part: number, whole: number): number => (whole > 0 ? Math.min(100, (part / whole) * 100) : 0);
