import { useCallback, useLayoutEffect, useRef } from 'react';

// The smallest the board's type gets: at 1080p a note is then about 15 px high, still read from the back of a hall.
const SMALLEST_FIT = 0.6;
// Halvings between the smallest and the full size: within 1% of the largest type that fits.
const STEPS = 6;

// Shrinks a box's type (the custom property --fit, a factor of its font size, which the CSS applies) until all it
// holds fits its height, so that a full board stays on the projector's screen instead of running off its bottom edge.
// Measured again when `content` changes (an event brings a new note: not at every tick of the clock beside it), when
// the box or the screen around it changes size (a projector going full screen) and once the fonts are in. Only where
// the box clips what overflows (the projector's wide layout): on a narrow screen the page scrolls and the type stays
// as it is. A board that does not fit even at the smallest type is marked `data-cut`, which the CSS shows as a fade
// at its bottom edge.
export function useFitToBox(content: unknown): (box: HTMLElement | null) => (() => void) | undefined {
  const current = useRef<HTMLElement | null>(null);
  const fitted = useRef<unknown>(undefined);
  useLayoutEffect(() => {
    if (!current.current || fitted.current === content) return;
    fitted.current = content;
    fit(current.current);
  });
  return useCallback((box: HTMLElement | null) => {
    current.current = box;
    if (!box) return undefined;
    let stopped = false;
    void document.fonts?.ready.then(() => {
      if (!stopped) fit(box);
    });
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => fit(box));
    observer.observe(box);
    if (box.parentElement) observer.observe(box.parentElement);
    return () => {
      stopped = true;
      observer.disconnect();
      current.current = null;
    };
  }, []);
}

function fit(box: HTMLElement): void {
  const size = (factor: number) => box.style.setProperty('--fit', String(factor));
  const fits = () => box.scrollHeight <= box.clientHeight + 1;
  size(1);
  box.removeAttribute('data-cut');
  if (getComputedStyle(box).overflowY !== 'hidden' || fits()) return;
  size(SMALLEST_FIT);
  if (!fits()) {
    box.setAttribute('data-cut', '');
    return;
  }
  let low = SMALLEST_FIT;
  let high = 1;
  for (let step = 0; step < STEPS; step++) {
    const middle = (low + high) / 2;
    size(middle);
    if (fits()) low = middle;
    else high = middle;
  }
  size(low);
}
