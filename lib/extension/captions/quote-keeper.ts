import {
  awaitCompletion,
  completeQuotes,
  COMPLETION_TIMEOUT_MS,
  quoteOf,
  quoteWindow,
  sameLine,
  type AwaitedQuote,
} from '../../domain/captions/quote-matching';
import type { QuoteLine, TranscriptLine } from '../../domain/model';
import type { CaptionQuoteReply } from './caption-messages';

export interface QuoteKeeperDeps {
  /** Whether "Quotes from captions" is on: a tab still reading after it went off is ignored. */
  enabled: () => Promise<boolean>;
  /** The live call's id, or null: lines are only kept while a call is live. */
  liveCallId: () => Promise<string | null>;
  leadTimeMs: () => Promise<number>;
  /** Asks the meeting tab for the lines of a window; null when no meeting tab answers. */
  askQuote: (from: number, to: number) => Promise<CaptionQuoteReply | null>;
  /** Writes the quote only while the moment's is still `replacing` (null: none). */
  attachQuote: (
    callId: string,
    momentId: string,
    quote: QuoteLine[],
    replacing: QuoteLine[] | null,
  ) => Promise<void>;
  recordCaptionLines: (callId: string, lines: TranscriptLine[]) => Promise<void>;
  now: () => number;
  onError: (what: string, error: unknown) => void;
}

export interface TagToQuote {
  callId: string;
  momentId: string;
  pressedAt: number;
  /** Tagged with its quote already (an accepted suggestion): written as it is. */
  quote?: QuoteLine[];
}

export interface QuoteKeeper {
  /** Finished caption lines from the meeting tab. */
  onLines: (lines: TranscriptLine[]) => Promise<void>;
  /** A tag committed (panel or shortcut): its quote is fetched and written, never awaited by it. */
  onTagged: (tag: TagToQuote) => Promise<void>;
}

/**
 * The background's part of quotes: stores the finished lines of the live call, and gives each
 * tag the words of its window. A tag pressed mid-sentence is quoted at once with the partial
 * sentence and again when the sentence finishes (for up to COMPLETION_TIMEOUT_MS). Writes go
 * one after another, so a completed quote never lands before the partial one it replaces; each
 * says which quote it replaces, so that none undoes what the user did to the quote meanwhile.
 */
export function createQuoteKeeper(deps: QuoteKeeperDeps): QuoteKeeper {
  let awaited: AwaitedQuote[] = [];
  // Lines finished lately: one may arrive before the quote that waits for it is set up.
  let recent: TranscriptLine[] = [];
  let writes = Promise.resolve();
  const write = (what: string, run: () => Promise<void>): Promise<void> => {
    writes = writes.then(run).catch((error: unknown) => deps.onError(what, error));
    return writes;
  };
  // The partial quote written for each moment whose sentence is awaited.
  const partials = new Map<string, QuoteLine[]>();
  const attach = (
    callId: string,
    momentId: string,
    quote: QuoteLine[],
    replacing: QuoteLine[] | null,
  ) => write('quote', () => deps.attachQuote(callId, momentId, quote, replacing));

  function complete(lines: readonly TranscriptLine[]): Promise<void>[] {
    const step = completeQuotes(awaited, lines, deps.now());
    awaited = step.awaited;
    const writes = step.completed.map((done) =>
      attach(done.callId, done.momentId, done.quote, partials.get(done.momentId) ?? null),
    );
    // Completed or given up on: either way no longer awaited.
    for (const id of partials.keys())
      if (!awaited.some((a) => a.momentId === id)) partials.delete(id);
    return writes;
  }

  return {
    async onLines(lines) {
      if (lines.length === 0 || !(await deps.enabled())) return;
      const now = deps.now();
      recent = [...recent, ...lines].filter((l) => now - l.endedAt < COMPLETION_TIMEOUT_MS);
      const callId = await deps.liveCallId();
      const stored = callId
        ? write('caption lines', () => deps.recordCaptionLines(callId, lines))
        : Promise.resolve();
      await Promise.all([stored, ...complete(lines)]);
    },
    async onTagged({ callId, momentId, pressedAt, quote: given }) {
      if (!(await deps.enabled())) return;
      if (given && given.length > 0) return attach(callId, momentId, given, null);
      const window = quoteWindow(pressedAt, await deps.leadTimeMs());
      const reply = await deps.askQuote(window.from, window.to);
      if (!reply) return;
      const quote = quoteOf(reply.lines, reply.inProgress, window);
      if (quote.length === 0) return;
      const partial = reply.inProgress;
      const writing = attach(callId, momentId, quote, null);
      if (partial && !reply.lines.some((l) => sameLine(l, partial))) {
        partials.set(momentId, quote);
        const lines = reply.lines.filter(
          (l) => l.endedAt >= window.from && l.startedAt <= window.to,
        );
        awaited = [
          ...awaited,
          awaitCompletion(callId, momentId, { lines, inProgress: partial }, window, deps.now()),
        ];
        await Promise.all([writing, ...complete(recent)]);
        return;
      }
      await writing;
    },
  };
}
