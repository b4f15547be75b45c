import { useEffect, useMemo, useRef, useState } from 'react';
import type { Summary } from '../../lib/domain/reciprocity';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The flag whose moments the timeline highlights, chosen from the summary card. */
export function useFlagHighlight(summary: Summary | undefined) {
  const [flagKey, setFlagKey] = useState<string | null>(null);
  // Read from the current summary, so an edit that changes or clears the flag changes or
  // clears what is highlighted with it.
  const shownFlag = summary?.flags.find((f) => `${f.side}:${f.id}` === flagKey);
  // A flag an edit took away is let go, so that it does not come back highlighted later.
  if (flagKey && summary && !shownFlag) setFlagKey(null);
  const highlighted = useMemo<ReadonlySet<string>>(
    () => new Set(shownFlag?.momentIds ?? []),
    [shownFlag],
  );
  const timelineRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!flagKey) return;
    // The evidence may be far down a long timeline: bring its first moment into view.
    timelineRef.current
      ?.querySelector('[data-highlighted]')
      ?.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [flagKey]);
  return { highlightedFlag: shownFlag ? flagKey : null, setFlagKey, highlighted, timelineRef };
}
