import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  failedTagsSaved,
  newestMoment,
  NO_SAVED_MOMENTS,
  savedMoment,
  sameMoments,
  settledBy,
  shownMoments,
  stableMoments,
  withCommit,
  withoutMoment,
  type LiveRead,
  type SavedMoments,
} from '../../../lib/domain/live-moments';
import type { Moment } from '../../../lib/domain/model';
import { inTimeOrder } from '../../../lib/domain/time-order';

function moment(id: string, at: number, fields: Partial<Moment> = {}): Moment {
  return {
    id,
    callId: 'call',
    side: 'them',
    kind: 'request',
    at,
    offsetMs: at,
    note: '',
    weight: 1,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

const a = moment('a', 10);
const b = moment('b', 20);
const c = moment('c', 30);

function saving(...moments: Moment[]): SavedMoments {
  return moments.reduce(withCommit, NO_SAVED_MOMENTS);
}

const ids = (moments: readonly Moment[]) => moments.map((m) => m.id);

describe('shownMoments', () => {
  test.each<[string, LiveRead | undefined, SavedMoments, string[]]>([
    ['nothing read, nothing saved', undefined, NO_SAVED_MOMENTS, []],
    ['nothing read yet: the saved moment shows', undefined, saving(b), ['b']],
    ['the read alone', { moments: [a, b], seen: 0 }, NO_SAVED_MOMENTS, ['a', 'b']],
    ['a commit after the read is added', { moments: [a], seen: 0 }, saving(b), ['a', 'b']],
    ['in time order, not commit order', { moments: [b], seen: 0 }, saving(c, a), ['a', 'b', 'c']],
    ['a commit the read holds shows once', { moments: [a, b], seen: 0 }, saving(b), ['a', 'b']],
    ['a read after the commit is the truth', { moments: [a], seen: 1 }, saving(b), ['a']],
    ['only commits after the read', { moments: [a], seen: 1 }, saving(b, c), ['a', 'c']],
    [
      'another call’s commit is not shown',
      { moments: [a], seen: 0 },
      saving(moment('x', 5, { callId: 'other' })),
      ['a'],
    ],
  ])('%s', (_, read, saved, expected) => {
    expect(ids(shownMoments(read, saved, 'call'))).toEqual(expected);
  });

  test('the read’s own array when nothing is added', () => {
    const read = { moments: [a, b], seen: 0 };
    expect(shownMoments(read, saving(b), 'call')).toBe(read.moments);
    expect(shownMoments(read, NO_SAVED_MOMENTS, 'call')).toBe(read.moments);
  });
});

describe('the saved moments', () => {
  test('each commit is numbered after the last', () => {
    const saved = saving(a, b);
    expect(saved.seq).toBe(2);
    expect(saved.list.map((s) => [s.moment.id, s.seq])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  test('a read settles the commits it started after, and only those', () => {
    const saved = saving(a, b, c);
    expect(ids(settledBy(saved, 2).list.map((s) => s.moment))).toEqual(['c']);
    expect(settledBy(saved, 2).seq).toBe(3);
    expect(settledBy(saved, 0)).toBe(saved);
  });

  test('an undone moment is let go; an unknown one changes nothing', () => {
    const saved = saving(a, b);
    expect(ids(withoutMoment(saved, 'a').list.map((s) => s.moment))).toEqual(['b']);
    expect(withoutMoment(saved, 'zz')).toBe(saved);
    expect(savedMoment(saved, 'b')).toBe(b);
    expect(savedMoment(saved, 'zz')).toBeUndefined();
  });
});

describe('stableMoments', () => {
  test('a re-read of the same moments keeps the list on screen', () => {
    const shown = [a, b];
    expect(stableMoments(shown, [{ ...a }, { ...b }])).toBe(shown);
  });

  test.each<[string, Moment[]]>([
    ['a field changed', [a, { ...b, note: 'x' }]],
    ['a moment added', [a, b, c]],
    ['a moment gone', [a]],
    ['a field added', [a, { ...b, state: 'answered' }]],
  ])('%s gives the new list', (_, next) => {
    expect(stableMoments([a, b], next)).toBe(next);
    expect(sameMoments([a, b], next)).toBe(false);
  });
});

test('newestMoment is the one made last, the later of a tie', () => {
  expect(newestMoment([])).toBeUndefined();
  expect(newestMoment([c, a, moment('late', 5, { createdAt: 99 })])?.id).toBe('late');
  expect(
    newestMoment([moment('x', 1, { createdAt: 7 }), moment('y', 0, { createdAt: 7 })])?.id,
  ).toBe('y');
});

test('failedTagsSaved: failed tags that are moments now', () => {
  const tags = [
    { id: 'a', status: 'failed' },
    { id: 'b', status: 'saving' },
    { id: 'z', status: 'failed' },
  ];
  expect(failedTagsSaved(tags, [a, b])).toEqual(['a']);
  expect(failedTagsSaved([], [a])).toEqual([]);
});

/**
 * The panel and the database, step by step: commits (the row lands in the database, then the
 * panel hears of it, with reads possibly started in between), reads started and delivered (in
 * the order they started, as the live query delivers them), undos here and removals elsewhere.
 */
type Step =
  | { type: 'commit'; at: number; otherCall: boolean }
  | { type: 'confirm' }
  | { type: 'start-read' }
  | { type: 'deliver-read' }
  | { type: 'undo'; pick: number }
  | { type: 'removed-elsewhere'; pick: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('commit' as const),
    at: fc.integer({ min: 0, max: 50 }),
    otherCall: fc.boolean(),
  }),
  fc.constant({ type: 'confirm' as const }),
  fc.constant({ type: 'start-read' as const }),
  fc.constant({ type: 'deliver-read' as const }),
  fc.record({ type: fc.constant('undo' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('removed-elsewhere' as const), pick: fc.nat() }),
);

class Panel {
  db: Moment[] = [];
  saved = NO_SAVED_MOMENTS;
  inFlight: LiveRead[] = [];
  read: LiveRead | undefined;
  /** Committed in the database, not yet heard of by the panel. */
  landed: Moment[] = [];
  /** Every commit, with its number, and whether this panel undid it. */
  commits: { moment: Moment; seq: number; undone: boolean }[] = [];
  private made = 0;

  /** The moment the last step confirmed, if it confirmed one. */
  confirmed: Moment | undefined;

  apply(step: Step): void {
    this.confirmed = undefined;
    if (step.type === 'commit') {
      const id = `m${this.made++}`;
      const m = moment(id, step.at, {
        callId: step.otherCall ? 'other' : 'call',
        createdAt: this.made,
      });
      if (!step.otherCall) this.db.push(m);
      this.landed.push(m);
    } else if (step.type === 'confirm') {
      const m = this.landed.shift();
      if (!m) return;
      this.saved = withCommit(this.saved, m);
      this.confirmed = m;
      this.commits.push({ moment: m, seq: this.saved.seq, undone: false });
    } else if (step.type === 'start-read') {
      this.inFlight.push({ moments: inTimeOrder([...this.db]), seen: this.saved.seq });
    } else if (step.type === 'deliver-read') {
      const read = this.inFlight.shift();
      if (!read) return;
      this.read = read;
      this.saved = settledBy(this.saved, read.seen);
    } else {
      const shown = this.shown();
      const target = shown[step.pick % Math.max(shown.length, 1)];
      if (!target) return;
      this.db = this.db.filter((m) => m.id !== target.id);
      if (step.type === 'undo') {
        this.saved = withoutMoment(this.saved, target.id);
        for (const c of this.commits) if (c.moment.id === target.id) c.undone = true;
      }
    }
  }

  shown(): Moment[] {
    return shownMoments(this.read, this.saved, 'call');
  }
}

test('the shown list is the read’s rows plus the commits it could not hold, each once, in time order, however commits and reads interleave', () => {
  fc.assert(
    fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
      const panel = new Panel();
      for (const step of steps) {
        panel.apply(step);
        const shown = panel.shown();
        const shownIds = ids(shown);
        expect(new Set(shownIds).size).toBe(shownIds.length);
        expect(shownIds).toEqual(ids(inTimeOrder([...shown])));
        const seen = panel.read?.seen ?? 0;
        const expected = new Set([
          ...ids(panel.read?.moments ?? []),
          ...panel.commits
            .filter((c) => c.seq > seen && !c.undone && c.moment.callId === 'call')
            .map((c) => c.moment.id),
        ]);
        expect(new Set(shownIds)).toEqual(expected);
        // A commit shows in the very next render, before any read has come back.
        if (panel.confirmed?.callId === 'call') expect(shownIds).toContain(panel.confirmed.id);
      }
      // Once the reads in flight and a fresh one have come back, the screen is the database.
      while (panel.landed.length > 0) panel.apply({ type: 'confirm' });
      panel.apply({ type: 'start-read' });
      while (panel.inFlight.length > 0) panel.apply({ type: 'deliver-read' });
      expect(ids(panel.shown())).toEqual(ids(inTimeOrder([...panel.db])));
      expect(panel.saved.list).toEqual([]);
    }),
  );
});
