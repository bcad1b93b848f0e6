import type { ReactNode } from 'react';
import { Input, Label, TextArea, TextField, type TextFieldProps } from 'react-aria-components';
import { FieldDescription, FieldErrorMessage } from './FieldParts';

export function TextInput({
  label,
  description,
  requiredMessage,
  multiline = false,
  className,
  ...props
}: Omit<TextFieldProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
  multiline?: boolean;
  className?: string;
}) {
  return (
    <TextField {...props} className={['field', className].filter(Boolean).join(' ')}>
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      {multiline ? <TextArea className="field__input field__input--multiline" /> : <Input className="field__input" />}
      <FieldErrorMessage requiredMessage={requiredMessage} />
    </TextField>
  );
}
