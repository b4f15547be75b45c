import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { saveLateTag } from '../../lib/db/late-tags';
import { forgetUnsavedTag, type UnsavedTag } from '../../lib/extension/unsaved-tags';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-unsaved';

/** Saving kept tags into their calls, or discarding them; what went wrong, in words. */
export function useUnsavedTagActions() {
  const db = useDatabase();
  const resolveTag = useStore((s) => s.resolveTag);
  const t = useT();
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
        t('live.unsaved.stillNot', { count: failures.length, reason: failures[0] ?? '' }).trim(),
      );
    }
    setBusy(false);
  }

  async function discardAll(list: readonly UnsavedTag[]): Promise<void> {
    setProblem(null);
    try {
      await Promise.all(
        list.map(async (tag) => {
          await forgetUnsavedTag(tag.id);
          resolveTag(tag.id);
        }),
      );
    } catch (e) {
      setProblem(
        t('live.unsaved.discardFailed', { reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  }

  return { busy, problem, saveAll, discardAll };
}
