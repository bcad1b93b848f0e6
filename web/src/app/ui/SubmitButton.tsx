import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';

// A form's submit button that shows that it is at work. Not react-aria's `isPending`: that announces
// the button by its id, and when the button is gone a moment later (the page moves on, a dialog
// closes, "show more" has nothing more) the announcement points at nothing. The form ignores a
// second submit while the first is on its way.
export function SubmitButton({
  pending,
  children,
  className = 'button',
  type = 'submit',
  onPress,
}: {
  pending: boolean;
  children: ReactNode;
  className?: string;
  type?: 'submit' | 'button';
  onPress?: () => void;
}) {
  return (
    <Button
      type={type}
      className={`${className}${pending ? ' is-pending' : ''}`}
      {...(onPress ? { onPress: () => pending || onPress() } : {})}
    >
      {children}
    </Button>
  );
}
