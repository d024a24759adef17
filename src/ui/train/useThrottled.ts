import { useEffect, useRef, useState } from 'react';

/**
 * The value, updated at most once per `ms`: a fast run can finish dozens of epochs a second, and each
 * redraw of the charts is main-thread work that must never add up to a long task.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);
  useEffect(() => {
    const wait = lastShown.current + ms - performance.now();
    const show = () => {
      lastShown.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      const frame = requestAnimationFrame(show);
      return () => cancelAnimationFrame(frame);
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
