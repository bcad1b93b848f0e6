import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

// The participant's form controls, on the browser's own elements: a phone gets their accessibility (labels,
// arrow keys between radios, the form's own validation) without loading a widget library (react-aria stays
// with the staff screens, whose date pickers, menus and tables need it). Styled through the same classes and
// `data-selected` / `data-invalid` attributes as before, so the CSS did not have to learn new names.

// A text box with its label, a description and the message of what is wrong. The message shows once the
// form was sent with the box wrong (as react-aria's native validation does), and follows the text after that.
export function TextBox(props: {
  className: string;
  label: ReactNode;
  labelClassName: string;
  description?: ReactNode;
  descriptionClassName?: string;
  errorClassName: string;
  value: string;
  onChange: (value: string) => void;
  // The message for a wrong value, or null; a required box checks emptiness with it too.
  validate?: (value: string) => string | null;
  isRequired?: boolean;
  maxLength: number;
  multiline?: { rows: number };
  inputClassName: string;
  inputProps?: {
    dir?: string;
    lang?: string;
    autoComplete?: string;
    autoCorrect?: string;
    autoCapitalize?: string;
    spellCheck?: boolean;
    enterKeyHint?: 'go' | 'send' | 'next' | 'done';
  };
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [shown, setShown] = useState(false);
  const message = props.validate?.(props.value) ?? null;
  // The browser's validation knows the rule too: the form's submit stops at this box while it is wrong.
  useEffect(() => ref.current?.setCustomValidity(message ?? ''), [message]);
  const invalid = shown && message !== null;
  const describedBy = [props.description ? `${id}-description` : '', invalid ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const inputProps = {
    ...props.inputProps,
    id: `${id}-input`,
    ref,
    className: props.inputClassName,
    value: props.value,
    required: props.isRequired,
    maxLength: props.maxLength,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    'data-invalid': invalid || undefined,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    onInvalid: (event: { preventDefault: () => void; currentTarget: HTMLElement }) => {
      // Said on the page, in the reader's language, instead of the browser's bubble; the first wrong box takes focus.
      event.preventDefault();
      setShown(true);
      const form = event.currentTarget.closest('form');
      if (form?.querySelector(':invalid') === event.currentTarget) event.currentTarget.focus();
    },
  };
  return (
    <div className={props.className} data-invalid={invalid || undefined}>
      <label className={props.labelClassName} htmlFor={`${id}-input`}>
        {props.label}
      </label>
      {props.description && (
        <span id={`${id}-description`} className={props.descriptionClassName}>
          {props.description}
        </span>
      )}
      {props.multiline ? (
        <textarea rows={props.multiline.rows} {...inputProps} />
      ) : (
        <input type="text" {...inputProps} />
      )}
      {invalid && (
        <span id={`${id}-error`} className={props.errorClassName}>
          {message}
        </span>
      )}
    </div>
  );
}

interface RadioGroupState {
  name: string;
  value: string | null;
  onChange: (value: string) => void;
  disabled: boolean;
}

const RadioGroupContext = createContext<RadioGroupState | null>(null);

// A group of radio buttons: one name (the browser moves between them with the arrow keys), the group named by
// its label and described by its help text.
export function RadioGroup(props: {
  className: string;
  label: ReactNode;
  labelClassName: string;
  description?: ReactNode;
  descriptionClassName?: string;
  value: string | null;
  onChange: (value: string) => void;
  children: ReactNode;
  after?: ReactNode;
  isDisabled?: boolean;
}) {
  const id = useId();
  const disabled = props.isDisabled ?? false;
  return (
    <div
      role="radiogroup"
      className={props.className}
      aria-disabled={disabled || undefined}
      aria-labelledby={`${id}-label`}
      aria-describedby={props.description ? `${id}-description` : undefined}
    >
      <span id={`${id}-label`} className={props.labelClassName}>
        {props.label}
      </span>
      {props.description && (
        <span id={`${id}-description`} className={props.descriptionClassName}>
          {props.description}
        </span>
      )}
      <RadioGroupContext value={{ name: id, value: props.value, onChange: props.onChange, disabled }}>
        {props.children}
      </RadioGroupContext>
      {props.after}
    </div>
  );
}

// One choice of a RadioGroup: the whole label is the target; the input itself is hidden from sight only.
export function Radio(props: { value: string; className: string; describedBy?: string; children: ReactNode }) {
  const group = useContext(RadioGroupContext);
  if (!group) throw new Error('<Radio> belongs inside a <RadioGroup>');
  const selected = group.value === props.value;
  return (
    <label
      className={props.className}
      data-selected={selected || undefined}
      data-disabled={group.disabled || undefined}
    >
      <input
        type="radio"
        className="visually-hidden"
        name={group.name}
        value={props.value}
        checked={selected}
        disabled={group.disabled}
        aria-describedby={props.describedBy}
        onChange={() => group.onChange(props.value)}
      />
      {props.children}
    </label>
  );
}

// A checkbox whose whole label is the target.
export function Checkbox(props: {
  className: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isInvalid?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <label
      className={props.className}
      data-selected={props.isSelected || undefined}
      data-invalid={props.isInvalid || undefined}
    >
      <input
        type="checkbox"
        className="visually-hidden"
        checked={props.isSelected}
        aria-invalid={props.isInvalid || undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.children}
    </label>
  );
}
