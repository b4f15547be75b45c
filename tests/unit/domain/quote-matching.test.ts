import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  awaitCompletion,
  CAPTION_DELAY_MS,
  completeQuotes,
  COMPLETION_TIMEOUT_MS,
  isMine,
  quoteOf,
  quoteWindow,
  sideOfLine,
  sideOfQuote,
} from '../../../lib/domain/captions/quote-matching';
import type { TranscriptLine } from '../../../lib/domain/model';

const line = (
  speaker: string,
  text: string,
  startedAt: number,
  endedAt = startedAt + 1_000,
  mine = speaker === 'You',
): TranscriptLine => ({ speaker, text, mine, startedAt, endedAt });

describe('who said it', () => {
  test.each([
    ['You', null, true],
    ['you', null, true],
    ['  You ', 'Sam Lee', true],
    ['Sam Lee', 'Sam Lee', true],
    ['sam  lee', 'Sam Lee (You)', true],
    ['Sam Lee', 'Sam Lee (Me)', true],
    ['Dana Smith', 'Sam Lee', false],
    ['Dana Smith', null, false],
    ['', 'Sam Lee', false],
    ['', '', false],
    ['Sam', 'Sam Lee', false],
  ])('%j with local name %j is mine: %s', (speaker, local, mine) => {
    expect(isMine(speaker, local)).toBe(mine);
  });

  test('mine is Me, anyone else Them', () => {
    expect(sideOfLine({ mine: true })).toBe('me');
    expect(sideOfLine({ mine: false })).toBe('them');
  });

  test.each([
    [[], null],
    [[true], 'me'],
    [[false], 'them'],
    [[true, false], null],
    [[false, true, false], 'them'],
  ] as const)('a quote said by %j is %s', (mines, side) => {
    expect(sideOfQuote(mines.map((mine) => ({ mine })))).toBe(side);
  });
});

describe('the window a tag quotes', () => {
  test.each([
    [100_000, 5_000, 95_000],
    [100_000, 0, 100_000],
    [100_000, -1, 100_000],
    [100_000, Number.NaN, 100_000],
    [100_000, 10 * 60_000, 40_000],
  ])('pressed at %d with lead %d starts at %d', (pressedAt, lead, from) => {
    expect(quoteWindow(pressedAt, lead)).toEqual({ from, to: pressedAt + CAPTION_DELAY_MS });
  });

  const said = [
    line('Dana', 'Long before.', 10_000, 20_000),
    line('Dana', 'Could you send the deck?', 93_000, 96_000),
    line('You', 'Sure.', 96_500, 97_000),
    line('Dana', 'After the press.', 101_000, 102_000),
  ];

  test('lines spoken even in part inside the window, oldest first, without timing', () => {
    expect(quoteOf([...said].reverse(), null, { from: 95_000, to: 100_000 })).toEqual([
      { speaker: 'Dana', text: 'Could you send the deck?', mine: false },
      { speaker: 'You', text: 'Sure.', mine: true },
    ]);
  });

  test('the sentence in progress comes last, once', () => {
    const partial = line('Dana', 'and the pricing', 99_000, 100_000);
    const window = { from: 98_000, to: 100_000 };
    expect(quoteOf(said, partial, window)).toEqual([
      { speaker: 'Dana', text: 'and the pricing', mine: false },
    ]);
    // Already finished by the time the quote was read: not twice.
    const finished = { ...partial, text: 'and the pricing sheet.' };
    expect(quoteOf([...said, finished], partial, window)).toEqual([
      { speaker: 'Dana', text: 'and the pricing sheet.', mine: false },
    ]);
  });

  test('property: every quoted line overlaps the window, none outside is quoted', () => {
    const arbLine = fc
      .record({ start: fc.integer({ min: 0, max: 10_000 }), length: fc.nat(3_000) })
      .map(({ start, length }) => line('Dana', `at ${start}`, start, start + length));
    fc.assert(
      fc.property(
        fc.array(arbLine, { maxLength: 30 }),
        fc.integer({ min: 0, max: 12_000 }),
        fc.nat(MAX_LEAD),
        (lines, pressedAt, lead) => {
          const window = quoteWindow(pressedAt, lead);
          const quoted = quoteOf(lines, null, window).map((q) => q.text);
          const expected = lines
            .filter((l) => l.endedAt >= window.from && l.startedAt <= window.to)
            .map((l) => l.text);
          expect([...quoted].sort()).toEqual([...expected].sort());
        },
      ),
    );
  });
});

const MAX_LEAD = 60_000;

describe('a quote pressed mid-sentence is completed when the sentence finishes', () => {
  const window = { from: 95_000, to: 100_000 };
  const before = line('You', 'Sure.', 96_000, 97_000);
  const partial = line('Dana', 'could you send', 98_000, 100_000);
  const awaited = awaitCompletion('c1', 'm1', { lines: [before], inProgress: partial }, window, 0);

  test('the finished line with the same start and speaker replaces the partial', () => {
    const finished = { ...partial, text: 'could you send the deck?', endedAt: 103_000 };
    const other = line('You', 'could you', 98_000);
    const { awaited: still, completed } = completeQuotes([awaited], [other, finished], 5_000);
    expect(still).toEqual([]);
    expect(completed).toEqual([
      {
        callId: 'c1',
        momentId: 'm1',
        quote: [
          { speaker: 'You', text: 'Sure.', mine: true },
          { speaker: 'Dana', text: 'could you send the deck?', mine: false },
        ],
      },
    ]);
  });

  test('other lines leave it waiting; past its time it is given up', () => {
    const unrelated = [line('Dana', 'Next thing.', 101_000)];
    expect(completeQuotes([awaited], unrelated, COMPLETION_TIMEOUT_MS - 1)).toEqual({
      awaited: [awaited],
      completed: [],
    });
    expect(completeQuotes([awaited], unrelated, COMPLETION_TIMEOUT_MS)).toEqual({
      awaited: [],
      completed: [],
    });
  });

  test('property: each awaited quote is completed at most once and never lost early', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 10 }),
        (starts, finishing) => {
          const all = starts.map((s, i) =>
            awaitCompletion(
              'c',
              `m${i}`,
              { lines: [], inProgress: line('Dana', 'x', s) },
              window,
              0,
            ),
          );
          const finished = finishing.map((s) => line('Dana', 'x y', s));
          const { awaited: still, completed } = completeQuotes(all, finished, 1);
          expect(still.length + completed.length).toBe(all.length);
          expect(new Set(completed.map((c) => c.momentId)).size).toBe(completed.length);
          for (const c of completed)
            expect(c.quote).toEqual([{ speaker: 'Dana', text: 'x y', mine: false }]);
        },
      ),
    );
  });
});
