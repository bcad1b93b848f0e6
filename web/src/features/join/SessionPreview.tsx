import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import './SessionPreview.css';

export interface Preview {
  title: string;
  startsAt: string;
  languages: readonly string[];
  live: boolean;
}

// What someone sees of a session before joining it: its name, when, in which languages, and
// whether it is open now. Nothing about the place or who is there.
export function SessionPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation('join');
  const format = useFormat();
  return (
    <section className="session-preview" aria-labelledby="session-preview-title">
      <h2 className="session-preview__title" id="session-preview-title">
        <bdi>{preview.title}</bdi>
      </h2>
      <Badge tone={preview.live ? 'success' : 'neutral'}>
        {preview.live ? t('preview.live') : t('preview.notLive')}
      </Badge>
      <dl className="session-preview__facts">
        <div>
          <dt>{t('preview.when')}</dt>
          <dd>{format.dateTime(preview.startsAt)}</dd>
        </div>
        {preview.languages.length > 0 && (
          <div>
            <dt>{t('preview.languages')}</dt>
            <dd>{format.list(preview.languages.map((tag) => format.languageName(tag)))}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
