import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fold,
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

  test('property: folding takes the accents off any text, ASCII or not, as NFKD does', () => {
    const full = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (text) => {
          expect(fold(text)).toBe(full(text));
        },
      ),
      { numRuns: 2000 },
    );
    expect(fold('Café ZOË ﬁ')).toBe('cafe zoe fi');
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

/** What the history search does with a call's words: each query word prefixes one of them. */
function finds(text: string, query: string): boolean {
  const words = searchWords([text]);
  return queryWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

describe('search words in scripts written without spaces', () => {
  test('Chinese and Japanese text is split into words, not kept as one run', () => {
    expect(tokenize('价格表很重要')).toEqual(['价格', '表', '很', '重要']);
    expect(tokenize('東京都庁に行きました')).toEqual(
      expect.arrayContaining(['東京', '都庁', '行き']),
    );
  });

  test.each([
    ['我们讨论了价格表和试点项目', '价格'],
    ['我们讨论了价格表和试点项目', '试点'],
    ['東京都庁に行きました', '都庁'],
    ['来週、見積もりを送ります', '見積'],
    ['Acme 东京 pilot', '东京 pilot'],
  ])('%s is found by %s', (text, query) => {
    expect(finds(text, query)).toBe(true);
  });

  test('a word that is not in the text is not found', () => {
    expect(finds('我们讨论了价格表和试点项目', '合同')).toBe(false);
  });

  test('Latin text gives the words it always gave: stored words stay valid', () => {
    // The words of the regex-only tokenizer, for text with apostrophes, hyphens and numbers.
    const text = "Don't e-mail Zoë's Q3-roadmap v2.5 re: 10,000 units @acme.io — naïve café";
    const before = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.filter((w) => w.length >= 2);
    expect(tokenize(text)).toEqual(before);
  });

  test('property: Latin-script text tokenizes exactly as before', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9 .,;:'\-éüß]{0,80}$/), (text) => {
        const before = (
          text
            .normalize('NFKD')
            .replace(/\p{M}/gu, '')
            .toLowerCase()
            .match(/[\p{L}\p{N}]+/gu) ?? []
        ).filter((w) => w.length >= 2);
        expect(tokenize(text)).toEqual(before);
      }),
    );
  });
});
