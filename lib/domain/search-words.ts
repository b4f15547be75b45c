/** Words shorter than this are not indexed: they would match almost every call. */
export const MIN_WORD_LENGTH = 2;
/** Long tokens (URLs, hashes) are cut: an index key never needs to be a large string. */
export const MAX_WORD_LENGTH = 24;
/** A call with pages of notes still indexes a bounded number of words. */
export const MAX_WORDS_PER_CALL = 2_000;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case, accent-folded tokens of `text`, in order of appearance, with repeats. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return (folded.match(WORD) ?? [])
    .filter((w) => w.length >= MIN_WORD_LENGTH)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
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
