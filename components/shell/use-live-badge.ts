import { useEffect, useRef } from 'react';
import { flashBadge, showLiveCount } from '../../lib/extension/badge';

function quietly(promise: Promise<void>): void {
  // The badge is a courtesy; a failure to paint it must never disturb tagging.
  promise.catch((error: unknown) => console.warn('Badge update failed', error));
}

/** Keeps the toolbar badge on the live call's count, with a flash each time it grows. */
export function useLiveBadge(count: number | null | undefined): void {
  const previous = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (count === undefined) return;
    quietly(showLiveCount(count));
    if (count !== null && typeof previous.current === 'number' && count > previous.current) {
      quietly(flashBadge());
    }
    previous.current = count;
  }, [count]);
}
