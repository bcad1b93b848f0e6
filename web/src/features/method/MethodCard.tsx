import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { MethodBadges } from './MethodBadges';

export const methodCardFragment = graphql(`
  fragment MethodCard_method on Method {
    id
    kind
    durationMinutes
    languagesUsed
    texts {
      id
      language
    }
    text(language: $language) {
      id
      language
      name
      purpose
    }
    ...MethodBadges_method
  }
`);

// One method of the library: its name (the link to it), what it is for, its kind and how long it takes.
export function MethodCard(props: { method: FragmentType<typeof methodCardFragment> }) {
  const method = getFragmentData(methodCardFragment, props.method);
  const { t } = useTranslation(['method', 'session']);
  const format = useFormat();
  const titleId = `method-${method.id}`;
  return (
    <article className="method-card card" aria-labelledby={titleId}>
      <h2 className="method-card__title" id={titleId} lang={method.text.language}>
        {/* The link covers the whole card (see the CSS), so the card is one target. */}
        <Link className="method-card__link" href={`/methods/${method.id}`}>
          <bdi>{method.text.name}</bdi>
        </Link>
      </h2>
      <MethodBadges method={method} />
      <p className="method-card__purpose" lang={method.text.language} dir="auto">
        {method.text.purpose}
      </p>
      <dl className="method-card__facts">
        <div>
          <dt>{t('method:fact.kind')}</dt>
          <dd>{t(`session:phaseKind.${method.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('method:fact.duration')}</dt>
          <dd>
            {t('method:minutes', { count: method.durationMinutes, formatted: format.number(method.durationMinutes) })}
          </dd>
        </div>
      </dl>
    </article>
  );
}
