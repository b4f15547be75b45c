import { browser } from 'wxt/browser';
import type { LateTag } from '../db/late-tags';

/**
 * A tag whose database write failed (a full disk, a blocked database), kept in the
 * extension's own storage until it is saved or the user discards it: closing the panel,
 * or a shortcut pressed with no panel open, never drops it.
 */
export interface UnsavedTag extends LateTag {
  /** Why it was not saved, in words. */
  error: string;
}

// One storage key per tag: two failures at once never overwrite each other.
const PREFIX = 'unsaved-tag:';

function isUnsavedTag(value: unknown): value is UnsavedTag {
  if (typeof value !== 'object' || value === null) return false;
  const tag = value as Record<string, unknown>;
  return (
    typeof tag.id === 'string' &&
    (tag.side === 'them' || tag.side === 'me') &&
    typeof tag.kind === 'string' &&
    typeof tag.pressedAt === 'number' &&
    typeof tag.error === 'string'
  );
}

export async function keepUnsavedTag(tag: UnsavedTag): Promise<void> {
  await browser.storage.local.set({ [PREFIX + tag.id]: tag });
}

export async function forgetUnsavedTag(id: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + id);
}

/** Every tag still waiting, oldest first. */
export async function unsavedTags(): Promise<UnsavedTag[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && isUnsavedTag(value))
    .map(([, value]) => value as UnsavedTag)
    .sort((a, b) => a.pressedAt - b.pressedAt);
}

/** Calls `onChange` whenever a tag is kept or forgotten, in any part of the extension. */
export function watchUnsavedTags(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
