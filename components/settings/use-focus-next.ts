import { useLayoutEffect, useRef } from 'react';

/** An element to focus once the list has re-rendered, or the fallback if it is disabled. */
export interface FocusNext {
  id: string;
  fallback?: string;
}

/**
 * After a move or a closed editor, focus follows the kind: set the ref, and the element it
 * names is focused once the render for any of `deps` has landed.
 */
export function useFocusNext(deps: readonly unknown[]) {
  const focusNext = useRef<FocusNext | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    const target = document.getElementById(next.id) as HTMLButtonElement | null;
    const element =
      target && !target.disabled
        ? target
        : next.fallback
          ? document.getElementById(next.fallback)
          : null;
    if (!element) return;
    focusNext.current = null;
    if (document.activeElement !== element) element.focus();
    // The caller names what re-renders the list; the ref is read fresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return focusNext;
}
