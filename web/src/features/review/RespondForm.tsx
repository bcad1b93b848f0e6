import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { parseDate } from '@internationalized/date';
import { Button, Form, type DateValue } from 'react-aria-components';
import { graphql } from '../../gql';
import { newClientId } from '../../app/offline/clientId';
import type { ResponseDecision } from '../../gql/graphql';
import { RadioInput } from '../../app/ui/ChoiceInput';
import { DateInputField } from '../../app/ui/DateInputField';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';

export const respondToStrategyMutation = graphql(`
  mutation RespondToStrategy($input: RespondToStrategyInput!) {
    respondToStrategy(input: $input) {
      clientMutationId
      response {
        id
        strategy {
          id
          status
          response {
            id
          }
          session {
            id
            status
          }
        }
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
        strategy {
          id
          session {
            id
            status
          }
        }
        ...ResponseNote_response
      }
    }
  }
`);

export const decisions: readonly ResponseDecision[] = ['ADOPTED', 'PARTLY_ADOPTED', 'UNDER_STUDY', 'DECLINED'];
// The limits the server states in the schema's descriptions (RespondToStrategyInput).
export const REASON_MIN = 10;
export const TEXT_MAX = 5000;
export const RESPONSIBLE_MAX = 300;

export interface ExistingAnswer {
  id: string;
  decision: ResponseDecision;
  reason?: string | null;
  responsible?: string | null;
  plannedFor?: string | null;
}

const dateOrNull = (value: string | null | undefined): DateValue | null => {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
};

// The municipality's answer to one strategy: a decision, a reason (required unless adopted), the department or
// partner that carries it out and a planned date. Without `answer` it gives the first answer; with it, it changes
// that answer. A decision cannot go back to "under study": the server says so, and the form offers it only while
// the strategy is under study.
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
  const [respond, responding] = useMutation(respondToStrategyMutation);
  const [update, updating] = useMutation(updateStrategyResponseMutation);
  const { loading, error } = answer ? updating : responding;
  const [decision, setDecision] = useState<ResponseDecision | null>(answer?.decision ?? null);
  const [plannedFor, setPlannedFor] = useState<DateValue | null>(dateOrNull(answer?.plannedFor));
  const prefix = `${answer ? 'edit' : 'respond'}-${strategyId}`;
  const reasonRequired = decision !== 'ADOPTED';
  const offered =
    answer && answer.decision !== 'UNDER_STUDY' ? decisions.filter((d) => d !== 'UNDER_STUDY') : decisions;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const chosen = formText(form, 'decision') as ResponseDecision;
    const reason = formText(form, 'reason').trim() || null;
    const responsible = formText(form, 'responsible').trim() || null;
    const date = plannedFor?.toString() ?? null;
    const clientMutationId = newClientId();
    try {
      if (answer) {
        await update({
          variables: {
            input: {
              clientMutationId,
              responseId: answer.id,
              decision: chosen,
              reason,
              responsible,
              plannedFor: date,
            },
          },
        });
      } else {
        await respond({
          variables: {
            input: { clientMutationId, strategyId, decision: chosen, reason, responsible, plannedFor: date },
          },
        });
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
      <FormAlert
        error={error}
        messages={{
          INVALID_STATUS_TRANSITION: answer ? t('form.cannotGoBack') : t('form.alreadyAnswered'),
        }}
      />
      <RadioInput
        name="decision"
        label={t('form.decision')}
        isRequired
        requiredMessage={t('form.decisionRequired')}
        value={decision}
        onChange={(value) => setDecision(value as ResponseDecision)}
        choices={offered.map((d) => ({
          id: d,
          label: t(`decision.${d}`),
          description: t(`decisionDescription.${d}`),
        }))}
      />
      <TextInput
        id={`${prefix}-reason`}
        name="reason"
        label={reasonRequired ? t('form.reason') : t('form.reasonOptional')}
        description={t('form.reasonDescription', { min: REASON_MIN })}
        multiline
        // Editing starts from a button: focus goes to the reason the reviewer came to change.
        // oxlint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={!!answer}
        isRequired={reasonRequired}
        requiredMessage={t('form.reasonTooShort', { min: REASON_MIN })}
        maxLength={TEXT_MAX}
        defaultValue={answer?.reason ?? ''}
        validate={(value) =>
          (reasonRequired || value.trim()) && value.trim().length < REASON_MIN
            ? t('form.reasonTooShort', { min: REASON_MIN })
            : null
        }
      />
      <div className="form__row">
        <TextInput
          id={`${prefix}-responsible`}
          name="responsible"
          label={t('form.responsible')}
          description={t('form.responsibleDescription')}
          maxLength={RESPONSIBLE_MAX}
          defaultValue={answer?.responsible ?? ''}
        />
        <DateInputField
          name="plannedFor"
          label={t('form.plannedFor')}
          description={t('form.plannedForDescription')}
          value={plannedFor}
          onChange={setPlannedFor}
        />
      </div>
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
