import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';

/**
 * Runs one user action's write and keeps what went wrong as the sentence to show (a full
 * disk, a blocked database), cleared by the next write that succeeds.
 */
export function useWriteAttempt(): {
  error: string | null;
  clearError: () => void;
  attempt: (action: () => Promise<void>) => Promise<void>;
} {
  const [error, setError] = useState<string | null>(null);
  async function attempt(action: () => Promise<void>): Promise<void> {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }
  return { error, clearError: () => setError(null), attempt };
}
