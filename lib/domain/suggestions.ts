import type { Side } from './model';
import { LEXICON, NEGATIONS, NOT_A_MOMENT, type SuggestedKind } from './suggestion-lexicon';

export type { SuggestedKind } from './suggestion-lexicon';

export interface CaptionLineForSuggestion {
  speaker: string;
  text: string;
  side: Side;
}

export interface Suggestion {
  kind: SuggestedKind;
  side: Side;
  /** The words of the line that triggered it, as spoken. */
  cue: string;
}

/** Word characters in any script: a cue starts and ends between two non-word characters. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function compile(phrase: string): RegExp {
  const body = phrase.replaceAll(' ', '\\s+').replaceAll("'", "['’]");
  return new RegExp(`${EDGE_BEFORE}${body}${EDGE_AFTER}`, 'iu');
}

const KIND_CUES = LEXICON.map(({ kind, cues }) => ({ kind, patterns: cues.map(compile) }));
const NOT_A_MOMENT_PATTERNS = NOT_A_MOMENT.map(compile);
/** One of the negations as the last word before a cue. */
const NEGATED = new RegExp(
  `${EDGE_BEFORE}(${NEGATIONS.join('|').replaceAll("'", "['’]")})\\s*$`,
  'iu',
);

function firstCue(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && !NEGATED.test(text.slice(0, match.index))) return match[0];
  }
  return null;
}

/**
 * The default kind one finished caption line most likely is, for the side that spoke it, with
 * the words that triggered it; null when nothing clearly is. Precision before recall: a
 * wrong suggestion interrupts a call, a missed one costs nothing. Deterministic, English.
 */
export function suggestFromLine(line: CaptionLineForSuggestion): Suggestion | null {
  const text = line.text;
  if (NOT_A_MOMENT_PATTERNS.some((pattern) => pattern.test(text))) return null;
  for (const { kind, patterns } of KIND_CUES) {
    const cue = firstCue(text, patterns);
    if (cue !== null) return { kind, side: line.side, cue };
  }
  return null;
}
