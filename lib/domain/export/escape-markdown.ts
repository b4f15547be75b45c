/**
 * User text inside generated Markdown must show as typed: a title `<b>Acme</b>` shows
 * its tags, a note starting with `#` is no heading. Only what Markdown would act on is
 * escaped, so the file still reads well as plain text.
 */

// Always significant: code, emphasis, links and images, HTML and autolinks, GFM tables
// and strikethrough, and the backslash itself.
const INLINE = /[\\`*[\]<|~]/g;
// `_` makes emphasis only at a word's edge; snake_case and e-mail addresses stay as typed.
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// `&amp;` would render as `&`; a plain `R&D` is left alone.
const ENTITY = /&(?=#?[\p{L}\p{N}]+;)/gu;
// At the start of a line: heading, block quote, list item, setext underline, and the
// `:---` that would turn the line above into a table header.
const LINE_START = /^([#>+\-=:])/;
// An ordered list item: `2026. was a good year` must not become item 2026.
const ORDERED = /^(\d{1,9})([.)])/;
// A heading's closing sequence: `# C #` would lose its final `#`.
const CLOSING_HASHES = /(\s)(#+)$/;
// Obsidian's syntax beyond CommonMark: `$…$` is math, `==…==` a highlight, `%%…%%` a comment
// (hiding the text). A backslash before each makes them show as typed there and anywhere.
const OBSIDIAN = /\$|={2,}|%{2,}/g;
const escapeEach = (run: string): string => run.replace(/./g, '\\$&');

export interface EscapeOptions {
  /**
   * The text continues a line that has begun ("- 3:12 · Note — " + text), so its first
   * characters cannot start a heading or a list: `-5%` needs no backslash there.
   */
  continuesLine?: boolean;
}

/** One line of user text, escaped. Leading and trailing whitespace is dropped. */
export function escapeMarkdownLine(line: string, options: EscapeOptions = {}): string {
  const inline = line
    .trim()
    .replace(INLINE, '\\$&')
    .replace(UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(OBSIDIAN, escapeEach)
    .replace(CLOSING_HASHES, (_, space: string, hashes: string) => `${space}\\${hashes}`);
  return options.continuesLine
    ? inline
    : inline.replace(LINE_START, '\\$1').replace(ORDERED, '$1\\$2');
}

/** User text on one line, e.g. a heading or a fact: line breaks become spaces. */
export function escapeMarkdownInline(text: string, options: EscapeOptions = {}): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' '), options);
}

/**
 * Multi-line user text, escaped line by line. Lines end in two spaces (a hard break),
 * so that a note's lines stay lines in a viewer and look untouched as plain text; runs
 * of blank lines become one paragraph break. `indent` starts every continuation line,
 * which keeps the text inside a list item.
 */
export function escapeMarkdownBlock(
  text: string,
  options: EscapeOptions & { indent?: string } = {},
): string {
  const indent = options.indent ?? '';
  const raw = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const lines = raw
    .map((line, i) => escapeMarkdownLine(line, { continuesLine: i === 0 && options.continuesLine }))
    .filter((line, i, all) => line !== '' || all[i - 1] !== '');
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      const hardBreak = line !== '' && next !== undefined && next !== '' ? '  ' : '';
      const lead = i === 0 || line === '' ? '' : indent;
      return `${lead}${line}${hardBreak}`;
    })
    .join('\n');
}
