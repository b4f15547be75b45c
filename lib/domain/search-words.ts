/** Words shorter than this are not indexed: they would match almost every call. */
export const MIN_WORD_LENGTH = 2;
/** Long tokens (URLs, hashes) are cut: an index key never needs to be a large string. */
export const MAX_WORD_LENGTH = 24;
/** A call with pages of notes still indexes a bounded number of words. */
export const MAX_WORDS_PER_CALL = 2_000;

const WORD = /[\p{L}\p{N}]+/gu;
/** One ideograph is a word of its own (人, 水): kept, where one Latin letter is not. */
const IDEOGRAPH = /^\p{Script=Han}$/u;

/**
 * Scripts written without spaces between words: only text holding one of them needs the
 * dictionary-based segmenter, which costs ~20× the plain split (a restore of half a million
 * notes spent seconds in it).
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Words by the Unicode rules, with a dictionary for scripts written without spaces: "東京都に
 * 行きました" is 東京, 都, に, 行き…, not one 10-character token. Other text is split at anything
 * that is not a letter or digit, as it always was, so the words already stored for it stay
 * what a query makes of the same text.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Text with nothing past ASCII: decomposing it changes nothing and there are no marks. */
const ASCII = /^\p{ASCII}*$/u;

/** Lower-case, accents taken off: `Zoë` is `zoe`. */
export function fold(text: string): string {
  // Most notes are plain ASCII: the decomposition was most of a restore's search-word time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function keep(word: string, into: string[]): void {
  if (word.length >= MIN_WORD_LENGTH || IDEOGRAPH.test(word)) {
    into.push(word.slice(0, MAX_WORD_LENGTH));
  }
}

/** Lower-case, accent-folded tokens of `text`, in order of appearance, with repeats. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  if (!UNSPACED.test(text)) {
    for (const word of fold(text).match(WORD) ?? []) keep(word, words);
    return words;
  }
  for (const segment of segmenter.segment(text.normalize('NFC'))) {
    if (!segment.isWordLike) continue;
    for (const word of fold(segment.segment).match(WORD) ?? []) keep(word, words);
  }
  return words;
}

/** The distinct words of all `texts`, for a call's multi-entry `words` index. */
export function searchWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (words.size >= MAX_WORDS_PER_CALL) return [...words];
      words.add(word);
    }
  }
  return [...words];
}

/** The query's words; a call matches when each of them prefixes one of its words. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))];
}
