import type { ReactNode } from 'react';
import type { PhaseKind } from '../../gql/graphql';

// Small line icons that go with a word, never instead of it: screen readers skip them.
function Icon({ children, className }: { children: ReactNode; className?: string | undefined }) {
  return (
    <svg
      className={className ?? 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const phasePaths: Record<PhaseKind, ReactNode> = {
  // a smiling face
  WELCOME: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01" />
    </>
  ),
  // a speech bubble with an exclamation mark
  CHALLENGES: (
    <>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M12 8v3.5M12 13.5h.01" />
    </>
  ),
  // three cards put together
  CLUSTERING: (
    <>
      <rect x="3" y="3" width="8" height="8" rx="1.5" />
      <rect x="13" y="3" width="8" height="8" rx="1.5" />
      <rect x="8" y="13" width="8" height="8" rx="1.5" />
    </>
  ),
  // a light bulb
  IDEAS: (
    <>
      <path d="M9 18h6M10 21h4" />
      <path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z" />
    </>
  ),
  // sticker dots
  VOTING: (
    <>
      <circle cx="7" cy="8" r="3" fill="currentColor" />
      <circle cx="17" cy="8" r="3" fill="currentColor" />
      <circle cx="12" cy="17" r="3" fill="currentColor" />
    </>
  ),
  // a checklist
  STRATEGIES: (
    <>
      <path d="M4 6l1.5 1.5L8 5M4 12l1.5 1.5L8 11M4 18l1.5 1.5L8 17" />
      <path d="M11 6h9M11 12h9M11 18h9" />
    </>
  ),
  // a star
  EVALUATION: <path d="M12 3l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z" />,
  // a screen on a stand
  INPUT: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
    </>
  ),
  // three people around a table
  SMALL_GROUPS: (
    <>
      <circle cx="12" cy="12" r="3.5" />
      <circle cx="12" cy="4" r="1.8" />
      <circle cx="5" cy="17" r="1.8" />
      <circle cx="19" cy="17" r="1.8" />
    </>
  ),
  // a cup
  BREAK: (
    <>
      <path d="M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z" />
      <path d="M16 10h1.5a2.5 2.5 0 0 1 0 5H16M9 3v3M12 3v3" />
    </>
  ),
  // a clipboard with ticked lines
  QUESTIONNAIRE: (
    <>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 3h6v3H9zM8.5 11l1.5 1.5 2.5-2.5M8.5 16.5l1.5 1.5 2.5-2.5M15 11.5h1M15 17h1" />
    </>
  ),
  // a circle of dots
  FREE: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 8v4l2.5 2.5" />
    </>
  ),
};

export const PhaseIcon = ({ kind, className }: { kind: PhaseKind; className?: string }) => (
  <Icon className={className}>{phasePaths[kind]}</Icon>
);

export const SendIcon = () => (
  <Icon>
    <path d="M4 12l16-8-6 16-2.5-6.5z" />
  </Icon>
);

export const IdeaIcon = () => <PhaseIcon kind="IDEAS" />;

export const DotIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="6" fill="currentColor" />
  </Icon>
);

export const CloudOffIcon = () => (
  <Icon>
    <path d="M3 3l18 18" />
    <path d="M17.5 17.5H7a4.5 4.5 0 0 1-1.2-8.8M9.5 6.3A6 6 0 0 1 18 10.5a3.5 3.5 0 0 1 2.4 5.8" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Icon>
);

export const GlobeIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
  </Icon>
);
