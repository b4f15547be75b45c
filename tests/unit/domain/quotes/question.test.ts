import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_OPENERS, isQuestion } from '../../../../lib/domain/quotes/question';

describe('isQuestion', () => {
  test.each([
    ['Could you send the deck?', true],
    ['could you send the deck', true],
    ['How do you price this', true],
    ['And the margin?', true],
    ['You said Friday?”', true],
    ['“What about Q3', true],
    ["Don't worry about it.", false],
    ['I will send it by Friday.', false],
    ['Thanks, that helps', false],
    ['Whatever works for you.', false],
    ['Canada is next.', false],
    ['', false],
    ['   ?  ', true],
    ['42', false],
  ])('%j → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });

  test('property: any line ending in a question mark is a question', () => {
    fc.assert(fc.property(fc.string(), (text) => isQuestion(`${text}?`)));
  });

  test('property: a question word opening a line makes it a question, in any case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUESTION_OPENERS),
        fc.boolean(),
        fc.string({ maxLength: 40 }).map((s) => s.replace(/[?？]/g, '')),
        (word, upper, rest) => isQuestion(`${upper ? word.toUpperCase() : word} ${rest}.`),
      ),
    );
  });

  test('property: a statement opened by none of the words and ending in a full stop is not one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), fc.string({ maxLength: 40 }), (w, rest) => {
        fc.pre(!QUESTION_OPENERS.includes(w));
        return !isQuestion(`${w} ${rest.replace(/[?？]/g, '')}.`);
      }),
    );
  });
});
