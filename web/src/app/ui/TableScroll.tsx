import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A wide table on a narrow screen scrolls sideways inside this frame. Someone on a keyboard must be able to
// scroll it too, so the frame is a named region that takes focus (WCAG 2.1.1; axe's scrollable-region-focusable).
// Its name says it is the table, so that it differs from the section around it.
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('app');
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <section className="ws-table-wrap" aria-label={t('tableScroll', { name: label })} tabIndex={0}>
      {children}
    </section>
  );
}
