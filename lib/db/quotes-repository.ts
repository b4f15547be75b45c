import type { Moment, QuoteLine, TranscriptLine } from '../domain/model';
import { PREFERENCE_KEYS } from '../domain/preferences';
import { addCaptionLines } from '../domain/quotes/caption-stats';
import { cleanQuote } from '../domain/quotes/quote';
import {
  SUGGESTION_OUTCOMES_KEY,
  addSuggestionOutcome,
  readSuggestionOutcomes,
  type SuggestionOutcomes,
} from '../domain/quotes/suggestion-outcomes';
import { cleanTranscriptLines } from '../domain/quotes/transcript';
import { putMoments, storedMoments } from './call-moments';
import { appDatabase } from './app-database';
import type { ReciprocityDatabase } from './database';
import { refreshCall } from './moments-repository';
import { captionWriteTables, momentWriteTables } from './transaction-scopes';

/** The same quote as stored: both cleaned, none and empty alike. */
function sameQuote(stored: QuoteLine[] | undefined, other: QuoteLine[] | null): boolean {
  return JSON.stringify(stored ?? []) === JSON.stringify(cleanQuote(other ?? []));
}

/**
 * Sets a moment's quote, with the call's search words, in one transaction. Nothing happens
 * when the call or the moment is gone: a quote arriving after the user deleted its tag is
 * dropped. With `replacing`, only when the moment's quote is still that one (null: none yet):
 * the sentence in progress at the press, finished seconds later, must not bring back a quote
 * the user removed meanwhile, nor write over one they edited. Without it, it replaces any.
 */
export async function attachQuoteIn(
  db: ReciprocityDatabase,
  callId: string,
  momentId: string,
  quote: QuoteLine[],
  replacing?: QuoteLine[] | null,
): Promise<void> {
  const cleaned = cleanQuote(quote);
  await db.transaction('rw', momentWriteTables(db), async () => {
    const [call, moments] = await Promise.all([db.calls.get(callId), storedMoments(db, callId)]);
    const moment = moments.find((m) => m.id === momentId);
    if (!call || !moment) return;
    if (replacing !== undefined && !sameQuote(moment.quote, replacing)) return;
    const now = Date.now();
    const updated: Moment = { ...moment, updatedAt: now };
    if (cleaned.length > 0) updated.quote = cleaned;
    else delete updated.quote;
    const next = moments.map((m) => (m === moment ? updated : m));
    await putMoments(db, callId, next);
    await refreshCall(db, callId, now, next);
  });
}

/**
 * Counts finished caption lines into the call's talk and question statistics and, only when
 * the user keeps whole transcripts, appends them to the call's transcript: one transaction.
 * Nothing happens when the call is gone.
 */
export async function recordCaptionLinesIn(
  db: ReciprocityDatabase,
  callId: string,
  lines: TranscriptLine[],
): Promise<void> {
  const cleaned = cleanTranscriptLines(lines);
  if (cleaned.length === 0) return;
  await db.transaction('rw', captionWriteTables(db), async () => {
    const [call, kept] = await Promise.all([
      db.calls.get(callId),
      db.settings.get(PREFERENCE_KEYS.captionsKept),
    ]);
    if (!call) return;
    await db.calls.put({ ...call, captions: addCaptionLines(call.captions, cleaned) });
    if (kept?.value !== 'transcript') return;
    const stored = (await db.transcripts.get(callId))?.lines ?? [];
    await db.transcripts.put({ callId, lines: [...stored, ...cleaned] });
  });
}

/** The call's kept transcript, oldest line first ([] when none was kept). */
export async function transcriptOf(
  db: ReciprocityDatabase,
  callId: string,
): Promise<TranscriptLine[]> {
  return (await db.transcripts.get(callId))?.lines ?? [];
}

/** Counts a suggestion the user accepted or let go, per suggested kind (kept in settings). */
export async function recordSuggestionOutcomeIn(
  db: ReciprocityDatabase,
  kind: string,
  accepted: boolean,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(SUGGESTION_OUTCOMES_KEY))?.value;
    await db.settings.put({
      key: SUGGESTION_OUTCOMES_KEY,
      value: addSuggestionOutcome(readSuggestionOutcomes(stored), kind, accepted),
    });
  });
}

/** Accepted and ignored suggestions per kind, as Settings shows them. */
export async function suggestionOutcomes(db: ReciprocityDatabase): Promise<SuggestionOutcomes> {
  return readSuggestionOutcomes((await db.settings.get(SUGGESTION_OUTCOMES_KEY))?.value);
}

/*
 * The caption reader's writes, with the signatures it was built against: the extension's own
 * database (lib/db/app-database.ts). The `…In` forms above take a database, for tests and
 * for callers that hold one.
 */

/** attachQuoteIn, on the extension's database. */
export function attachQuote(
  callId: string,
  momentId: string,
  quote: QuoteLine[],
  replacing?: QuoteLine[] | null,
): Promise<void> {
  return attachQuoteIn(appDatabase(), callId, momentId, quote, replacing);
}

/** recordCaptionLinesIn, on the extension's database. */
export function recordCaptionLines(callId: string, lines: TranscriptLine[]): Promise<void> {
  return recordCaptionLinesIn(appDatabase(), callId, lines);
}

/** recordSuggestionOutcomeIn, on the extension's database. */
export function recordSuggestionOutcome(kind: string, accepted: boolean): Promise<void> {
  return recordSuggestionOutcomeIn(appDatabase(), kind, accepted);
}
