import type { ReactNode } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  Label,
  Radio,
  RadioGroup,
  type CheckboxGroupProps,
  type RadioGroupProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, type Choice } from './FieldParts';

function ChoiceText({ choice }: { choice: Choice }) {
  return (
    <span className="choice__text">
      <span className="choice__label">{choice.label}</span>
      {choice.description && <span className="choice__description">{choice.description}</span>}
    </span>
  );
}

export function RadioInput({
  label,
  description,
  requiredMessage,
  choices,
  ...props
}: Omit<RadioGroupProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
  choices: readonly Choice[];
}) {
  return (
    <RadioGroup {...props} className="field">
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      <div className="choice-list">
        {choices.map((choice) => (
          <Radio key={choice.id} value={choice.id} className="choice">
            <span className="choice__indicator choice__indicator--radio" aria-hidden="true" />
            <ChoiceText choice={choice} />
          </Radio>
        ))}
      </div>
      <FieldErrorMessage requiredMessage={requiredMessage} />
    </RadioGroup>
  );
}

export function CheckboxesInput({
  label,
  description,
  requiredMessage,
  choices,
  empty,
  ...props
}: Omit<CheckboxGroupProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
  choices: readonly Choice[];
  empty?: string;
}) {
  return (
    <CheckboxGroup {...props} className="field">
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      {choices.length === 0 && empty ? (
        <p className="field__empty">{empty}</p>
      ) : (
        <div className="choice-list">
          {choices.map((choice) => (
            <Checkbox key={choice.id} value={choice.id} className="choice">
              <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
              <ChoiceText choice={choice} />
            </Checkbox>
          ))}
        </div>
      )}
      <FieldErrorMessage requiredMessage={requiredMessage} />
    </CheckboxGroup>
  );
}
