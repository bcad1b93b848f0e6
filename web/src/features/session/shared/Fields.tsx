import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  type Key,
  type NumberFieldProps,
  type TextFieldProps,
} from 'react-aria-components';
import '../../../app/ui/Field.css';
import './Fields.css';

// The error under a field, in the reader's language (the browser's own words for "required" would not be).
function ErrorText() {
  const { t } = useTranslation('session');
  return (
    <FieldError className="field__error">
      {({ validationDetails, validationErrors }) =>
        validationDetails.valueMissing
          ? t('form.required')
          : validationDetails.rangeUnderflow || validationDetails.rangeOverflow
            ? t('form.outOfRange')
            : validationErrors.join(' ')
      }
    </FieldError>
  );
}

// The workshop's form fields: react-aria components with a label, an optional hint and the error
// in the reader's language, all in one look.

type TextInputProps = Omit<TextFieldProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  type?: 'text' | 'date' | 'time' | 'email' | 'search';
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  labelHidden?: boolean;
};

export function TextInput({
  label,
  description,
  type = 'text',
  multiline,
  placeholder,
  className,
  labelHidden,
  ...props
}: TextInputProps) {
  return (
    <TextField {...props} type={type} className={`field ${className ?? ''}`}>
      <Label className={labelHidden ? 'visually-hidden' : 'field__label'}>{label}</Label>
      {multiline ? (
        <TextArea className="field__input field__input--multiline" placeholder={placeholder} />
      ) : (
        <Input className="field__input" placeholder={placeholder} />
      )}
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <ErrorText />
    </TextField>
  );
}

export function NumberInput({
  label,
  description,
  className,
  labelHidden,
  ...props
}: Omit<NumberFieldProps, 'children' | 'className'> & {
  label: string;
  description?: ReactNode;
  className?: string;
  labelHidden?: boolean;
}) {
  return (
    <NumberField {...props} className={`field ${className ?? ''}`}>
      <Label className={labelHidden ? 'visually-hidden' : 'field__label'}>{label}</Label>
      <Input className="field__input field__input--number" />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <ErrorText />
    </NumberField>
  );
}

export interface Option {
  id: string;
  label: string;
  lang?: string;
}

export function SelectField({
  label,
  options,
  value,
  onChange,
  description,
  className,
  isRequired,
  name,
}: {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
  description?: ReactNode;
  className?: string;
  isRequired?: boolean;
  name?: string;
}) {
  return (
    <Select
      className={`field ${className ?? ''}`}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      isRequired={isRequired}
      name={name}
    >
      <Label className="field__label">{label}</Label>
      <Button className="field__input field__select">
        <SelectValue className="field__select-value" />
        <span aria-hidden="true" className="field__chevron">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <ErrorText />
      <Popover className="field__popover">
        <ListBox className="field__listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="field__option" textValue={option.label} lang={option.lang}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function RadioField({
  label,
  options,
  value,
  onChange,
  description,
  orientation = 'vertical',
  className,
}: {
  label: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  orientation?: 'vertical' | 'horizontal';
  className?: string;
}) {
  return (
    <RadioGroup
      className={`field ws-choices--${orientation} ${className ?? ''}`}
      value={value}
      onChange={onChange}
      orientation={orientation}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="choice-list">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="choice">
            <span className="choice__indicator choice__indicator--radio" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

export function CheckboxField({
  children,
  isSelected,
  onChange,
  isRequired,
  className,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  isRequired?: boolean;
  className?: string;
}) {
  return (
    <Checkbox
      className={`choice ${className ?? ''}`}
      isSelected={isSelected}
      onChange={onChange}
      isRequired={isRequired}
    >
      <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

export function CheckboxGroupField({
  label,
  options,
  value,
  onChange,
  description,
  isRequired,
  className,
}: {
  label: string;
  options: readonly Option[];
  value: string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  isRequired?: boolean;
  className?: string;
}) {
  return (
    <CheckboxGroup
      className={`field ws-choices--horizontal ${className ?? ''}`}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="choice-list">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="choice">
            <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
            <span lang={option.lang}>{option.label}</span>
          </Checkbox>
        ))}
      </div>
      <ErrorText />
    </CheckboxGroup>
  );
}
