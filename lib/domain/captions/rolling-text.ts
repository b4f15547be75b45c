/**
 * Zoom's web client shows captions in one box that keeps only the last few dozen words:
 * new words arrive at the end, old ones drop off the front, and the newest words may still
 * be corrected. This joins what the box showed over time back into the whole text, by
 * finding where the new window starts inside the previous one. Pure.
 */

export interface RollingText {
  /** Everything said since the box last started afresh. */
  words: readonly string[];
  /** The box's words when it was last read. */
  window: readonly string[];
}

export const EMPTY_ROLLING: RollingText = { words: [], window: [] };

/** Words that must match to place the new window in the old one ("the" alone proves little). */
const ANCHOR_WORDS = 3;

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Whether `previous` from `d` on and `next` from `k` on begin with the same words. */
function anchored(
  previous: readonly string[],
  d: number,
  next: readonly string[],
  k: number,
): boolean {
  const m = Math.min(ANCHOR_WORDS, previous.length - d, next.length - k);
  // Fewer words than the anchor only count when they are all that is left of the old window.
  if (m <= 0 || (m < ANCHOR_WORDS && m < previous.length - d)) return false;
  for (let i = 0; i < m; i++) if (!same(previous[d + i], next[k + i])) return false;
  return true;
}

/**
 * Where `next` starts relative to `previous`: d ≥ 0 when it starts at previous[d] (words
 * dropped off the front), d < 0 when it starts -d words before it (the box grew wider and
 * shows older words again); null when the two share no words (the box was cleared).
 */
function overlapStart(previous: readonly string[], next: readonly string[]): number | null {
  for (let d = 0; d < previous.length; d++) if (anchored(previous, d, next, 0)) return d;
  for (let k = 1; k < next.length; k++) if (anchored(previous, 0, next, k)) return -k;
  return null;
}

/** Reads the box again: the whole text so far, its newest words as the box now has them. */
export function advanceRolling(state: RollingText, boxText: string): RollingText {
  const next = words(boxText);
  if (next.length === 0) return { words: state.words, window: [] };
  const d = overlapStart(state.window, next);
  if (d === null) return { words: [...state.words, ...next], window: next };
  // The words the new window shows again (and may have corrected) are taken from it.
  const kept = Math.max(0, state.words.length - (state.window.length - d));
  return { words: [...state.words.slice(0, kept), ...next], window: next };
}
