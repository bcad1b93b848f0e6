import type { ReactNode } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type SelectProps,
} from 'react-aria-components';
import { FieldDescription, FieldErrorMessage, type Choice } from './FieldParts';

export function SelectInput({
  label,
  description,
  requiredMessage,
  items,
  ...props
}: Omit<SelectProps<Choice>, 'children' | 'className' | 'items'> & {
  label: string;
  description?: ReactNode;
  requiredMessage?: string;
  items: readonly Choice[];
}) {
  return (
    <Select {...props} className="field">
      <Label className="field__label">{label}</Label>
      <FieldDescription>{description}</FieldDescription>
      <Button className="field__input field__select">
        <SelectValue className="field__select-value" />
        <span className="field__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <FieldErrorMessage requiredMessage={requiredMessage} />
      <Popover className="field__popover">
        <ListBox className="field__listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className="field__option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
