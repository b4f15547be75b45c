import { describe, expect, test } from 'vitest';
import {
  escapeMarkdownBlock,
  escapeMarkdownInline,
  escapeMarkdownLine,
} from '../../../../lib/domain/export/escape-markdown';

describe('escapeMarkdownLine', () => {
  test.each([
    ['<b>Acme</b> intro', '\\<b>Acme\\</b> intro'],
    ['# heading', '\\# heading'],
    ['C #', 'C \\#'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['1. item', '1\\. item'],
    ['2026) was good', '2026\\) was good'],
    // A setext underline, and Obsidian's highlight marker: each sign escaped.
    ['===', '\\=\\=\\='],
    // Obsidian: math, highlight and comment markers show as typed.
    ['costs $5 to $8', 'costs \\$5 to \\$8'],
    ['==key point==', '\\=\\=key point\\=\\='],
    ['%%hidden%% text', '\\%\\%hidden\\%\\% text'],
    ['a = b, 50% off', 'a = b, 50% off'],
    [':---', '\\:---'],
    ['`code`', '\\`code\\`'],
    ['**bold** and _em_', '\\*\\*bold\\*\\* and \\_em\\_'],
    ['snake_case_name', 'snake_case_name'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['a | b', 'a \\| b'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['R&D', 'R&D'],
    ['&amp; &#60;', '\\&amp; \\&#60;'],
    ['  padded  ', 'padded'],
    ['plain words, 12,000 parcels: fine.', 'plain words, 12,000 parcels: fine.'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  test('after other text on the line, line-start markers stay as typed', () => {
    expect(escapeMarkdownLine('-5% # 1. =x', { continuesLine: true })).toBe('-5% # 1. =x');
    expect(escapeMarkdownLine('-5% <b>', { continuesLine: true })).toBe('-5% \\<b>');
  });
});

describe('escapeMarkdownInline', () => {
  test('puts multi-line text on one line', () => {
    expect(escapeMarkdownInline('two\n# lines')).toBe('two # lines');
  });
});

describe('escapeMarkdownBlock', () => {
  test('keeps lines as lines with hard breaks, and one blank line between paragraphs', () => {
    expect(escapeMarkdownBlock('one\r\n- two\n\n\n\nthree\n')).toBe('one  \n\\- two\n\nthree');
  });

  test('indents continuation lines to stay inside a list item', () => {
    expect(
      escapeMarkdownBlock('-5% first\n1. second\n\nthird', {
        indent: '  ',
        continuesLine: true,
      }),
    ).toBe('-5% first  \n  1\\. second\n\n  third');
  });

  test('blank text stays blank', () => {
    expect(escapeMarkdownBlock(' \n\t\n')).toBe('');
  });
});
