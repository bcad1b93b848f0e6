import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { RadioInput } from '../../../app/ui/ChoiceInput';
import { LoadingState } from '../../../app/ui/QueryState';
import { useFormat } from '../../../app/useFormat';

export const newSessionTemplatesQuery = graphql(`
  query SessionNewTemplates($language: String) {
    agendaTemplates(language: $language) {
      id
      name
      description
      language
      durationMinutes
      phases {
        title
      }
    }
  }
`);

// The agenda a new session starts from: a template in the session's first language (the starter ones first, then the
// organisation's own), so that a Dutch workshop starts with Dutch titles. Without one the server uses the standard
// agenda.
export function TemplateChoice({
  language,
  value,
  onChange,
}: {
  language: string;
  value: string | null;
  onChange: (templateId: string | null) => void;
}) {
  const { t } = useTranslation('method');
  const format = useFormat();
  const { data } = useQuery(newSessionTemplatesQuery, { variables: { language } });
  const templates = data?.agendaTemplates;
  // Another language brings other templates: keep the choice when it is still there, else take the first.
  const fallback = templates?.some((template) => template.id === value) ? value : (templates?.[0]?.id ?? null);
  useEffect(() => {
    if (templates && fallback !== value) onChange(fallback);
  }, [templates, fallback, value, onChange]);

  if (!templates) return <LoadingState />;
  if (templates.length === 0) {
    return <p className="section-lead">{t('template.none', { language: format.languageName(language) })}</p>;
  }
  return (
    <div lang={language}>
      <RadioInput
        label={t('template.legend')}
        description={t('template.lead', { language: format.languageName(language) })}
        value={fallback ?? ''}
        onChange={onChange}
        choices={templates.map((template) => ({
          id: template.id,
          label: template.name,
          description: `${t('template.facts', {
            count: template.phases.length,
            minutes: format.number(template.durationMinutes),
          })} — ${template.phases.map((phase) => phase.title).join(' · ')}`,
        }))}
      />
    </div>
  );
}
