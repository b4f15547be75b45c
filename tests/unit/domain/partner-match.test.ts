import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closePartnerName, editDistance, sameNameKey } from '../../../lib/domain/partner-match';

const known = ['Acme Robotics', 'Bolt Labs', 'Globex', 'Initech Consulting', 'Umbrella'];

describe('did you mean a known partner?', () => {
  test.each([
    ['Acme Robotic', 'Acme Robotics'],
    ['acme robotcis', 'Acme Robotics'],
    ['AcmeRobotics', 'Acme Robotics'],
    ['Acme-Robotics', 'Acme Robotics'],
    ['Acme', 'Acme Robotics'],
    ['Acme Robotics Inc', 'Acme Robotics'],
    ['Bolt Lab', 'Bolt Labs'],
    ['Globx', 'Globex'],
    ['Initech Consultng', 'Initech Consulting'],
    ['Umbrela', 'Umbrella'],
  ])('%j → %j', (typed, expected) => {
    expect(closePartnerName(typed, known)).toBe(expected);
  });

  test.each([
    ['the same name', 'Acme Robotics'],
    ['the same name in other case and spacing', '  acme   ROBOTICS '],
    ['a different name', 'Hooli'],
    ['nothing typed', ''],
    ['only spaces', '   '],
    ['too far off', 'Acme Rocketry'],
  ])('no suggestion for %s', (_, typed) => {
    expect(closePartnerName(typed, known)).toBeUndefined();
  });

  test('a name under 4 letters one letter off another is another name (Ivo, Iva)', () => {
    expect(closePartnerName('Ivo', ['Iva'])).toBeUndefined();
    expect(closePartnerName('Ivan', ['Iwan'])).toBe('Iwan');
  });

  test('the closest of several is chosen, whatever the order of the list', () => {
    const names = ['Acme Robotic Arms', 'Acme Robotics', 'Acme Roboticz'];
    expect(closePartnerName('Acme Robotics!', names)).toBe('Acme Robotics');
    expect(closePartnerName('Acme Robotics!', [...names].reverse())).toBe('Acme Robotics');
  });

  test('edit distance counts inserts, deletes, changes and swaps, and stops past its limit', () => {
    expect(editDistance('acme', 'acme', 2)).toBe(0);
    expect(editDistance('acme', 'acne', 2)).toBe(1);
    expect(editDistance('acme', 'amce', 2)).toBe(1);
    expect(editDistance('acme', 'acmes', 2)).toBe(1);
    expect(editDistance('acme', 'globex', 2)).toBe(3);
  });

  const name = fc
    .array(fc.constantFrom(...'abcdefghij k'.split('')), { minLength: 1, maxLength: 14 })
    .map((cs) => cs.join(''));

  test('property: a suggestion is a known name, and never the same name as typed', () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (typed, names) => {
        const suggestion = closePartnerName(typed, names);
        if (suggestion === undefined) return;
        expect(names).toContain(suggestion);
        expect(sameNameKey(suggestion)).not.toBe(sameNameKey(typed));
        expect(names.some((n) => sameNameKey(n) === sameNameKey(typed))).toBe(false);
      }),
    );
  });

  test('property: the order of the known names does not change the answer', () => {
    fc.assert(
      fc.property(name, fc.uniqueArray(name, { maxLength: 8 }), (typed, names) => {
        expect(closePartnerName(typed, [...names].reverse())).toBe(closePartnerName(typed, names));
      }),
    );
  });

  test('property: one typo in a known name of 4+ letters is caught', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.nat(),
        fc.constantFrom(...'xyzq'.split('')),
        (target, at, letter) => {
          const i = at % target.length;
          const typo = target.slice(0, i) + letter + target.slice(i + 1);
          fc.pre(sameNameKey(typo) !== sameNameKey(target));
          expect(closePartnerName(typo, known)).toBe(target);
        },
      ),
    );
  });

  test('property: the edit distance is symmetric and 0 only for equal strings', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const d = editDistance(a, b, 20);
        expect(editDistance(b, a, 20)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});
