import { useRef } from 'react';

/**
 * The last defined value: while a live query re-runs for new filters it briefly
 * returns undefined, and the list should keep showing the old results meanwhile.
 */
export function useSettledValue<T>(value: T | undefined): T | undefined {
  const last = useRef(value);
  if (value !== undefined) last.current = value;
  return last.current;
}
