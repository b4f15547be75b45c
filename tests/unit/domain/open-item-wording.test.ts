import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openItemWording, type OpenItem } from '../../../lib/domain/open-item-wording';

const now = new Date(2026, 11, 4, 10, 0).getTime();
const endOfDay = (month: number, day: number) =>
  new Date(2026, month, day, 23, 59, 59, 999).getTime();

const item = (fields: Partial<OpenItem>): OpenItem => ({
  side: 'them',
  kind: 'request',
  note: '',
  ...fields,
});

describe('an open item in the brief, as a sentence', () => {
  test.each([
    [
      item({ note: 'the pricing sheet' }),
      'Asked for something',
      'They',
      'asked for: the pricing sheet',
    ],
    [
      item({ note: 'asked for our pricing sheet' }),
      'Asked for something',
      'They',
      'asked for our pricing sheet',
    ],
    [
      item({ side: 'me', note: 'Asked for an intro' }),
      'Asked for something',
      'You',
      'asked for an intro',
    ],
    [
      item({ kind: 'proprietary', note: 'their cost model' }),
      'Sought proprietary info',
      'They',
      'asked for: their cost model',
    ],
    [
      item({ side: 'me', kind: 'commitment', note: 'send the deck' }),
      'Made a commitment',
      'You',
      'committed to: send the deck',
    ],
    [
      item({ side: 'me', kind: 'commitment', note: 'Will send the deck' }),
      'Made a commitment',
      'You',
      'will send the deck',
    ],
    [
      item({ note: 'wants our playbook' }),
      'Asked for something',
      'They',
      'asked for: wants our playbook',
    ],
    [item({}), 'Asked for something', 'They', 'asked for something'],
    [item({ side: 'me', kind: 'commitment' }), 'Made a commitment', 'You', 'made a commitment'],
  ])('%o reads "%s %s"', (open, label, subject, text) => {
    expect(openItemWording(open, label, now)).toMatchObject({ subject, text });
  });

  test('a commitment whose due day has gone by is marked past due since that day', () => {
    const wording = openItemWording(
      item({ side: 'me', kind: 'commitment', note: 'send the deck', dueAt: endOfDay(11, 3) }),
      'Made a commitment',
      now,
    );
    expect(wording.pastDue).toBe(true);
    expect(wording.due).toMatch(/^past due since (Dec 3|3 Dec)$/);
  });

  test('a commitment due today or later says when, not past due', () => {
    for (const day of [4, 10]) {
      const wording = openItemWording(
        item({ kind: 'commitment', note: 'x', dueAt: endOfDay(11, day) }),
        'Made a commitment',
        now,
      );
      expect(wording.pastDue).toBe(false);
      expect(wording.due).toMatch(new RegExp(`^due (Dec ${day}|${day} Dec)$`));
    }
  });

  test('property: the verb is never said twice, and the note is always there', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('request', 'proprietary', 'commitment'),
        fc.constantFrom('them' as const, 'me' as const),
        fc.constantFrom('', 'asked for ', 'Asked for ', 'committed to ', 'will '),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /^[a-z]/.test(s)),
        (kind, side, prefix, rest) => {
          const note = `${prefix}${rest}`;
          const { text } = openItemWording({ side, kind, note }, 'Label', now);
          expect(text.toLowerCase()).toContain(note.trim().toLowerCase());
          expect(text.toLowerCase()).not.toMatch(
            /^(asked for|committed to): (asked for|committed to)/,
          );
        },
      ),
    );
  });
});
