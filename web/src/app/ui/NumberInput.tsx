import type { ReactNode } from 'react';
import { Input, Label, NumberField, type NumberFieldProps } from 'react-aria-components';
import { FieldDescription, FieldErrorMessage } from './FieldParts';

// A whole number, formatted in the reader's language. `onChange` comes when the field is left;
// `onTyping` follows every key, for what should change as the number is typed.
export function NumberInput({
  label,
  description,
  requiredMessage,
  onTyping,
  ...props
}: Omit<NumberFieldProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
  onTyping?: (value: number | null) => void;
}) {
  return (
    <NumberField {...props} className="field">
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      <Input
        className="field__input field__input--number"
        onInput={(event) => {
          // Whole numbers only: whatever is not a digit is a group separator or a currency sign.
          const digits = event.currentTarget.value.replace(/\D/g, '');
          onTyping?.(digits ? Number(digits) : null);
        }}
      />
      <FieldErrorMessage requiredMessage={requiredMessage} />
    </NumberField>
  );
}
