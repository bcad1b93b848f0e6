import { Radio, RadioGroup } from 'react-aria-components';
import { useFormat } from '../../app/useFormat';
import './ScaleChoices.css';

export type Choice = number | 'dontKnow';

const DONT_KNOW = 'dontKnow';

export interface Scale {
  points: readonly { value: number; label: string }[];
  dontKnow: string;
}

// The answer choices of one item as one radio group: the five points of the scale, then "don't know / rather not
// say", set apart because it is not a point of the scale. Each choice is a large target with its own visible label;
// `compact` lays the points side by side (a facilitator's paper form), still labelled.
export function ScaleChoices(props: {
  labelledBy: string;
  scale: Scale;
  value: Choice | undefined;
  onChange: (value: Choice) => void;
  compact?: boolean;
}) {
  const format = useFormat();
  const { scale, compact } = props;
  return (
    <RadioGroup
      aria-labelledby={props.labelledBy}
      className={`scale-choices${compact ? ' scale-choices--compact' : ''}`}
      value={props.value === undefined ? null : String(props.value)}
      onChange={(value) => props.onChange(value === DONT_KNOW ? DONT_KNOW : Number(value))}
    >
      <div className="scale-choices__points">
        {scale.points.map((point) => (
          <Radio
            key={point.value}
            value={String(point.value)}
            className="scale-choices__choice"
            aria-label={compact ? `${format.number(point.value)} ${point.label}` : undefined}
          >
            <span className="scale-choices__mark" aria-hidden="true">
              {format.number(point.value)}
            </span>
            {!compact && <span className="scale-choices__label">{point.label}</span>}
          </Radio>
        ))}
      </div>
      <Radio
        value={DONT_KNOW}
        className="scale-choices__choice scale-choices__choice--dont-know"
        aria-label={compact ? `? ${scale.dontKnow}` : undefined}
      >
        <span className="scale-choices__mark" aria-hidden="true">
          ?
        </span>
        {!compact && <span className="scale-choices__label">{scale.dontKnow}</span>}
      </Radio>
    </RadioGroup>
  );
}
