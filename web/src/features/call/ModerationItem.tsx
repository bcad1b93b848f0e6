import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ModerationDecision } from '../../gql/graphql';
import { newClientId } from '../../app/offline/clientId';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { formText } from '../../app/ui/formData';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { BetweenSessionsBadge } from './BetweenSessionsBadge';
import { betweenSessionsQuery } from './callQueries';

export const moderationChallengeFragment = graphql(`
  fragment ModerationItem_challenge on Challenge {
    id
    text
    originalText
    language
    status
    createdAt
    author {
      id
      pseudonym
    }
  }
`);

export const moderationIdeaFragment = graphql(`
  fragment ModerationItem_idea on Idea {
    id
    text
    originalText
    language
    status
    createdAt
    author {
      id
      pseudonym
    }
    challenge {
      id
      text
      language
    }
  }
`);

export const moderateChallengeMutation = graphql(`
  mutation ModerateChallenge($input: ModerateChallengeInput!) {
    moderateChallenge(input: $input) {
      challenge {
        id
        ...ModerationItem_challenge
      }
    }
  }
`);

export const moderateIdeaMutation = graphql(`
  mutation ModerateIdea($input: ModerateIdeaInput!) {
    moderateIdea(input: $input) {
      idea {
        id
        ...ModerationItem_idea
      }
    }
  }
`);

type Item =
  | { kind: 'challenge'; challenge: FragmentType<typeof moderationChallengeFragment> }
  | { kind: 'idea'; idea: FragmentType<typeof moderationIdeaFragment> };

// One contribution from between sessions with what a facilitator can decide about it: approve it (onto the project
// board), correct its text and approve it (the original is kept and shown), or hide it. A decision can be changed
// later: a hidden one can still be approved, an approved one hidden.
export function ModerationItem(props: Item & { projectId: string; onDecided: (message: string) => void }) {
  const { t } = useTranslation(['call', 'form']);
  const format = useFormat();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  // The Edit button is gone once the box opens: the facilitator goes on in the box.
  const editor = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (editing) editor.current?.querySelector('textarea')?.focus();
  }, [editing]);
  const refetch = {
    refetchQueries: [{ query: betweenSessionsQuery, variables: { projectId: props.projectId } }],
    awaitRefetchQueries: true,
  };
  const [moderateChallenge, challengeState] = useMutation(moderateChallengeMutation, refetch);
  const [moderateIdea, ideaState] = useMutation(moderateIdeaMutation, refetch);
  const state = props.kind === 'challenge' ? challengeState : ideaState;
  const note =
    props.kind === 'challenge'
      ? { ...getFragmentData(moderationChallengeFragment, props.challenge), challenge: null }
      : getFragmentData(moderationIdeaFragment, props.idea);

  const decide = async (decision: ModerationDecision, text?: string) => {
    if (state.loading) return;
    const input = { clientMutationId: newClientId(), decision, ...(text === undefined ? {} : { text }) };
    try {
      if (props.kind === 'challenge')
        await moderateChallenge({ variables: { input: { ...input, challengeId: note.id } } });
      else await moderateIdea({ variables: { input: { ...input, ideaId: note.id } } });
    } catch {
      return;
    }
    setEditing(false);
    props.onDecided(decision === 'APPROVE' ? t('queue.didApprove') : t('queue.didHide'));
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'text').trim();
    void decide('APPROVE', text === note.text ? undefined : text);
  };

  return (
    <article className="moderation-item" aria-labelledby={headingId}>
      <header className="moderation-item__header">
        <h3 id={headingId} className="moderation-item__kind">
          {props.kind === 'challenge' ? t('queue.challenge') : t('queue.idea')}
        </h3>
        {note.status === 'VISIBLE' && <BetweenSessionsBadge />}
      </header>
      {note.challenge && (
        <p className="moderation-item__context">
          {t('queue.ideaFor')}{' '}
          <q lang={note.challenge.language} dir="auto">
            {note.challenge.text}
          </q>
        </p>
      )}
      <p className="moderation-item__text" lang={note.language} dir="auto">
        {note.text}
      </p>
      {note.originalText && (
        <div className="moderation-item__original">
          <p className="moderation-item__original-label">{t('queue.original')}</p>
          <p lang={note.language} dir="auto">
            {note.originalText}
          </p>
        </div>
      )}
      <p className="moderation-item__meta">
        {t('queue.by', {
          name: note.author?.pseudonym ?? t('queue.anonymous'),
          date: format.dateTime(note.createdAt),
          language: format.languageName(note.language),
        })}
      </p>
      <FormAlert error={state.error} />
      {editing ? (
        <Form
          ref={editor}
          className="form moderation-item__edit"
          onSubmit={save}
          validationErrors={fieldProblems(state.error)}
        >
          <TextInput
            name="text"
            label={t('queue.textLabel')}
            description={t('queue.textHelp')}
            defaultValue={note.text}
            multiline
            isRequired
            maxLength={1000}
            validate={(value) => (value.trim() ? null : t('form:required'))}
          />
          <div className="form__actions">
            <SubmitButton pending={state.loading}>{t('queue.saveApprove')}</SubmitButton>
            <Button className="button button--secondary" onPress={() => setEditing(false)}>
              {t('queue.cancel')}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="moderation-item__actions">
          {note.status !== 'VISIBLE' && (
            <SubmitButton type="button" pending={state.loading} onPress={() => void decide('APPROVE')}>
              {note.status === 'HIDDEN' ? t('queue.approveAfterAll') : t('queue.approve')}
            </SubmitButton>
          )}
          <Button className="button button--secondary" onPress={() => setEditing(true)}>
            {t('queue.edit')}
          </Button>
          {note.status !== 'HIDDEN' && (
            <SubmitButton
              type="button"
              className="button button--secondary"
              pending={state.loading}
              onPress={() => void decide('HIDE')}
            >
              {t('queue.hide')}
            </SubmitButton>
          )}
        </div>
      )}
    </article>
  );
}
