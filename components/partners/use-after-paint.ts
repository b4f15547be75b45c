import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: for work that should
 * follow the first paint rather than delay it (the task after the next animation frame
 * runs after that frame's paint).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
