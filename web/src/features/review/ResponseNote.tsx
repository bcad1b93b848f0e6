import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge, type BadgeTone } from '../../app/ui/Badge';
import type { ResponseDecision } from '../../gql/graphql';
import './ResponseNote.css';

export const responseNoteFragment = graphql(`
  fragment ResponseNote_response on MunicipalityResponse {
    id
    decision
    reason
    followUp
    respondedAt
  }
`);

export const decisionTones: Record<ResponseDecision, BadgeTone> = {
  ADOPTED: 'success',
  PARTLY_ADOPTED: 'info',
  UNDER_STUDY: 'warning',
  DECLINED: 'danger',
};

// The municipality's answer to a strategy: always a decision with its reason.
// `level` is the heading level, one below the strategy's own heading.
export function ResponseNote(props: { response: FragmentType<typeof responseNoteFragment>; level?: 4 | 5 }) {
  const response = getFragmentData(responseNoteFragment, props.response);
  const { t } = useTranslation('review');
  const format = useFormat();
  const Heading = props.level === 5 ? 'h5' : 'h4';
  return (
    <section className="response-note" aria-labelledby={`response-${response.id}`}>
      <div className="response-note__heading">
        <Heading id={`response-${response.id}`}>{t('title')}</Heading>
        <Badge tone={decisionTones[response.decision]}>{t(`decision.${response.decision}`)}</Badge>
      </div>
      <dl className="response-note__body">
        <dt>{t('reason')}</dt>
        <dd dir="auto">{response.reason}</dd>
        {response.followUp && (
          <>
            <dt>{t('followUp')}</dt>
            <dd dir="auto">{response.followUp}</dd>
          </>
        )}
      </dl>
      <p className="response-note__date">{t('respondedOn', { date: format.dayOf(response.respondedAt) })}</p>
    </section>
  );
}
