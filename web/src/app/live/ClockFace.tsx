import type { CSSProperties } from 'react';
import { useFormat } from '../useFormat';
import { formatClock } from './serverClock';
import './ClockFace.css';

// A countdown as a staff screen shows it: minutes and seconds, `−` and the class's `--over` once the time box is used
// up. Its type is as large as its box allows for its length (ClockFace.css), so that a phase hours over stays inside.
export function ClockFace({ remaining, className, label }: { remaining: number; className: string; label: string }) {
  const format = useFormat();
  const text = formatClock(remaining, (v) => format.number(v));
  return (
    <p
      className={`clock-face ${className}${remaining < 0 ? ` ${className}--over` : ''}`}
      role="timer"
      aria-label={label}
      style={{ '--clock-chars': text.length } as CSSProperties}
    >
      {text}
    </p>
  );
}
