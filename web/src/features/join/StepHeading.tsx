import { useEffect, useRef, type ReactNode } from 'react';

// The heading of a join screen. Arriving from another screen puts the reading point on it, so that a
// screen reader starts reading the new screen from the top (not on the first screen of a visit).
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h1 id="join-heading" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
