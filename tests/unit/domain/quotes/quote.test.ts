import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { QuoteLine } from '../../../../lib/domain/model';
import {
  QUOTE_MAX_LINES,
  QUOTE_TEXT_MAX,
  SPEAKER_MAX,
  cleanQuote,
  parseQuoteText,
  quoteText,
  speakerSideConflict,
} from '../../../../lib/domain/quotes/quote';

const dana: QuoteLine = { speaker: 'Dana', text: 'could you send the deck', mine: false };
const you: QuoteLine = { speaker: 'You', text: 'sure', mine: true };

describe('quotes', () => {
  test('cleaning trims, drops empty lines and keeps the last lines within the limits', () => {
    const long: QuoteLine[] = Array.from({ length: QUOTE_MAX_LINES + 5 }, (_, i) => ({
      speaker: ` ${'S'.repeat(SPEAKER_MAX + 10)} `,
      text: i === 0 ? '   ' : `line  ${i}\n${'x'.repeat(QUOTE_TEXT_MAX)}`,
      mine: false,
    }));
    const cleaned = cleanQuote(long);
    expect(cleaned).toHaveLength(QUOTE_MAX_LINES);
    expect(cleaned.at(-1)?.text.startsWith(`line ${QUOTE_MAX_LINES + 4} x`)).toBe(true);
    expect(cleaned.every((l) => l.text.length <= QUOTE_TEXT_MAX)).toBe(true);
    expect(cleaned.every((l) => l.speaker.length === SPEAKER_MAX)).toBe(true);
  });

  test('the text a user edits reads back as the quote, speakers keeping who is the user', () => {
    const quote = [dana, you];
    expect(quoteText(quote)).toBe('Dana: could you send the deck\nYou: sure');
    expect(parseQuoteText(quoteText(quote), quote)).toEqual(quote);
    expect(parseQuoteText('Dana: send it\nand the numbers\nYou: ok: fine', quote)).toEqual([
      { speaker: 'Dana', text: 'send it', mine: false },
      { speaker: 'Dana', text: 'and the numbers', mine: false },
      { speaker: 'You', text: 'ok: fine', mine: true },
    ]);
    expect(parseQuoteText('  \n ', quote)).toEqual([]);
  });

  test('property: a clean quote survives being edited unchanged', () => {
    const speaker = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/);
    const text = fc.stringMatching(/^[a-z][a-z ,.?]{0,40}[a-z.?]$/);
    fc.assert(
      fc.property(
        fc.array(fc.record({ speaker, text, mine: fc.boolean() }), { maxLength: 6 }),
        (lines) => {
          // One speaker is one person: the same name is always the user or never.
          const mine = new Map<string, boolean>();
          const quote = cleanQuote(
            lines.map((l) => ({
              ...l,
              mine: mine.get(l.speaker) ?? (mine.set(l.speaker, l.mine), l.mine),
            })),
          );
          expect(parseQuoteText(quoteText(quote), quote)).toEqual(quote);
        },
      ),
    );
  });

  test('property: cleaning is idempotent and within every limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ speaker: fc.string(), text: fc.string(), mine: fc.boolean() }), {
          maxLength: 40,
        }),
        (quote) => {
          const once = cleanQuote(quote);
          expect(cleanQuote(once)).toEqual(once);
          expect(once.length).toBeLessThanOrEqual(QUOTE_MAX_LINES);
          for (const l of once) {
            expect(l.text).not.toBe('');
            expect(l.text.length).toBeLessThanOrEqual(QUOTE_TEXT_MAX);
            expect(l.speaker.length).toBeLessThanOrEqual(SPEAKER_MAX);
          }
        },
      ),
    );
  });

  test('the last line’s speaker contradicting the side is offered as a switch, unless dismissed', () => {
    expect(speakerSideConflict({ side: 'me', quote: [you, dana] })).toEqual({
      speaker: 'Dana',
      side: 'them',
    });
    expect(speakerSideConflict({ side: 'them', quote: [you, dana] })).toBeUndefined();
    expect(speakerSideConflict({ side: 'them', quote: [dana, you] })).toEqual({
      speaker: 'You',
      side: 'me',
    });
    expect(speakerSideConflict({ side: 'them' })).toBeUndefined();
    expect(
      speakerSideConflict({ side: 'me', quote: [dana], quoteSideDismissed: true }),
    ).toBeUndefined();
  });
});
