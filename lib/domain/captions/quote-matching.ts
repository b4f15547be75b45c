import type { QuoteLine, Side, TranscriptLine } from '../model';
import { MAX_LEAD_TIME_MS } from '../lead-time';
import { sideOfLine } from './line-side';

export { sideOfLine };

/**
 * How a tag finds its words among the caption lines: the window it quotes, who said them
 * (the user or the other side), and how a sentence still being spoken when the key was
 * pressed is completed once its finished form arrives. Pure: no clock, no browser.
 */

/** What the platforms call the local participant in their captions (Meet: "You"). */
const SELF_LABELS = new Set(['you', 'me']);

/** How long a quote waits for the sentence in progress to finish before keeping the partial. */
export const COMPLETION_TIMEOUT_MS = 20_000;

const normalName = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a caption's speaker is the user: the platform's "You", or the name it shows for the
 * local participant (with or without a "(You)"/"(Me)" suffix some rosters add).
 */
export function isMine(speaker: string, localName: string | null): boolean {
  const name = normalName(speaker);
  if (name === '') return false;
  if (SELF_LABELS.has(name)) return true;
  if (!localName) return false;
  const local = normalName(localName.replace(/\((?:you|me)\)\s*$/i, ''));
  return local !== '' && name === local;
}

/**
 * The side most of a quote was said by, or null when it is empty or evenly split: the moment
 * offers a switch only when its quote clearly says the other side spoke.
 */
export function sideOfQuote(quote: readonly Pick<QuoteLine, 'mine'>[]): Side | null {
  const mine = quote.filter((line) => line.mine).length;
  const theirs = quote.length - mine;
  if (mine === theirs) return null;
  return mine > theirs ? 'me' : 'them';
}

/**
 * Captions trail speech: words drawn this long after the press were being spoken at it (and
 * a line is stamped when read, which the press may precede by a debounce).
 */
export const CAPTION_DELAY_MS = 1_000;

/**
 * The time a tag quotes: from the lead time before the press to the press, as the captions
 * show it (CAPTION_DELAY_MS later). Epoch ms.
 */
export function quoteWindow(pressedAt: number, leadMs: number): { from: number; to: number } {
  const lead = Math.min(Math.max(0, Number.isFinite(leadMs) ? leadMs : 0), MAX_LEAD_TIME_MS);
  return { from: pressedAt - lead, to: pressedAt + CAPTION_DELAY_MS };
}

/**
 * Whether two readings are the same caption line, its words perhaps corrected since: the same
 * speaker, first seen at the same moment (two speakers' lines may be first seen in one read).
 */
export const sameLine = (a: TranscriptLine, b: TranscriptLine): boolean =>
  a.startedAt === b.startedAt && normalName(a.speaker) === normalName(b.speaker);

/** A caption line as a moment keeps it: who and what, no timing. */
export function toQuoteLine(line: TranscriptLine): QuoteLine {
  return { speaker: line.speaker, text: line.text, mine: line.mine };
}

/**
 * The quote of a tag: the finished lines spoken (even in part) in its window, oldest first,
 * then the sentence still in progress, unless it is one of those lines already.
 */
export function quoteOf(
  lines: readonly TranscriptLine[],
  inProgress: TranscriptLine | null,
  window: { from: number; to: number },
): QuoteLine[] {
  const inWindow = lines
    .filter((line) => line.endedAt >= window.from && line.startedAt <= window.to)
    .sort((a, b) => a.startedAt - b.startedAt);
  const partial = inProgress && !inWindow.some((line) => sameLine(line, inProgress));
  return [...inWindow, ...(partial ? [inProgress] : [])].map(toQuoteLine);
}

/** A quote written with a partial sentence, waiting for that sentence to finish. */
export interface AwaitedQuote {
  callId: string;
  momentId: string;
  /** The finished lines of the quote, before the partial one. */
  before: QuoteLine[];
  partial: TranscriptLine;
  /** Epoch ms after which the partial stays as it is. */
  giveUpAt: number;
}

export function awaitCompletion(
  callId: string,
  momentId: string,
  quote: { lines: readonly TranscriptLine[]; inProgress: TranscriptLine },
  window: { from: number; to: number },
  now: number,
): AwaitedQuote {
  return {
    callId,
    momentId,
    before: quoteOf(quote.lines, null, window),
    partial: quote.inProgress,
    giveUpAt: now + COMPLETION_TIMEOUT_MS,
  };
}

export interface CompletedQuote {
  callId: string;
  momentId: string;
  quote: QuoteLine[];
}

/**
 * Finished lines arrive: every awaited quote whose partial sentence is among them is complete
 * (its partial replaced by the finished text); the ones past their time are dropped as they
 * are (their partial quote is already written). Returns what is still awaited.
 */
export function completeQuotes(
  awaited: readonly AwaitedQuote[],
  finished: readonly TranscriptLine[],
  now: number,
): { awaited: AwaitedQuote[]; completed: CompletedQuote[] } {
  const still: AwaitedQuote[] = [];
  const completed: CompletedQuote[] = [];
  for (const entry of awaited) {
    // Past its time the partial quote stands, even should the sentence turn up later.
    if (now >= entry.giveUpAt) continue;
    const line = finished.find((candidate) => sameLine(candidate, entry.partial));
    if (line) {
      const quote = [...entry.before, toQuoteLine(line)];
      completed.push({ callId: entry.callId, momentId: entry.momentId, quote });
    } else {
      still.push(entry);
    }
  }
  return { awaited: still, completed };
}
