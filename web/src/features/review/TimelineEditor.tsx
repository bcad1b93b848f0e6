import { newClientId } from '../../app/offline/clientId';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { ProgressStatus } from '../../gql/graphql';
import { Badge } from '../../app/ui/Badge';
import { RadioInput } from '../../app/ui/ChoiceInput';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SelectInput } from '../../app/ui/SelectInput';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { progressTones } from '../outcome/outcomeLabels';

export const timelineEditorFragment = graphql(`
  fragment TimelineEditor_strategy on Strategy {
    id
    title
    actions {
      id
      position
      what
      progress
    }
    updates {
      id
      status
      text
      link
      at
      action {
        id
      }
    }
  }
`);

export const addStrategyUpdateMutation = graphql(`
  mutation AddStrategyUpdate($input: AddStrategyUpdateInput!) {
    addStrategyUpdate(input: $input) {
      update {
        id
        strategy {
          id
          ...TimelineEditor_strategy
        }
      }
    }
  }
`);

export const removeStrategyUpdateMutation = graphql(`
  mutation RemoveStrategyUpdate($input: RemoveStrategyUpdateInput!) {
    removeStrategyUpdate(input: $input) {
      removedUpdateId
      strategy {
        id
        ...TimelineEditor_strategy
      }
    }
  }
`);

export const progressStatuses: readonly ProgressStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
// The limits the server states in the schema's descriptions (AddStrategyUpdateInput).
const TEXT_MIN = 3;
const TEXT_MAX = 1000;
const LINK_MAX = 2000;
const WHOLE = 'whole';

// The same rule as the server's: a link everyone may follow, so only http and https.
const isWebLink = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

// What became of an answered strategy: its dated updates, newest on top, and a form to post the next one, about the
// whole strategy or one of its actions. Every update, and every removal, goes into the audit log.
export function TimelineEditor(props: {
  strategy: FragmentType<typeof timelineEditorFragment>;
  level: 3 | 4;
  onPosted: (title: string) => void;
}) {
  const strategy = getFragmentData(timelineEditorFragment, props.strategy);
  const { t } = useTranslation(['review', 'outcome', 'form']);
  const format = useFormat();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [about, setAbout] = useState<string>(WHOLE);
  const [add, adding] = useMutation(addStrategyUpdateMutation);
  const [remove, removing] = useMutation(removeStrategyUpdateMutation);
  const Heading = props.level === 3 ? 'h3' : 'h4';
  const actions = strategy.actions.toSorted((a, b) => a.position - b.position);
  const whatOf = new Map(actions.map((action) => [action.id, action.what]));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding.loading) return;
    const form = new FormData(event.currentTarget);
    const link = formText(form, 'link').trim() || null;
    try {
      await add({
        variables: {
          input: {
            id: newClientId(),
            strategyId: strategy.id,
            actionId: about === WHOLE ? null : about,
            status: formText(form, 'status') as ProgressStatus,
            text: formText(form, 'text').trim(),
            link,
          },
        },
      });
    } catch {
      return;
    }
    formRef.current?.reset();
    setAbout(WHOLE);
    props.onPosted(strategy.title);
  };

  return (
    <section className="timeline-editor" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('timeline.title')}</Heading>
      {strategy.updates.length === 0 ? (
        <p className="empty-state">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {strategy.updates.map((update) => (
            <li key={update.id} className="timeline__item">
              <p className="timeline__meta">
                <time dateTime={update.at}>{format.dayOf(update.at)}</time>
                <Badge tone={progressTones[update.status]}>{t(`outcome:progress.${update.status}`)}</Badge>
              </p>
              {update.action && whatOf.has(update.action.id) && (
                <p className="timeline__about">
                  {t('outcome:aboutAction')} <bdi>{whatOf.get(update.action.id)}</bdi>
                </p>
              )}
              <p dir="auto">{update.text}</p>
              {update.link && (
                <p>
                  <a href={update.link} rel="noopener noreferrer nofollow" target="_blank">
                    <bdi>{update.link}</bdi>
                  </a>
                </p>
              )}
              <Button
                className="button button--link timeline-editor__remove"
                aria-label={t('timeline.removeLabel', { date: format.dayOf(update.at) })}
                onPress={() => {
                  if (!removing.loading && window.confirm(t('timeline.removeConfirm')))
                    void remove({ variables: { input: { updateId: update.id } } }).catch(() => undefined);
                }}
              >
                {t('timeline.remove')}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <FormAlert error={removing.error} />
      <Form
        ref={formRef}
        className="form timeline-editor__form"
        aria-label={t('timeline.addLabel', { title: strategy.title })}
        onSubmit={(event) => void submit(event)}
        validationErrors={fieldProblems(adding.error)}
      >
        <FormAlert error={adding.error} />
        <RadioInput
          name="status"
          label={t('timeline.status')}
          isRequired
          requiredMessage={t('timeline.statusRequired')}
          orientation="horizontal"
          choices={progressStatuses.map((status) => ({ id: status, label: t(`outcome:progress.${status}`) }))}
        />
        {actions.length > 0 && (
          <SelectInput
            label={t('timeline.about')}
            selectedKey={about}
            onSelectionChange={(key) => setAbout(String(key))}
            items={[
              { id: WHOLE, label: t('timeline.wholeStrategy') },
              ...actions.map((action) => ({ id: action.id, label: action.what })),
            ]}
          />
        )}
        <TextInput
          name="text"
          label={t('timeline.text')}
          description={t('timeline.textDescription')}
          multiline
          isRequired
          requiredMessage={t('timeline.textTooShort', { min: TEXT_MIN })}
          maxLength={TEXT_MAX}
          validate={(value) => (value.trim().length < TEXT_MIN ? t('timeline.textTooShort', { min: TEXT_MIN }) : null)}
        />
        <TextInput
          name="link"
          type="url"
          label={t('timeline.link')}
          description={t('timeline.linkDescription')}
          maxLength={LINK_MAX}
          validate={(value) => (value.trim() && !isWebLink(value.trim()) ? t('timeline.linkInvalid') : null)}
        />
        <div className="form__actions">
          <SubmitButton pending={adding.loading}>{t('timeline.add')}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
