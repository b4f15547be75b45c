import { useCallback, useState } from 'react';
import type { CatalogueEditOutcome } from '../../lib/db/catalogue-edits-repository';
import { explainWriteError } from '../../lib/db/errors';
import { useTranslateMessage } from '../app-context/i18n-context';

export interface WriteStatus {
  /** What the last change did, for the polite status line. */
  done: string;
  /** Set when the change altered how kinds count, so stored tallies were recounted. */
  recounted: number;
}

export type WriteResult = { ok: true } | { ok: false; problem?: string };

/**
 * Runs catalogue writes for the tag pad section: a refused edit hands its problem back to
 * the form that asked, a failed write shows as an error banner, and a saved one updates
 * the status line (naming a recount when there was one).
 */
export function useCatalogueWrites() {
  const [status, setStatus] = useState<WriteStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tm = useTranslateMessage();

  const run = useCallback(
    async (write: () => Promise<CatalogueEditOutcome>, done: string): Promise<WriteResult> => {
      setError(null);
      try {
        const outcome = await write();
        if (!outcome.ok) return { ok: false, problem: tm(outcome.text) };
        setStatus({ done, recounted: outcome.recounted });
        return { ok: true };
      } catch (e) {
        setError(await explainWriteError(e));
        return { ok: false };
      }
    },
    [tm],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { run, status, error, dismissError };
}
