import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../../app/ui/Badge';
import { useFormat } from '../../app/useFormat';
import { directionOf } from './textDirection';

export const translationQueueItemFragment = graphql(`
  fragment TranslationQueueItem_task on TranslationTask {
    id
    createdAt
    session {
      id
      title
    }
    text {
      id
      field
      language
      original
      translations {
        language
        machineDraft
      }
    }
  }
`);

// One text in the queue: what kind of text, its first words in its own language and direction, and where it is from.
export function TranslationQueueItem(props: {
  task: FragmentType<typeof translationQueueItemFragment>;
  target: string;
  selected: boolean;
  onOpen: () => void;
}) {
  const task = getFragmentData(translationQueueItemFragment, props.task);
  const { t } = useTranslation('translation');
  const format = useFormat();
  const hasDraft = task.text.translations.some((tr) => tr.language === props.target && tr.machineDraft);
  return (
    <Button
      className="translation-queue__item"
      onPress={props.onOpen}
      aria-current={props.selected ? 'true' : undefined}
    >
      <span className="translation-queue__kind">
        {t(`field.${task.text.field}`)}
        {hasDraft && <Badge tone="info">{t('item.hasDraft')}</Badge>}
      </span>
      <span className="translation-queue__original" lang={task.text.language} dir={directionOf(task.text.language)}>
        {task.text.original}
      </span>
      <span className="translation-queue__meta">
        {t('item.writtenIn', { language: format.languageName(task.text.language) })}
        <span aria-hidden="true"> · </span>
        {format.dayOf(task.createdAt)}
        {task.session && (
          <>
            <span aria-hidden="true"> · </span>
            <bdi>{task.session.title}</bdi>
          </>
        )}
      </span>
    </Button>
  );
}
