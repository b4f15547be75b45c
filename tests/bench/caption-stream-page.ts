// Bundled into a page by measure-captions.ts: the meeting tab's caption reader on a Meet-like
// caption region fed a synthetic conversation, on a simulated clock.
import {
  startCaptionReader,
  type CaptionReader,
} from '../../lib/extension/captions/caption-reader';
import { meetAdapter } from '../../lib/extension/captions/meet-adapter';

/** The reader's debounce here: its read is the only timer scheduled with this delay. */
const BENCH_DEBOUNCE_MS = 3;
/** Meet starts a new block when the speaker changes; here every 12 words. */
const WORDS_PER_LINE = 12;
/** Meet keeps a few blocks on screen and drops the oldest. */
const BLOCKS_ON_SCREEN = 6;
const VOCABULARY = 'could you send the deck after the call we can share pricing by friday'.split(
  ' ',
);

interface Session {
  reader: CaptionReader;
  clock: number;
  word: number;
  lines: number;
  samples: number[];
  current: HTMLElement | null;
}

let session: Session | null = null;
const realSetTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

function region(): HTMLElement {
  const found = document.querySelector<HTMLElement>('#captions');
  if (!found) throw new Error('no caption region');
  return found;
}

function newBlock(speaker: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'nMcdL';
  block.innerHTML =
    '<div class="KcIKyf"><span class="NWpY1d"></span></div><div jsname="tgaKEf" class="bh44bd"></div>';
  (block.querySelector('.NWpY1d') as HTMLElement).textContent = speaker;
  const captions = region();
  captions.insertBefore(block, captions.querySelector('.ui-jump'));
  const blocks = captions.querySelectorAll('.nMcdL');
  for (let i = 0; i < blocks.length - BLOCKS_ON_SCREEN; i++) blocks[i]?.remove();
  return block;
}

/** A Meet call page whose captions are on, and the reader on it. */
export function start(): void {
  document.body.innerHTML =
    '<div class="controls"><i class="google-symbols">closed_caption</i><i class="google-symbols">call_end</i></div>' +
    '<div role="region" tabindex="0" id="captions"><div class="ui-jump"></div></div>';
  // Someone has spoken: the reader finds its region at once.
  newBlock('Dana Smith').querySelector('.bh44bd')?.append('Hello');
  // Each read of the reader (the debounced handling of the mutations) is timed.
  const timed = ((handler: () => void, ms?: number) =>
    ms === BENCH_DEBOUNCE_MS
      ? realSetTimeout(() => {
          const begin = performance.now();
          handler();
          state.samples.push(performance.now() - begin);
        }, ms)
      : realSetTimeout(handler, ms)) as typeof window.setTimeout;
  window.setTimeout = timed;
  const state: Session = {
    reader: null as unknown as CaptionReader,
    clock: 1_000_000,
    word: 0,
    lines: 0,
    samples: [],
    current: null,
  };
  state.reader = startCaptionReader(
    {
      document,
      adapter: meetAdapter,
      now: () => state.clock,
      debounceMs: BENCH_DEBOUNCE_MS,
      watchMs: 1_000,
    },
    { onLines: (lines) => (state.lines += lines.length), onHealth: () => undefined },
  );
  session = state;
}

/**
 * Plays `words` more words, `perRead` of them drawn between two reads (1 at speaking pace,
 * more at a faster pace: the debounce joins them), `msPerWord` of simulated time each.
 */
export async function play(words: number, perRead: number, msPerWord: number): Promise<void> {
  const state = session;
  if (!state) throw new Error('start() first');
  for (let drawn = 0; drawn < words; drawn += perRead) {
    for (let i = 0; i < perRead; i++) {
      if (state.word % WORDS_PER_LINE === 0) {
        state.current = newBlock(state.word % (2 * WORDS_PER_LINE) === 0 ? 'Dana Smith' : 'You');
      }
      const text = state.current?.querySelector('.bh44bd');
      if (text)
        text.textContent = `${text.textContent ?? ''} ${VOCABULARY[state.word % VOCABULARY.length]}`;
      state.word += 1;
      state.clock += msPerWord;
    }
    await pause(BENCH_DEBOUNCE_MS + 1);
  }
}

/** The read times so far (ms), emptied. */
export function takeSamples(): number[] {
  const samples = session?.samples.splice(0) ?? [];
  return samples;
}

export function linesRead(): number {
  return session?.lines ?? 0;
}
