import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  NO_CAPTION_STATS,
  addCaptionLines,
  countWords,
  talkShare,
} from '../../../../lib/domain/quotes/caption-stats';

const line = fc.record({
  text: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Could you send it?', 'Sure.')),
  mine: fc.boolean(),
});

describe('caption statistics', () => {
  test('counts words and questions on each side: mine is Me, anyone else Them', () => {
    const stats = addCaptionLines(undefined, [
      { text: 'Could you send the deck', mine: false },
      { text: "Sure, I'll send it today.", mine: true },
      { text: 'Great, thanks.', mine: false },
      { text: 'Anything else?', mine: true },
    ]);
    expect(stats).toEqual({
      words: { them: 7, me: 7 },
      questions: { them: 1, me: 1 },
      lines: 4,
    });
  });

  test('counts a contraction as one word and ignores punctuation', () => {
    expect(countWords("  don't — stop, 3 times!  ")).toBe(4);
    expect(countWords('...')).toBe(0);
  });

  test('talk share is whole percent summing to 100, null with no words', () => {
    expect(talkShare(NO_CAPTION_STATS)).toBeNull();
    expect(
      talkShare({ words: { them: 2, me: 1 }, questions: { them: 0, me: 0 }, lines: 2 }),
    ).toEqual({ me: 33, them: 67 });
  });

  test('property: counting lines in any batches gives what counting them at once gives', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.nat(30), (lines, cut) => {
        const once = addCaptionLines(undefined, lines);
        const split = addCaptionLines(
          addCaptionLines(undefined, lines.slice(0, cut)),
          lines.slice(cut),
        );
        expect(split).toEqual(once);
        expect(once.lines).toBe(lines.length);
        const share = talkShare(once);
        if (share) expect(share.me + share.them).toBe(100);
      }),
    );
  });

  test('does not change the stats it is given', () => {
    const before = addCaptionLines(undefined, [{ text: 'one two', mine: true }]);
    const copy = structuredClone(before);
    addCaptionLines(before, [{ text: 'three', mine: true }]);
    expect(before).toEqual(copy);
  });
});
