import type { ReactNode } from 'react';
import './Badge.css';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

// A short status word with colour; the word carries the meaning, the colour only supports it.
// `wraps`: a badge that holds a title (where something came from) breaks into lines where it does not fit, instead of
// running out of its card.
export function Badge({
  tone = 'neutral',
  wraps = false,
  children,
}: {
  tone?: BadgeTone;
  wraps?: boolean;
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}${wraps ? ' badge--wraps' : ''}`}>{children}</span>;
}
