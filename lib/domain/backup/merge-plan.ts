import type { BackupSetting } from './backup-format';

export interface MergePlan<T> {
  /** Records to write: new ones and those newer than the local copy. */
  toPut: T[];
  /** Incoming records whose local copy is as new or newer: left alone. */
  skipped: number;
  added: number;
  updated: number;
}

/**
 * Merge by id, last edit wins: an incoming record is put when it is absent locally or
 * its `updatedAt` is strictly newer. Equal times keep the local copy, so importing the
 * same file twice writes nothing the second time. An id repeated in `incoming` counts
 * once, in its newest version (parseBackup already refuses such files).
 */
export function planMerge<T extends { id: string; updatedAt: number }>(
  existing: ReadonlyMap<string, { updatedAt: number }>,
  incoming: readonly T[],
): MergePlan<T> {
  const newest = new Map<string, T>();
  for (const record of incoming) {
    const seen = newest.get(record.id);
    if (!seen || record.updatedAt > seen.updatedAt) newest.set(record.id, record);
  }
  const plan: MergePlan<T> = {
    toPut: [],
    skipped: incoming.length - newest.size,
    added: 0,
    updated: 0,
  };
  for (const record of newest.values()) {
    const local = existing.get(record.id);
    if (!local) {
      plan.toPut.push(record);
      plan.added += 1;
    } else if (record.updatedAt > local.updatedAt) {
      plan.toPut.push(record);
      plan.updated += 1;
    } else {
      plan.skipped += 1;
    }
  }
  return plan;
}

/**
 * Settings rows carry no `updatedAt`, so there is no telling whether the file's choice
 * or this machine's is the newer one. The rule: a file's setting is applied only when
 * the key is not set locally. Restoring onto a fresh install brings every setting back;
 * merging into an install in use never silently changes the preferences its user has
 * chosen since. (A custom-kind list set on both sides keeps the local one: moments of a
 * kind only the file knew show their raw kind id until the user adds the kind again.)
 */
export function planSettingsMerge(
  existingKeys: ReadonlySet<string>,
  incoming: readonly BackupSetting[],
): MergePlan<BackupSetting> {
  const plan: MergePlan<BackupSetting> = { toPut: [], skipped: 0, added: 0, updated: 0 };
  const taken = new Set(existingKeys);
  for (const row of incoming) {
    if (taken.has(row.key)) {
      plan.skipped += 1;
    } else {
      taken.add(row.key);
      plan.toPut.push(row);
      plan.added += 1;
    }
  }
  return plan;
}
