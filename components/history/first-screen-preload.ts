import { useSyncExternalStore } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { historyFirstScreen, type HistoryFirstScreen } from '../../lib/db/history-query';
import type { HistoryFilters } from '../../lib/domain/history-filters';

// The history's first screen, read as the page's script starts, before React has rendered
// anything: its read then runs while React starts instead of after its first render. The
// page shows it until its own live query answers, which then drops it for good, so that
// coming back to the history later never shows this read's older rows.

interface Preload {
  key: string;
  value: HistoryFirstScreen | undefined;
}

let current: Preload | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts reading the first screen of the history `filters` ask for; resolves once done. */
export function preloadHistoryFirstScreen(
  db: ReciprocityDatabase,
  filters: HistoryFilters,
  rows: number,
): Promise<void> {
  const entry: Preload = { key: JSON.stringify(filters), value: undefined };
  current = entry;
  notify();
  return historyFirstScreen(db, filters, rows).then(
    (value) => {
      if (current !== entry) return;
      // A new object: the store's snapshot is compared by identity.
      current = { ...entry, value };
      notify();
    },
    // The page's own live query then reads, and reports the failure.
    () => {
      if (current === entry) dropPreloadedFirstScreen();
    },
  );
}

export interface PreloadedFirstScreen {
  /** Whether a preload for these filters is under way or read (and not yet dropped). */
  pending: boolean;
  value: HistoryFirstScreen | undefined;
}

const NONE: PreloadedFirstScreen = { pending: false, value: undefined };

/** The preload of the first screen for filters `key`, if there is one. */
export function usePreloadedFirstScreen(key: string): PreloadedFirstScreen {
  const entry = useSyncExternalStore(subscribe, () => current);
  return entry?.key === key ? { pending: true, value: entry.value } : NONE;
}

/** Forgets the preload: the page's live query now answers. */
export function dropPreloadedFirstScreen(): void {
  if (current === undefined) return;
  current = undefined;
  notify();
}
