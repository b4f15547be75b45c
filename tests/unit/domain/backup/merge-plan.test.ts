import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planMerge, planSettingsMerge } from '../../../../lib/domain/backup/merge-plan';

interface Row {
  id: string;
  updatedAt: number;
  label: string;
}

function apply(local: Map<string, Row>, rows: readonly Row[]): Map<string, Row> {
  const next = new Map(local);
  for (const row of rows) next.set(row.id, row);
  return next;
}

const row = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  updatedAt: fc.integer({ min: 0, max: 20 }),
  label: fc.string({ maxLength: 3 }),
});
const rows = fc.array(row, { maxLength: 12 });
const local = rows.map((list) => new Map(list.map((r) => [r.id, r])));

describe('planMerge', () => {
  test('adds the absent, updates the strictly newer, skips the rest', () => {
    const existing = new Map([
      ['same', { updatedAt: 5 }],
      ['older-here', { updatedAt: 5 }],
      ['newer-here', { updatedAt: 9 }],
    ]);
    const plan = planMerge(existing, [
      { id: 'new', updatedAt: 1 },
      { id: 'same', updatedAt: 5 },
      { id: 'older-here', updatedAt: 6 },
      { id: 'newer-here', updatedAt: 8 },
    ]);
    expect(plan).toEqual({
      toPut: [
        { id: 'new', updatedAt: 1 },
        { id: 'older-here', updatedAt: 6 },
      ],
      added: 1,
      updated: 1,
      skipped: 2,
    });
  });

  test('an id repeated in the file counts once, in its newest version', () => {
    const plan = planMerge(new Map(), [
      { id: 'x', updatedAt: 1 },
      { id: 'x', updatedAt: 3 },
      { id: 'x', updatedAt: 2 },
    ]);
    expect(plan).toEqual({ toPut: [{ id: 'x', updatedAt: 3 }], added: 1, updated: 0, skipped: 2 });
  });

  test('every incoming record is counted exactly once', () => {
    fc.assert(
      fc.property(local, rows, (existing, incoming) => {
        const plan = planMerge(existing, incoming);
        expect(plan.added + plan.updated + plan.skipped).toBe(incoming.length);
        expect(plan.toPut).toHaveLength(plan.added + plan.updated);
      }),
    );
  });

  test('idempotent: merging the same records again puts nothing', () => {
    fc.assert(
      fc.property(local, rows, (existing, incoming) => {
        const merged = apply(existing, planMerge(existing, incoming).toPut);
        const again = planMerge(merged, incoming);
        expect(again.toPut).toEqual([]);
        expect(again.added + again.updated).toBe(0);
      }),
    );
  });

  test('the newest updatedAt always wins, whichever side has it', () => {
    fc.assert(
      fc.property(local, rows, (existing, incoming) => {
        const merged = apply(existing, planMerge(existing, incoming).toPut);
        const ids = new Set([...existing.keys(), ...incoming.map((r) => r.id)]);
        for (const id of ids) {
          const newest = Math.max(
            ...[existing.get(id), ...incoming.filter((r) => r.id === id)].map(
              (r) => r?.updatedAt ?? -1,
            ),
          );
          expect(merged.get(id)?.updatedAt).toBe(newest);
        }
      }),
    );
  });

  test('a tie keeps the local copy', () => {
    fc.assert(
      fc.property(local, (existing) => {
        const incoming = [...existing.values()].map((r) => ({ ...r, label: `${r.label}!` }));
        const merged = apply(existing, planMerge(existing, incoming).toPut);
        expect(merged).toEqual(existing);
      }),
    );
  });
});

describe('planSettingsMerge', () => {
  test('applies only keys not set locally', () => {
    const plan = planSettingsMerge(new Set(['leadTimeMs']), [
      { key: 'leadTimeMs', value: 10_000 },
      { key: 'customKinds', value: [] },
    ]);
    expect(plan).toEqual({
      toPut: [{ key: 'customKinds', value: [] }],
      added: 1,
      updated: 0,
      skipped: 1,
    });
  });

  test('idempotent: a second import of the same settings puts nothing', () => {
    const settings = fc.array(
      fc.record({ key: fc.constantFrom('a', 'b', 'c'), value: fc.jsonValue() }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'b', 'c')), settings, (keys, incoming) => {
        const first = planSettingsMerge(new Set(keys), incoming);
        const after = new Set([...keys, ...first.toPut.map((s) => s.key)]);
        expect(planSettingsMerge(after, incoming).toPut).toEqual([]);
      }),
    );
  });
});
