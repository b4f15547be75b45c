import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { saveLateTag } from '../../lib/db/late-tags';
import { forgetUnsavedTag, type UnsavedTag } from '../../lib/extension/unsaved-tags';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';

/** Saving kept tags into their calls, or discarding them; what went wrong, in words. */
export function useUnsavedTagActions() {
  const db = useDatabase();
  const resolveTag = useStore((s) => s.resolveTag);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function saveAll(list: readonly UnsavedTag[]): Promise<void> {
    setBusy(true);
    setProblem(null);
    const failures: string[] = [];
    for (const tag of list) {
      try {
        await saveLateTag(db, tag);
      } catch (e) {
        failures.push(await explainWriteError(e));
        continue;
      }
      // Saved: whatever happens to the kept copy now, the tag is not lost.
      resolveTag(tag.id);
      await forgetUnsavedTag(tag.id).catch((e: unknown) =>
        console.error('Reciprocity Coach: could not forget a saved tag', e),
      );
    }
    if (failures.length > 0) {
      setProblem(
        `${failures.length === 1 ? 'One tag is' : `${failures.length} tags are`} still not saved. ${failures[0] ?? ''}`,
      );
    }
    setBusy(false);
  }

  async function discardAll(list: readonly UnsavedTag[]): Promise<void> {
    setProblem(null);
    try {
      await Promise.all(
        list.map(async (t) => {
          await forgetUnsavedTag(t.id);
          resolveTag(t.id);
        }),
      );
    } catch (e) {
      setProblem(`Could not discard them: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return { busy, problem, saveAll, discardAll };
}
