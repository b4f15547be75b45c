// STUB: replaced by wt-quotes at merge
import type { QuoteLine, TranscriptLine } from '../domain/model';
import { appDatabase } from './app-database';

/*
 * Stand-in with the agreed signatures so the caption capture builds and is tested on its own
 * branch; wt-quotes writes the real storage. attachQuote puts the quote on the moment (so the
 * end-to-end test can find it); the rest only records what it was given.
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
  const db = appDatabase();
  await db.transaction('rw', db.callMoments, async () => {
    const row = await db.callMoments.get(callId);
    if (!row) return;
    const moments = row.moments.map((m) => (m.id === momentId ? { ...m, quote } : m));
    await db.callMoments.put({ ...row, moments });
  });
}

export async function recordCaptionLines(callId: string, lines: TranscriptLine[]): Promise<void> {
  stubWrites.lines.push({ callId, lines });
  await Promise.resolve();
}

export async function recordSuggestionOutcome(kind: string, accepted: boolean): Promise<void> {
  stubWrites.outcomes.push({ kind, accepted });
  await Promise.resolve();
}
