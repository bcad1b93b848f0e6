import { useId, type ReactNode } from 'react';

// A heading whose button shows or hides the part under it (the WAI-ARIA disclosure pattern, on a plain button):
// the button says whether it is open (`aria-expanded`) and which part it controls.
export function Disclosure(props: {
  className: string;
  headingLevel: 2 | 3 | 4;
  headingClassName: string;
  triggerClassName: string;
  triggerDescribedBy?: string;
  trigger: ReactNode;
  panelClassName: string;
  isExpanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = `h${props.headingLevel}` as const;
  return (
    <div className={props.className} data-expanded={props.isExpanded || undefined}>
      <Heading className={props.headingClassName}>
        <button
          type="button"
          className={props.triggerClassName}
          aria-expanded={props.isExpanded}
          aria-controls={`${id}-panel`}
          aria-describedby={props.triggerDescribedBy}
          onClick={() => props.onExpandedChange(!props.isExpanded)}
        >
          {props.trigger}
        </button>
      </Heading>
      <div
        id={`${id}-panel`}
        className={props.panelClassName}
        data-expanded={props.isExpanded || undefined}
        hidden={!props.isExpanded}
      >
        {props.children}
      </div>
    </div>
  );
}
