import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  advanceRolling,
  EMPTY_ROLLING,
  type RollingText,
} from '../../../lib/domain/captions/rolling-text';

const read = (...boxes: string[]): string =>
  boxes.reduce<RollingText>(advanceRolling, EMPTY_ROLLING).words.join(' ');

test.each([
  [
    'growing in place',
    ['we can', 'we can send the', 'we can send the deck'],
    'we can send the deck',
  ],
  [
    'dropping words from the front',
    ['we can send the deck', 'can send the deck by', 'the deck by Friday'],
    'we can send the deck by Friday',
  ],
  [
    'correcting its newest word',
    ['we can send the dock', 'we can send the deck on Friday'],
    'we can send the deck on Friday',
  ],
  [
    'cleared and started anew',
    ['we can send the deck', 'thanks a lot'],
    'we can send the deck thanks a lot',
  ],
  [
    'an empty box between',
    ['we can send', '', 'the deck by Friday'],
    'we can send the deck by Friday',
  ],
])('the box %s', (_name, boxes, whole) => {
  expect(read(...boxes)).toBe(whole);
});

/**
 * A speaker's words (all different, as three words in a row almost always are) shown in a box
 * of a varying width; any reading may be missed as long as consecutive readings share three
 * words, as they do at Zoom's pace of a word or two per reading.
 */
test('however the box rolls, the words read back are the words said', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 9_999 }), { minLength: 1, maxLength: 120 }),
      fc.array(
        fc.record({ width: fc.integer({ min: 6, max: 30 }), step: fc.integer({ min: 1, max: 3 }) }),
        {
          minLength: 1,
          maxLength: 200,
        },
      ),
      (ids, readings) => {
        const said = ids.map((id) => `w${id}`);
        let state = EMPTY_ROLLING;
        let end = 0;
        for (let i = 0; end < said.length; i++) {
          const { width, step } = readings[i % readings.length] ?? { width: 6, step: 1 };
          end = Math.min(said.length, end + step);
          state = advanceRolling(state, said.slice(Math.max(0, end - width), end).join(' '));
        }
        expect(state.words).toEqual(said);
      },
    ),
  );
});
