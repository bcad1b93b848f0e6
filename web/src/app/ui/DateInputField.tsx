import type { ReactNode } from 'react';
import { DateField, DateInput, DateSegment, Label, type DateFieldProps, type DateValue } from 'react-aria-components';
import { FieldDescription, FieldErrorMessage } from './FieldParts';

export function DateInputField<T extends DateValue>({
  label,
  description,
  requiredMessage,
  ...props
}: Omit<DateFieldProps<T>, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
}) {
  return (
    <DateField {...props} className="field">
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      <DateInput className="field__input field__input--date">
        {(segment) => <DateSegment segment={segment} className="field__segment" />}
      </DateInput>
      <FieldErrorMessage requiredMessage={requiredMessage} />
    </DateField>
  );
}
