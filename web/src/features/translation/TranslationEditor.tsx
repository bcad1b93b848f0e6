import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { newClientId } from '../../app/offline/clientId';
import { Badge } from '../../app/ui/Badge';
import { FieldDescription, FieldErrorMessage } from '../../app/ui/FieldParts';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { fieldProblems } from '../../app/ui/errors';
import { formText } from '../../app/ui/formData';
import { useFormat } from '../../app/useFormat';
import {
  approveTranslationMutation,
  draftMachineTranslationsMutation,
  translateTextMutation,
} from './translationQueries';
import { directionOf } from './textDirection';

// The server's limit (TranslateTextInput.text).
const TRANSLATION_MAX = 5000;

export const translationEditorFragment = graphql(`
  fragment TranslationEditor_task on TranslationTask {
    id
    session {
      id
      title
    }
    text {
      id
      field
      recordId
      language
      original
      translations {
        language
        text
        machineDraft
      }
    }
  }
`);

export type EditorOutcome = 'saved' | 'approved';

// One text opened side by side: the original in its language and direction, and the translation field in the
// target's. A machine draft is shown as one until a person approves or corrects it; the server never lets a
// machine draft replace a person's translation.
export function TranslationEditor(props: {
  task: FragmentType<typeof translationEditorFragment>;
  target: string;
  position: number;
  total: number;
  machineAvailable: boolean;
  focusOnOpen: boolean;
  onDone: (outcome: EditorOutcome) => void;
  onSkip: (() => void) | undefined;
  onDrafted: () => void;
}) {
  const task = getFragmentData(translationEditorFragment, props.task);
  const { t } = useTranslation(['translation', 'form']);
  const format = useFormat();
  const headingId = useId();
  const [translate, translating] = useMutation(translateTextMutation);
  const [approve, approving] = useMutation(approveTranslationMutation);
  const [draft, drafting] = useMutation(draftMachineTranslationsMutation);
  const [error, setError] = useState<unknown>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const busy = translating.loading || approving.loading || drafting.loading;
  const existing = task.text.translations.find((translation) => translation.language === props.target);
  const machineDraft = existing?.machineDraft ? existing : undefined;
  const { field: kind, recordId, language: originalLanguage } = task.text;
  const sourceName = format.languageName(originalLanguage);
  const targetName = format.languageName(props.target);

  // The page opens each text afresh (its key): after a save or a choice from the queue, typing starts at once.
  useEffect(() => {
    if (props.focusOnOpen) field.current?.focus();
  }, [props.focusOnOpen]);

  const run = async (action: () => Promise<unknown>, outcome?: EditorOutcome) => {
    // One at a time: a second press while the first is on its way does nothing.
    if (busy) return;
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
      return;
    }
    if (outcome) props.onDone(outcome);
    else props.onDrafted();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'text').trim();
    void run(
      () =>
        translate({
          variables: {
            input: { clientMutationId: newClientId(), field: kind, recordId, language: props.target, text },
          },
        }),
      'saved',
    );
  };

  return (
    <section className="translation-editor card" aria-labelledby={headingId}>
      <header className="translation-editor__header">
        <h2 id={headingId}>{t(`field.${kind}`)}</h2>
        <p className="translation-editor__meta">
          {t('editor.position', {
            position: format.number(props.position),
            total: format.number(props.total),
          })}
          {task.session && (
            <>
              <span aria-hidden="true"> · </span>
              {t('item.session', { title: task.session.title })}
            </>
          )}
        </p>
      </header>
      <Form
        className="translation-editor__pair"
        aria-label={t('editor.label')}
        onSubmit={submit}
        validationErrors={fieldProblems(error)}
      >
        <figure className="translation-editor__original">
          <figcaption className="field__label">{t('editor.original', { language: sourceName })}</figcaption>
          <blockquote lang={originalLanguage} dir={directionOf(originalLanguage)}>
            {task.text.original}
          </blockquote>
        </figure>
        <div className="translation-editor__translation">
          <TextField
            // A new text or a new draft starts the field afresh.
            key={`${task.id}:${props.target}:${existing?.text ?? ''}`}
            name="text"
            className="field"
            isRequired
            maxLength={TRANSLATION_MAX}
            defaultValue={existing?.text ?? ''}
          >
            <Label className="field__label">
              {t('editor.translation', { language: targetName })}
              {machineDraft && <Badge tone="warning">{t('editor.machineDraft')}</Badge>}
            </Label>
            <FieldDescription>{machineDraft ? t('editor.machineDraftNote') : t('editor.description')}</FieldDescription>
            <TextArea
              ref={field}
              className="field__input field__input--multiline translation-editor__input"
              lang={props.target}
              dir={directionOf(props.target)}
              rows={6}
            />
            <FieldErrorMessage requiredMessage={t('editor.required')} />
          </TextField>
          <FormAlert error={error} />
          <div className="form__actions">
            {machineDraft ? (
              <>
                <SubmitButton
                  type="button"
                  pending={approving.loading}
                  onPress={() =>
                    void run(
                      () =>
                        approve({
                          variables: {
                            input: { clientMutationId: newClientId(), field: kind, recordId, language: props.target },
                          },
                        }),
                      'approved',
                    )
                  }
                >
                  {t('editor.approve')}
                </SubmitButton>
                <SubmitButton className="button button--secondary" pending={translating.loading}>
                  {t('editor.correct')}
                </SubmitButton>
              </>
            ) : (
              <SubmitButton pending={translating.loading}>{t('editor.save')}</SubmitButton>
            )}
            {props.machineAvailable && !existing && (
              <SubmitButton
                type="button"
                className="button button--secondary"
                pending={drafting.loading}
                onPress={() =>
                  void run(() =>
                    draft({
                      variables: {
                        input: { clientMutationId: newClientId(), field: kind, recordId, languages: [props.target] },
                      },
                    }),
                  )
                }
              >
                {t('editor.askMachine')}
              </SubmitButton>
            )}
            {props.onSkip && (
              <Button className="button button--secondary" onPress={props.onSkip} isDisabled={busy}>
                {t('editor.skip')}
              </Button>
            )}
          </div>
        </div>
      </Form>
    </section>
  );
}
