import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * False until `ready` has been true through one painted frame, then true for good. Lets a
 * large read start only once the first screen is on it: its result's processing (Dexie
 * tracks every key a live query read) would otherwise land before that frame and hold it.
 */
export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [ready, painted]);
  return painted;
}
