import type { Moment, QuoteLine, Side } from '../model';
import { sideOfLine } from './caption-stats';

/** Limits on what one quote keeps: a tag's window is seconds of speech, never pages. */
export const QUOTE_MAX_LINES = 20;
export const QUOTE_TEXT_MAX = 1_000;
export const SPEAKER_MAX = 80;

/**
 * A quote as stored: speakers and text trimmed and cut to the limits, empty lines dropped,
 * at most QUOTE_MAX_LINES (the last ones: the words nearest the press). Empty means no quote.
 */
export function cleanQuote(quote: readonly QuoteLine[]): QuoteLine[] {
  return quote
    .map((line) => ({
      speaker: line.speaker.trim().slice(0, SPEAKER_MAX),
      text: line.text.replace(/\s+/g, ' ').trim().slice(0, QUOTE_TEXT_MAX),
      mine: line.mine === true,
    }))
    .filter((line) => line.text !== '')
    .slice(-QUOTE_MAX_LINES);
}

/** "Dana: could you send the deck" — one quote line as text. */
export function quoteLineText(line: Pick<QuoteLine, 'speaker' | 'text'>): string {
  return line.speaker ? `${line.speaker}: ${line.text}` : line.text;
}

/** The quote's text, one line each, as a user edits it and the CSV holds it. */
export function quoteText(quote: readonly QuoteLine[] | undefined, separator = '\n'): string {
  return (quote ?? []).map(quoteLineText).join(separator);
}

/**
 * The quote a user's edited text makes: each line "Speaker: text" (a line without a colon
 * keeps the speaker of the line before it, or none). A speaker known from the original quote
 * keeps whether it was the user; a new name is someone else.
 */
export function parseQuoteText(text: string, original: readonly QuoteLine[] = []): QuoteLine[] {
  const mineBySpeaker = new Map(original.map((l) => [l.speaker, l.mine]));
  const lines: QuoteLine[] = [];
  let speaker = '';
  for (const raw of text.split('\n')) {
    const match = /^([^:\n]{1,80}):\s*(.*)$/.exec(raw.trim());
    const text = match ? (match[2] ?? '') : raw;
    if (match) speaker = (match[1] ?? '').trim();
    lines.push({ speaker, text, mine: mineBySpeaker.get(speaker) ?? false });
  }
  return cleanQuote(lines);
}

/**
 * The side the quote's speaker says the moment belongs to, when it contradicts the tag's:
 * the last line is the one nearest the press. Undefined when they agree or there is no quote,
 * or the user dismissed the question for this moment.
 */
export function speakerSideConflict(
  moment: Pick<Moment, 'side' | 'quote' | 'quoteSideDismissed'>,
): { speaker: string; side: Side } | undefined {
  const last = moment.quote?.at(-1);
  if (!last || moment.quoteSideDismissed) return undefined;
  const side = sideOfLine(last);
  return side === moment.side ? undefined : { speaker: last.speaker, side };
}
