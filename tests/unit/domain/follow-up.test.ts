import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countOpen,
  followUpKind,
  followUpLists,
  followUpState,
  isPastDue,
  withFollowUpIndex,
} from '../../../lib/domain/follow-up';
import type { FollowUpState, Moment } from '../../../lib/domain/model';

const base: Moment = {
  id: 'm',
  callId: 'c',
  side: 'them',
  kind: 'request',
  at: 0,
  offsetMs: 0,
  note: '',
  weight: 1,
  createdAt: 0,
  updatedAt: 0,
};

describe('follow-up', () => {
  test.each([
    ['request', undefined, 'open'],
    ['proprietary', 'declined', 'declined'],
    ['request', 'done', 'open'],
    ['commitment', undefined, 'open'],
    ['commitment', 'done', 'done'],
    ['commitment', 'answered', 'open'],
    ['value', 'answered', undefined],
    ['my-custom-kind', undefined, undefined],
  ] as const)('%s in state %s reads as %s', (kind, state, expected) => {
    expect(followUpState({ kind, ...(state ? { state } : {}) })).toBe(expected);
  });

  test('a commitment is past due only while open and after its date', () => {
    const c = { kind: 'commitment', dueAt: 100 } as const;
    expect(isPastDue(c, 101)).toBe(true);
    expect(isPastDue(c, 100)).toBe(false);
    expect(isPastDue({ ...c, state: 'done' }, 101)).toBe(false);
    expect(isPastDue({ kind: 'commitment' }, 101)).toBe(false);
  });

  test('lists split asks by who asked and keep commitments of both sides, in time order', () => {
    const m = (id: string, side: 'them' | 'me', kind: string, at: number) => ({
      id,
      side,
      kind,
      at,
    });
    const lists = followUpLists([
      m('c2', 'them', 'commitment', 5),
      m('a1', 'them', 'request', 2),
      m('a2', 'me', 'proprietary', 1),
      m('v', 'them', 'value', 3),
      m('c1', 'me', 'commitment', 4),
    ]);
    expect(lists.theyAsked.map((x) => x.id)).toEqual(['a1']);
    expect(lists.iAsked.map((x) => x.id)).toEqual(['a2']);
    expect(lists.commitments.map((x) => x.id)).toEqual(['c1', 'c2']);
  });

  const states: FollowUpState[] = ['open', 'answered', 'declined', 'done'];
  const arbitraryMoment = fc.record({
    kind: fc.constantFrom('request', 'proprietary', 'commitment', 'value', 'note', 'custom'),
    side: fc.constantFrom('them' as const, 'me' as const),
    state: fc.option(fc.constantFrom(...states), { nil: undefined }),
    dueAt: fc.option(fc.nat(), { nil: undefined }),
  });

  test('property: the stored open flag agrees with the state, and the open counts with the flags', () => {
    fc.assert(
      fc.property(fc.array(arbitraryMoment), (partials) => {
        const stored = partials.map((p, i) => {
          const m: Moment = { ...base, id: String(i), kind: p.kind, side: p.side };
          if (p.state) m.state = p.state;
          if (p.dueAt !== undefined) m.dueAt = p.dueAt;
          return withFollowUpIndex(m);
        });
        const flagged = stored.filter((m) => m.open === 1).length;
        const open = countOpen(stored);
        expect(open.asks.them + open.asks.me + open.commitments.them + open.commitments.me).toBe(
          flagged,
        );
        for (const m of stored) {
          expect(m.open === 1).toBe(followUpState(m) === 'open');
          if (m.kind !== 'commitment') expect(m.dueAt).toBeUndefined();
        }
      }),
    );
  });

  /** The rule as first written: always a copy, each field set or taken off. */
  function reference(moment: Moment): Moment {
    const stored = { ...moment };
    if (followUpState(stored) === 'open') stored.open = 1;
    else delete stored.open;
    if (followUpKind(stored.kind) !== 'commitment') delete stored.dueAt;
    if (stored.open && stored.dueAt !== undefined) stored.openDue = stored.dueAt;
    else delete stored.openDue;
    return stored;
  }

  test('property: the stored moment is the rule’s, and the moment itself when already so', () => {
    const maybe = <T>(value: fc.Arbitrary<T>) =>
      fc.oneof(value, fc.constant('absent' as const), fc.constant(undefined));
    fc.assert(
      fc.property(
        arbitraryMoment,
        maybe(fc.constantFrom(1 as const)),
        maybe(fc.nat()),
        maybe(fc.nat()),
        (p, open, openDue, dueAt) => {
          const m: Moment = { ...base, kind: p.kind, side: p.side };
          if (p.state) m.state = p.state;
          // Present with a value, present as undefined, or absent.
          if (dueAt !== 'absent') m.dueAt = dueAt;
          if (open !== 'absent') m.open = open;
          if (openDue !== 'absent') m.openDue = openDue;
          const expected = reference(m);
          const stored = withFollowUpIndex(m);
          expect(stored).toStrictEqual(expected);
          expect(Object.keys(stored).sort()).toEqual(Object.keys(expected).sort());
          // Stored as it is again: no copy.
          expect(withFollowUpIndex(stored)).toBe(stored);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
