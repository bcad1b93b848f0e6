import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { indicatorKey, isKnownIndicator } from './indicators';

export const methodValidationsFragment = graphql(`
  fragment MethodValidations_method on Method {
    id
    validations {
      id
      note
      indicators
      validatedAt
      organisationName
      evidence {
        sessionTitle
        projectTitle
        startsAt
      }
    }
  }
`);

// The evaluators' findings that a method works: who found it, what they found, the indicators that show it and the
// sessions the evidence comes from.
export function MethodValidations(props: { method: FragmentType<typeof methodValidationsFragment> }) {
  const method = getFragmentData(methodValidationsFragment, props.method);
  const { t } = useTranslation('method');
  const format = useFormat();
  return (
    <section className="panel method-validations" aria-labelledby="method-validations">
      <h2 id="method-validations">{t('validations.title')}</h2>
      {method.validations.length === 0 ? (
        <p className="method-validations__none">{t('validations.none')}</p>
      ) : (
        <ul className="method-validations__list">
          {method.validations.map((validation) => (
            <li key={validation.id} className="method-validations__item">
              <p className="method-validations__by">
                {t('validations.by', {
                  organisation: validation.organisationName,
                  date: format.dayOf(validation.validatedAt),
                })}
              </p>
              <p dir="auto">{validation.note}</p>
              <h3 className="method-validations__heading">{t('validations.indicators')}</h3>
              <ul className="method-validations__indicators">
                {validation.indicators.map((indicator) => (
                  <li key={indicator}>{isKnownIndicator(indicator) ? t(indicatorKey(indicator)) : indicator}</li>
                ))}
              </ul>
              <h3 className="method-validations__heading">{t('validations.evidence')}</h3>
              <ul className="method-validations__evidence">
                {validation.evidence.map((session, index) => (
                  <li key={index}>
                    <bdi>{session.sessionTitle}</bdi>
                    <span className="method-validations__project">
                      <bdi>{session.projectTitle}</bdi> · {format.dayOf(session.startsAt)}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
