import { useState } from 'react';
import { endCall } from '../../lib/db/calls-repository';
import { explainWriteError } from '../../lib/db/errors';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import type { Tagger } from './use-tagger';

/** End call: the note being typed is saved first, then the call ends and opens for review. */
export function useEndCall(callId: string, tagger: Tagger) {
  const db = useDatabase();
  const [ending, setEnding] = useState(false);
  async function end(): Promise<void> {
    const { openCall, setError } = useStore.getState();
    setEnding(true);
    try {
      await tagger.saveNote();
      openCall(callId);
      await endCall(db, callId);
    } catch (e) {
      setError(await explainWriteError(e));
    } finally {
      setEnding(false);
    }
  }
  return { ending, end };
}
