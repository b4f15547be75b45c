// STUB: replaced by wt-quotes at merge
import type { QuoteLine, TranscriptLine } from '../domain/model';

/*
 * Stand-in with the agreed signatures so the caption capture builds and is tested on its own
 * branch; wt-quotes writes the real storage. Each records what it was given, for tests.
 */

export const stubWrites: {
  quotes: { callId: string; momentId: string; quote: QuoteLine[] }[];
  lines: { callId: string; lines: TranscriptLine[] }[];
  outcomes: { kind: string; accepted: boolean }[];
} = { quotes: [], lines: [], outcomes: [] };

export async function attachQuote(
  callId: string,
  momentId: string,
  quote: QuoteLine[],
): Promise<void> {
  stubWrites.quotes.push({ callId, momentId, quote });
  await Promise.resolve();
}

export async function recordCaptionLines(callId: string, lines: TranscriptLine[]): Promise<void> {
  stubWrites.lines.push({ callId, lines });
  await Promise.resolve();
}

export async function recordSuggestionOutcome(kind: string, accepted: boolean): Promise<void> {
  stubWrites.outcomes.push({ kind, accepted });
  await Promise.resolve();
}
