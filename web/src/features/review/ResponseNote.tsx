import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import { decisionTones } from '../outcome/outcomeLabels';
import './ResponseNote.css';

export const responseNoteFragment = graphql(`
  fragment ResponseNote_response on MunicipalityResponse {
    id
    decision
    reason
    responsible
    plannedFor
    respondedAt
    decidedAt
  }
`);

// The municipality's answer to a strategy: a decision with its reason, who carries it out and by when.
// `level` is the heading level, one below the strategy's own heading.
export function ResponseNote(props: { response: FragmentType<typeof responseNoteFragment>; level?: 3 | 4 | 5 }) {
  const response = getFragmentData(responseNoteFragment, props.response);
  const { t } = useTranslation('review');
  const format = useFormat();
  const Heading = props.level === 5 ? 'h5' : props.level === 3 ? 'h3' : 'h4';
  return (
    <section className="response-note" aria-labelledby={`response-${response.id}`}>
      <div className="response-note__heading">
        <Heading id={`response-${response.id}`}>{t('title')}</Heading>
        <Badge tone={decisionTones[response.decision]}>{t(`decision.${response.decision}`)}</Badge>
      </div>
      <dl className="response-note__body">
        {response.reason && (
          <>
            <dt>{t('reason')}</dt>
            <dd dir="auto">{response.reason}</dd>
          </>
        )}
        {response.responsible && (
          <>
            <dt>{t('responsible')}</dt>
            <dd>
              <bdi>{response.responsible}</bdi>
            </dd>
          </>
        )}
        {response.plannedFor && (
          <>
            <dt>{t('plannedFor')}</dt>
            <dd>{format.date(response.plannedFor)}</dd>
          </>
        )}
      </dl>
      <p className="response-note__date">
        {t('respondedOn', { date: format.dayOf(response.respondedAt) })}
        {response.decidedAt && response.decidedAt !== response.respondedAt && (
          <> · {t('decidedOn', { date: format.dayOf(response.decidedAt) })}</>
        )}
      </p>
    </section>
  );
}
