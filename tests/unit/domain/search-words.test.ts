import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_WORD_LENGTH,
  MAX_WORDS_PER_CALL,
  queryWords,
  searchWords,
  tokenize,
} from '../../../lib/domain/search-words';

describe('search words', () => {
  test('lower-cases, folds accents, splits on anything but letters and digits', () => {
    expect(tokenize('Café <b>Zoë</b>: Q3-roadmap, a')).toEqual(['cafe', 'zoe', 'q3', 'roadmap']);
  });

  test('distinct words of every text, capped in length and number', () => {
    expect(searchWords(['Acme intro', 'acme ACME', 'Kubernetes'])).toEqual([
      'acme',
      'intro',
      'kubernetes',
    ]);
    expect(searchWords(['x'.repeat(500)])).toEqual(['x'.repeat(MAX_WORD_LENGTH)]);
    const many = Array.from({ length: MAX_WORDS_PER_CALL + 50 }, (_, i) => `w${i}`).join(' ');
    expect(searchWords([many])).toHaveLength(MAX_WORDS_PER_CALL);
  });

  test('property: every query word of a text is one of that text’s indexed words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const words = searchWords([text]);
        for (const q of queryWords(text)) {
          expect(words).toContain(q);
        }
      }),
    );
  });
});
