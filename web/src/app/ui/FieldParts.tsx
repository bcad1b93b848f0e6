import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, Text } from 'react-aria-components';
import './Field.css';

// Form fields share one look: label, optional description, the control, and the error beneath it.
// The error comes from `validate` (in the reader's language) or from the form's `validationErrors`
// (the server's word for a named field). One module per kind of field, so that a page loads only
// the react-aria parts of the fields it has.
export function FieldDescription({ children }: { children?: ReactNode }) {
  return children ? (
    <Text slot="description" className="field__description">
      {children}
    </Text>
  ) : null;
}

export interface Choice {
  id: string;
  label: string;
  description?: string;
}

// The error under a field. A browser words its own checks (a required field left empty, an e-mail
// address without @) in its language, not the reader's: those are said here instead.
export function FieldErrorMessage({ requiredMessage }: { requiredMessage?: string | undefined }) {
  const { t } = useTranslation('form');
  return (
    <FieldError className="field__error">
      {({ validationErrors, validationDetails }) =>
        validationDetails.valueMissing
          ? (requiredMessage ?? t('required'))
          : validationDetails.typeMismatch
            ? t('email')
            : validationErrors.join(' ')
      }
    </FieldError>
  );
}
