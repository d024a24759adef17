import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: `first` at once, then `step` more per frame. A list of
 * 5,000 options is added in short steps instead of one long task that would freeze the page.
 */
export function useProgressiveCount(total: number, first = 200, step = 800): number {
  const [state, setState] = useState({ total, count: Math.min(total, first) });
  // A new list starts again from `first` (adjusting state while rendering, as React recommends).
  if (state.total !== total) setState({ total, count: Math.min(total, first) });
  const count = Math.min(state.count, total);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setState((current) => ({ ...current, count: current.count + step })));
    return () => cancelAnimationFrame(frame);
  }, [count, total, step]);
  return count;
}
