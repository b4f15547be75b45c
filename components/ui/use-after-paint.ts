import { useEffect, useState } from 'react';

/**
 * False until `ready` has been true through one painted frame, then true for good. Lets a
 * large read start only once the first screen is on it: its result's processing (Dexie
 * tracks every key a live query read) would otherwise land before that frame and hold it.
 */
export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callback runs before its paint; the task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
