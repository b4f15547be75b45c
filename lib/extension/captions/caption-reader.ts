import {
  NEW_TRACKER,
  observeCapture,
  type CaptureHealth,
  type HealthTracker,
} from '../../domain/captions/capture-health';
import {
  EMPTY_STREAM,
  flushStream,
  ingestSnapshot,
  lineInProgress,
  type CaptionBlock,
  type CaptionLine,
  type CaptionStream,
} from '../../domain/captions/caption-stream';
import {
  advanceRolling,
  EMPTY_ROLLING,
  type RollingText,
} from '../../domain/captions/rolling-text';
import { CaptionBuffer } from './caption-buffer';
import type { CaptionAdapter } from './caption-adapter';
import { elementKeys } from './element-keys';

export interface CaptionReaderOptions {
  document: Document;
  adapter: CaptionAdapter;
  now?: () => number;
  /** Mutations come in bursts while a word is spoken: read once they pause this long. */
  debounceMs?: number;
  /** How often the reader looks for the region again and judges the capture's health. */
  watchMs?: number;
}

export interface CaptionReaderEvents {
  onLines: (lines: CaptionLine[]) => void;
  /** Called when the health changes, with which link of the region's chain matched. */
  onHealth: (health: CaptureHealth, link: number | null) => void;
}

export interface CaptionReader {
  /** What a tag pressed now quotes: lines spoken between `from` and `to`, and the one in progress. */
  quote: (from: number, to: number) => { lines: CaptionLine[]; inProgress: CaptionLine | null };
  stop: () => void;
}

/** A monologue in Zoom's rolling box is cut into lines of at most this many words. */
const ROLLING_LINE_WORDS = 400;

/** Zoom's one rolling box as lines: a new line when the speaker changes or it grows too long. */
function rollingBlocks() {
  let segment = 0;
  let speaker = '';
  let rolling: RollingText = EMPTY_ROLLING;
  return (blocks: readonly CaptionBlock[]): CaptionBlock[] =>
    blocks.map((box) => {
      if ((box.speaker && box.speaker !== speaker) || rolling.words.length > ROLLING_LINE_WORDS) {
        segment += 1;
        rolling = EMPTY_ROLLING;
      }
      speaker = box.speaker || speaker;
      rolling = advanceRolling(rolling, box.text);
      return { key: `${box.key}-${segment}`, speaker, text: rolling.words.join(' ') };
    });
}

/**
 * Reads one meeting tab's captions while it lives: one MutationObserver on the caption
 * region, debounced, attached again when the region is drawn anew; a watch that judges the
 * capture's health and finishes every line when the call ends. Never writes anywhere: the
 * lines go to `onLines` and stay a few minutes in memory for quotes.
 */
export function startCaptionReader(
  { document, adapter, now = Date.now, debounceMs = 100, watchMs = 2_000 }: CaptionReaderOptions,
  events: CaptionReaderEvents,
): CaptionReader {
  const keyOf = elementKeys(adapter.platform);
  const toBlocks = adapter.rolling ? rollingBlocks() : (blocks: CaptionBlock[]) => blocks;
  const buffer = new CaptionBuffer();
  const speakers = new Set<string>();
  let stream: CaptionStream = EMPTY_STREAM;
  let region: Element | null = null;
  let link: number | null = null;
  let lastText = '';
  let changedAt: number | null = null;
  /** The region's own text at the last read that read no new caption; null after one that did. */
  let lastRaw: string | null = null;
  let unreadChanges: { since: number; latest: number } | null = null;
  let tracker: HealthTracker = NEW_TRACKER;
  let reported = '';
  let pending: ReturnType<typeof setTimeout> | undefined;

  const finish = (lines: CaptionLine[]) => {
    if (lines.length === 0) return;
    for (const line of lines) if (line.speaker) speakers.add(line.speaker);
    buffer.add(lines, now());
    events.onLines(lines);
  };
  const read = () => {
    pending = undefined;
    if (!region) return;
    const blocks = toBlocks(adapter.readBlocks(region, keyOf));
    const text = blocks.map((b) => b.text).join('\n');
    if (text !== lastText) {
      [lastText, changedAt] = [text, now()];
      [lastRaw, unreadChanges] = [null, null];
    } else {
      // The region changed and the adapter read nothing new from it: its inside may no
      // longer be what the adapter knows (see observeCapture). Its own text is only read
      // here, off the path of every caption that reads as one.
      const raw = region.textContent ?? '';
      if (lastRaw !== null && raw !== lastRaw && raw.trim() !== '')
        unreadChanges = { since: unreadChanges?.since ?? now(), latest: now() };
      lastRaw = raw;
    }
    const step = ingestSnapshot(stream, { at: now(), blocks });
    stream = step.stream;
    finish(step.finished);
  };
  const observer = new MutationObserver(() => {
    if (pending === undefined) pending = setTimeout(read, debounceMs);
  });
  const flush = () => {
    const step = flushStream(stream);
    stream = step.stream;
    finish(step.finished);
  };

  const watch = () => {
    const root = adapter.root(document);
    const inCall = root !== null && adapter.inCall(root);
    if (region && !region.isConnected) {
      // Captions switched off, or the page drew its region again: what was said is finished.
      read();
      flush();
      [region, link] = [null, null];
      observer.disconnect();
    }
    const found = root && inCall ? adapter.findRegion(root) : null;
    if (found && found.region !== region) {
      observer.disconnect();
      [region, link] = [found.region, found.link];
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      read();
    }
    if (!inCall && (stream.open.length > 0 || buffer.size > 0)) {
      flush();
      buffer.clear();
      speakers.clear();
    }
    const step = observeCapture(tracker, {
      at: now(),
      inCall,
      captionsOff: root ? adapter.captionsOff(root) : null,
      regionFound: region !== null,
      regionChangedAt: changedAt,
      unreadChanges,
      speaking: root ? adapter.speaking(root) : null,
      speakers: speakers.size,
    });
    tracker = step.tracker;
    const said = JSON.stringify([step.health, link]);
    if (said !== reported) {
      reported = said;
      events.onHealth(step.health, link);
    }
  };
  watch();
  const timer = setInterval(watch, watchMs);

  return {
    quote(from, to) {
      // Words drawn since the last read count: a tag pressed as they appear quotes them.
      if (pending !== undefined) {
        clearTimeout(pending);
        read();
      }
      return { lines: buffer.between(from, to), inProgress: lineInProgress(stream) };
    },
    stop() {
      clearInterval(timer);
      clearTimeout(pending);
      observer.disconnect();
      buffer.clear();
    },
  };
}
