import type { ReactNode } from 'react';

// A wide table on a narrow screen scrolls sideways inside this frame. Someone on a keyboard must be able to
// scroll it too, so the frame is a named region that takes focus (WCAG 2.1.1; axe's scrollable-region-focusable).
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <section className="ws-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
