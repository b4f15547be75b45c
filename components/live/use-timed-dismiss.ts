import { useEffect, useRef, useState, type FocusEvent } from 'react';

export interface TimedDismissHandlers {
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Calls `onExpire` once `ms` have passed, never while the pointer is over the element or the
 * focus is inside it (WCAG 2.2.1: someone reaching for its button must not see it vanish);
 * leaving it gives the full time again. Spread the handlers on the element that times out.
 */
export function useTimedDismiss(ms: number, onExpire: () => void): TimedDismissHandlers {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    if (hovered || focused) return undefined;
    const timer = window.setTimeout(() => expire.current(), ms);
    return () => window.clearTimeout(timer);
  }, [hovered, focused, ms]);
  return {
    onMouseEnter: () => setHovered(true),
    onMouseLeave: () => setHovered(false),
    onFocus: () => setFocused(true),
    onBlur: (event) => {
      // Moving between its own buttons keeps it focused.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
    },
  };
}
