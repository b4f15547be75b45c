import { useState } from 'react';
import { explainWriteError } from '../../../lib/db/errors';
import {
  updateMoment,
  type MomentChanges,
  type MomentRef,
} from '../../../lib/db/moments-repository';
import { useDatabase } from '../../app-context/database-context';

/** Writes a follow-up change and keeps the error, if any, for the list to show. */
export function useFollowUpActions(): {
  change: (moment: MomentRef, changes: MomentChanges) => Promise<void>;
  error: string | null;
  clearError: () => void;
} {
  const db = useDatabase();
  const [error, setError] = useState<string | null>(null);
  return {
    async change(moment, changes) {
      try {
        await updateMoment(db, moment, changes);
        setError(null);
      } catch (e) {
        setError(await explainWriteError(e));
      }
    },
    error,
    clearError: () => setError(null),
  };
}
