/**
 * Turns what a meeting page shows as captions — snapshots of a region whose blocks are
 * rewritten while they are spoken and scroll away later — into finished lines, each once.
 *
 * A platform adapter reads the region into blocks and gives each block the identity of the
 * element it came from (`key`): Meet and Teams update a block's element in place while its
 * words are corrected, so the element is the line. A block is finished when a newer block
 * follows it, when it leaves the region, or when the stream is flushed (captions off, the
 * call ends, nothing changed for a while). Meet resets a very long monologue inside the same
 * element; a block whose text suddenly shrinks to something that does not continue it ends
 * its line there and starts another. Pure: no DOM, no clock.
 */

export interface CaptionBlock {
  /** The identity of the element the block was read from, stable while it is on screen. */
  key: string;
  speaker: string;
  text: string;
}

export interface CaptionSnapshot {
  /** Epoch ms when the region was read. */
  at: number;
  /** The region's blocks, oldest first. */
  blocks: readonly CaptionBlock[];
}

export interface CaptionLine {
  speaker: string;
  text: string;
  /** When its first words were seen, and when it was last seen changing. */
  startedAt: number;
  endedAt: number;
}

interface OpenBlock extends CaptionLine {
  key: string;
}

export interface CaptionStream {
  /** The block still being spoken, if any (every older block is finished). */
  readonly open: readonly OpenBlock[];
  /** Keys of blocks already finished: a finished block that lingers on screen is not new. */
  readonly done: ReadonlySet<string>;
  /**
   * The latest finished lines (speaker and text): a page that draws its captions again in
   * new elements (captions switched off and on) shows old lines under new keys.
   */
  readonly recent: readonly string[];
}

export const EMPTY_STREAM: CaptionStream = { open: [], done: new Set(), recent: [] };

/** Keys remembered as finished; the region shows far fewer blocks than this. */
const DONE_MEMORY = 200;
/** Finished lines remembered to drop repeats; a region shows a handful at a time. */
const RECENT_MEMORY = 20;
/** Shorter lines ("Yes.", "Okay, sure.") are said again for real too often to drop. */
const REPEAT_MIN_WORDS = 4;

export function normalizeCaption(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `next` is a rewrite of `previous` (words corrected, added) rather than a new line
 * begun in the same element: a reset drops more than half of the text and does not start
 * where the old text started.
 */
function isReset(previous: string, next: string): boolean {
  if (next.length * 2 >= previous.length) return false;
  const head = (s: string) => s.slice(0, Math.min(12, s.length)).toLowerCase();
  return head(previous) !== head(next);
}

function finish(block: OpenBlock): CaptionLine {
  return {
    speaker: block.speaker,
    text: block.text,
    startedAt: block.startedAt,
    endedAt: block.endedAt,
  };
}

function remember(done: ReadonlySet<string>, keys: readonly string[]): Set<string> {
  const all = [...done, ...keys];
  return new Set(all.slice(Math.max(0, all.length - DONE_MEMORY)));
}

const signature = (line: CaptionLine): string =>
  `${line.speaker}\u0000${line.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '')}`;

/** Drops lines just finished before (a page drawing them again); remembers the rest. */
function withoutRepeats(
  recent: readonly string[],
  lines: readonly CaptionLine[],
): { recent: string[]; lines: CaptionLine[] } {
  const memory = [...recent];
  const kept: CaptionLine[] = [];
  for (const line of lines) {
    const sig = signature(line);
    if (line.text.split(' ').length >= REPEAT_MIN_WORDS && memory.includes(sig)) continue;
    kept.push(line);
    memory.push(sig);
  }
  return { recent: memory.slice(Math.max(0, memory.length - RECENT_MEMORY)), lines: kept };
}

/** Reads one snapshot: the stream after it, and the lines it finished, oldest first. */
export function ingestSnapshot(
  stream: CaptionStream,
  snapshot: CaptionSnapshot,
): { stream: CaptionStream; finished: CaptionLine[] } {
  const finished: CaptionLine[] = [];
  const previous = new Map(stream.open.map((block) => [block.key, block]));
  const seen = snapshot.blocks
    .map((b) => ({ ...b, text: normalizeCaption(b.text), speaker: normalizeCaption(b.speaker) }))
    .filter((b) => b.text !== '' && !stream.done.has(b.key));
  const current: OpenBlock[] = [];
  for (const block of seen) {
    const before = previous.get(block.key);
    if (before && isReset(before.text, block.text)) finished.push(finish(before));
    const continues = before !== undefined && !isReset(before.text, block.text);
    current.push({
      key: block.key,
      speaker: block.speaker || before?.speaker || '',
      text: block.text,
      startedAt: continues ? before.startedAt : snapshot.at,
      endedAt: continues && before.text === block.text ? before.endedAt : snapshot.at,
    });
  }
  const onScreen = new Set(current.map((b) => b.key));
  // Blocks that left the region finished where they were last seen, before anything newer.
  const gone = stream.open.filter((b) => !onScreen.has(b.key));
  finished.unshift(...gone.map(finish));
  // Every block but the newest has a newer one after it: finished.
  const newest = current.at(-1);
  const done = current.slice(0, -1);
  finished.push(...done.map(finish));
  const { recent, lines } = withoutRepeats(stream.recent, finished);
  return {
    stream: {
      open: newest ? [newest] : [],
      done: remember(
        stream.done,
        [...gone, ...done].map((b) => b.key),
      ),
      recent,
    },
    finished: lines,
  };
}

/** Finishes every block still open: the captions went off, the call ended, or all is quiet. */
export function flushStream(stream: CaptionStream): {
  stream: CaptionStream;
  finished: CaptionLine[];
} {
  const { recent, lines } = withoutRepeats(stream.recent, stream.open.map(finish));
  return {
    stream: {
      open: [],
      done: remember(
        stream.done,
        stream.open.map((b) => b.key),
      ),
      recent,
    },
    finished: lines,
  };
}

/** The sentence being spoken: what a tag pressed now quotes beside the finished lines. */
export function lineInProgress(stream: CaptionStream): CaptionLine | null {
  const block = stream.open.at(-1);
  return block ? finish(block) : null;
}
