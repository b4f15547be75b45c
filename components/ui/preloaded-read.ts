import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { useAfterPaint } from './use-after-paint';

// A page's first read, started as the page's script starts, before React has rendered
// anything: it then runs while React starts instead of after the page's first render. The
// page shows it until its own live query answers, which drops it for good, so that coming
// back to the page later never shows this read's older result.

interface Entry<T> {
  key: string;
  /** Undefined until read. */
  value: T | undefined;
}

export interface PreloadedRead<T> {
  /** Starts reading `key`; resolves once read (a failed read is dropped). */
  start(key: string, read: Promise<T>): Promise<void>;
  /** Forgets it: the page's live query now answers. */
  drop(): void;
  subscribe(listener: () => void): () => void;
  snapshot(): Entry<T> | undefined;
}

export function createPreloadedRead<T>(): PreloadedRead<T> {
  let current: Entry<T> | undefined;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  const drop = (): void => {
    if (current === undefined) return;
    current = undefined;
    notify();
  };
  return {
    start(key, read) {
      const entry: Entry<T> = { key, value: undefined };
      current = entry;
      notify();
      return read.then(
        (value) => {
          if (current !== entry) return;
          // A new object: the store's snapshot is compared by identity.
          current = { key, value };
          notify();
        },
        // The page's own live query then reads, and reports the failure.
        () => {
          if (current === entry) drop();
        },
      );
    },
    drop,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => current,
  };
}

/**
 * `querier`, live, shown first from `preload` when that holds a read of `key`. The live
 * query then waits until the preloaded result is painted: reading it again before that
 * frame would hold the frame. `deps` are the querier's, as for `useLiveQuery`.
 */
export function usePreloadedLiveQuery<T>(
  preload: PreloadedRead<T>,
  key: string,
  querier: () => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const entry = useSyncExternalStore(preload.subscribe, preload.snapshot);
  const preloaded = entry?.key === key ? entry : undefined;
  const painted = useAfterPaint(preloaded?.value !== undefined);
  const wait = preloaded !== undefined && !painted;
  const live = useLiveQuery(() => (wait ? undefined : querier()), [...deps, wait]);
  useEffect(() => {
    if (live !== undefined) preload.drop();
  }, [live, preload]);
  return live !== undefined ? live : preloaded?.value;
}
