import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { graphql } from '../../gql';
import { newClientId } from '../../app/offline/clientId';
import type { ResponseDecision } from '../../gql/graphql';
import { RadioInput } from '../../app/ui/ChoiceInput';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';
import { strategiesPageQuery } from './strategiesPageQuery';

export const respondToStrategyMutation = graphql(`
  mutation RespondToStrategy($input: RespondToStrategyInput!) {
    respondToStrategy(input: $input) {
      clientMutationId
      response {
        id
        ...ResponseNote_response
      }
    }
  }
`);

export const updateStrategyResponseMutation = graphql(`
  mutation UpdateStrategyResponse($input: UpdateStrategyResponseInput!) {
    updateStrategyResponse(input: $input) {
      clientMutationId
      response {
        id
        decision
        reason
        followUp
        ...ResponseNote_response
      }
    }
  }
`);

export const decisions: readonly ResponseDecision[] = ['ADOPTED', 'PARTLY_ADOPTED', 'UNDER_STUDY', 'DECLINED'];
export const REASON_MIN = 10;
export const TEXT_MAX = 5000;

export interface ExistingAnswer {
  id: string;
  decision: ResponseDecision;
  reason: string;
  followUp?: string | null;
}

// The municipality's answer to one strategy: a decision, always with a reason, and what happens next.
// Without `answer` it gives the first answer; with it, it changes that answer.
export function RespondForm({
  strategyId,
  answer,
  onDone,
  onCancel,
}: {
  strategyId: string;
  answer?: ExistingAnswer;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['review', 'form', 'app']);
  // Answering moves the strategy from "awaiting" to "answered": the list is asked again.
  const [respond, responding] = useMutation(respondToStrategyMutation, {
    refetchQueries: [{ query: strategiesPageQuery }],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(updateStrategyResponseMutation);
  const { loading, error } = answer ? updating : responding;
  const prefix = `${answer ? 'edit' : 'respond'}-${strategyId}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const decision = formText(form, 'decision') as ResponseDecision;
    const reason = formText(form, 'reason').trim();
    const followUp = formText(form, 'followUp').trim() || null;
    const clientMutationId = newClientId();
    try {
      if (answer) {
        await update({ variables: { input: { clientMutationId, responseId: answer.id, decision, reason, followUp } } });
      } else {
        await respond({ variables: { input: { clientMutationId, strategyId, decision, reason, followUp } } });
      }
    } catch {
      return;
    }
    onDone();
  };

  return (
    <Form
      className="form respond-form"
      aria-label={answer ? t('form.editLabel') : t('form.label')}
      onSubmit={(event) => void submit(event)}
      validationErrors={fieldProblems(error)}
    >
      <FormAlert error={error} messages={{ INVALID_STATUS_TRANSITION: t('form.alreadyAnswered') }} />
      <RadioInput
        name="decision"
        label={t('form.decision')}
        isRequired
        requiredMessage={t('form.decisionRequired')}
        defaultValue={answer?.decision ?? null}
        choices={decisions.map((decision) => ({
          id: decision,
          label: t(`decision.${decision}`),
          description: t(`decisionDescription.${decision}`),
        }))}
      />
      <TextInput
        id={`${prefix}-reason`}
        name="reason"
        label={t('form.reason')}
        description={t('form.reasonDescription', { min: REASON_MIN })}
        multiline
        // Editing starts from a button: focus goes to the reason the reviewer came to change.
        // oxlint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={!!answer}
        isRequired
        requiredMessage={t('form.reasonTooShort', { min: REASON_MIN })}
        maxLength={TEXT_MAX}
        defaultValue={answer?.reason ?? ''}
        validate={(value) => (value.trim().length < REASON_MIN ? t('form.reasonTooShort', { min: REASON_MIN }) : null)}
      />
      <TextInput
        id={`${prefix}-follow-up`}
        name="followUp"
        label={t('form.followUp')}
        description={t('form.followUpDescription')}
        multiline
        maxLength={TEXT_MAX}
        defaultValue={answer?.followUp ?? ''}
      />
      <div className="form__actions">
        <SubmitButton pending={loading}>{answer ? t('form.save') : t('form.send')}</SubmitButton>
        {onCancel && (
          <Button className="button button--secondary" onPress={onCancel}>
            {t('form:cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
