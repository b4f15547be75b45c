import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildBackup,
  momentRecord,
  serializeBackup,
} from '../../../../lib/domain/backup/backup-format';
import {
  backupSchemas,
  ID_MAX,
  KIND_MAX,
  NOTES_MAX,
} from '../../../../lib/domain/backup/backup-schema';
import { timestampRange } from '../../../../lib/domain/backup/backup-timestamps';
import { isExactBackupMoment } from '../../../../lib/domain/backup/moment-fast-path';
import { validateBackupFile } from '../../../../lib/domain/backup/parse-backup';
import { QUOTE_MAX_LINES, QUOTE_TEXT_MAX, SPEAKER_MAX } from '../../../../lib/domain/quotes/quote';
import { CALL, MOMENTS, PARTNER } from '../export/fixture-call';

const NOW = Date.UTC(2026, 11, 1);
const RANGE = timestampRange(NOW);
const schemas = backupSchemas(NOW);

type Row = Record<string, unknown>;
const [FIRST] = MOMENTS;
if (!FIRST) throw new Error('the fixture has no moment');

const MOMENT_KEYS = [
  'id',
  'callId',
  'side',
  'kind',
  'at',
  'offsetMs',
  'note',
  'weight',
  'createdAt',
  'updatedAt',
  'state',
  'dueAt',
  'quote',
  'quoteSideDismissed',
];
const LINE_KEYS = ['speaker', 'text', 'mine'];

/** A string of `min`…`max` characters, often right at a limit. */
const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 20) }),
    fc.constant('x'.repeat(max)),
    fc.constant('é'.repeat(Math.max(min, 1))),
  );
const time = fc.oneof(
  fc.integer({ min: RANGE.min, max: RANGE.max }),
  fc.constantFrom(RANGE.min, RANGE.max),
  fc.double({ min: RANGE.min, max: RANGE.max, noNaN: true }),
);
const quoteLine = fc.record({
  speaker: text(0, SPEAKER_MAX),
  text: text(1, QUOTE_TEXT_MAX),
  mine: fc.boolean(),
});

/** A moment as the app writes it, every optional field present or not. */
const validMoment: fc.Arbitrary<Row> = fc
  .record(
    {
      id: text(1, ID_MAX),
      callId: text(1, ID_MAX),
      side: fc.constantFrom('them', 'me'),
      kind: text(1, KIND_MAX),
      at: time,
      offsetMs: fc.oneof(
        fc.constantFrom(0, RANGE.max - RANGE.min),
        fc.double({ min: 0, max: RANGE.max - RANGE.min, noNaN: true }),
      ),
      note: text(0, NOTES_MAX),
      weight: fc.constantFrom(1, 2, 3),
      createdAt: time,
      updatedAt: time,
      state: fc.constantFrom('open', 'answered', 'declined', 'done'),
      dueAt: time,
      quote: fc.array(quoteLine, { minLength: 1, maxLength: QUOTE_MAX_LINES }),
      quoteSideDismissed: fc.constant(true),
    },
    { requiredKeys: ['id', 'callId', 'side', 'kind', 'at', 'offsetMs', 'note', 'weight'] },
  )
  .map((m) => ({ createdAt: m.at, updatedAt: m.at, ...m }));

const badTime = fc.constantFrom(RANGE.min - 1, RANGE.max + 1, '2026-12-01', null);
const badText = (min: number, max: number) =>
  fc.constantFrom(...(min > 0 ? [''] : []), 'x'.repeat(max + 1), 1, null);
const badLine = fc.oneof(
  quoteLine.map((l) => ({ ...l, speaker: 'x'.repeat(SPEAKER_MAX + 1) })),
  quoteLine.map((l) => ({ ...l, text: '' })),
  quoteLine.map((l) => ({ ...l, text: 'x'.repeat(QUOTE_TEXT_MAX + 1) })),
  quoteLine.map((l) => ({ ...l, mine: 'yes' })),
  quoteLine.map((l) => ({ ...l, extra: 1 })),
  quoteLine.map(({ speaker, text }) => ({ speaker, text })),
  fc.anything(),
);

/** For each field, values just past its limits and of the wrong type. */
const BAD: Record<string, fc.Arbitrary<unknown>> = {
  id: badText(1, ID_MAX),
  callId: badText(1, ID_MAX),
  side: fc.constantFrom('they', 'Them', 0),
  kind: badText(1, KIND_MAX),
  at: badTime,
  offsetMs: fc.constantFrom(-1, -0.5, RANGE.max - RANGE.min + 1, '0'),
  note: badText(0, NOTES_MAX),
  weight: fc.constantFrom(0, 4, 1.5, '1', true),
  createdAt: badTime,
  updatedAt: badTime,
  state: fc.constantFrom('closed', '', 1),
  dueAt: badTime,
  quote: fc.oneof(
    fc.constant([]),
    fc.array(quoteLine, { minLength: QUOTE_MAX_LINES + 1, maxLength: QUOTE_MAX_LINES + 1 }),
    fc.tuple(fc.array(quoteLine, { maxLength: 2 }), badLine).map(([ok, bad]) => [...ok, bad]),
    fc.constant('a quote'),
  ),
  quoteSideDismissed: fc.constantFrom(false, 1, 'true', null),
};

/** One thing changed: a field set to a bad value or to anything at all, removed, or added. */
const corruptedMoment: fc.Arbitrary<Row> = fc
  .tuple(
    validMoment,
    fc.constantFrom(...MOMENT_KEYS, 'extra', '__proto__', 'open', 'words'),
    fc.constantFrom('bad', 'anything', 'removed'),
    fc.anything(),
  )
  .chain(([m, key, how, anything]) => {
    if (how === 'removed') return fc.constant(without(m, key));
    const bad = Object.hasOwn(BAD, key) ? BAD[key] : undefined;
    const value = how === 'anything' || !bad ? fc.constant(anything) : bad;
    return value.map((v) => {
      const row: Row = { ...m };
      // defineProperty, so that "__proto__" becomes a key as JSON.parse makes it one.
      Object.defineProperty(row, key, { value: v, enumerable: true, writable: true });
      return row;
    });
  });

function without(row: Row, key: string): Row {
  return Object.fromEntries(Object.entries(row).filter(([k]) => k !== key));
}

/** As parseBackup sees a row: through JSON, where there is no undefined, NaN or Infinity. */
const asJson = (row: Row): unknown => JSON.parse(JSON.stringify(row));

/** Whether zod would strip something from the row: a key it does not know, here or in a line. */
function hasUnknownKeys(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const record = row as Row;
  if (Object.keys(record).some((k) => !MOMENT_KEYS.includes(k))) return true;
  return (
    Array.isArray(record.quote) &&
    record.quote.some(
      (line: unknown) =>
        typeof line === 'object' &&
        line !== null &&
        !Array.isArray(line) &&
        Object.keys(line).some((k) => !LINE_KEYS.includes(k)),
    )
  );
}

describe('isExactBackupMoment against the zod schema', () => {
  test('accepts exactly what zod accepts unchanged, on valid and corrupted rows', () => {
    fc.assert(
      fc.property(fc.oneof(validMoment, corruptedMoment), (generated) => {
        const row = asJson(generated);
        const fast = isExactBackupMoment(row, RANGE);
        const zod = schemas.moment.safeParse(row);
        if (fast) {
          // Kept as parsed: zod would have returned the same row.
          expect(zod.success).toBe(true);
          expect(zod.data).toStrictEqual(row);
        } else if (hasUnknownKeys(row)) {
          // zod strips what the fast path leaves to it: either answer is right here.
        } else {
          expect(zod.success).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('every row the app writes takes the fast path', () => {
    fc.assert(
      fc.property(validMoment, (m) => {
        expect(isExactBackupMoment(asJson(m), RANGE)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // The fixture's stored moments carry the derived `open` flag: a file never does.
    for (const m of MOMENTS) expect(isExactBackupMoment(asJson(momentRecord(m)), RANGE)).toBe(true);
  });

  test('a row with a key zod would strip is left to zod', () => {
    const m = momentRecord(FIRST);
    expect(isExactBackupMoment(m, RANGE)).toBe(true);
    expect(isExactBackupMoment({ ...m, words: ['x'] }, RANGE)).toBe(false);
    expect(isExactBackupMoment({ ...m, open: 1 }, RANGE)).toBe(false);
    expect(isExactBackupMoment(JSON.parse('{"__proto__": 1}'), RANGE)).toBe(false);
    expect(
      isExactBackupMoment({ ...m, quote: [{ speaker: 'A', text: 'b', mine: true, x: 1 }] }, RANGE),
    ).toBe(false);
  });

  test('an inherited key is not a field', () => {
    const row: Row = Object.create({ extra: 1 }) as Row;
    Object.assign(row, momentRecord(FIRST));
    expect(isExactBackupMoment(row, RANGE)).toBe(false);
  });
});

describe('validateBackupFile', () => {
  const file = JSON.parse(
    serializeBackup(buildBackup({ partners: [PARTNER], calls: [CALL], moments: MOMENTS }, NOW)),
  ) as Row & { moments: Row[] };

  test('a file whose moments mix clean and corrupted rows reads as zod alone reads it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validMoment, corruptedMoment), { maxLength: 6 }), (rows) => {
        const data = asJson({ ...file, moments: [...file.moments, ...rows] }) as Row;
        const ours = validateBackupFile(data, NOW);
        const zod = schemas.file.safeParse(data);
        expect(ours.success).toBe(zod.success);
        if (zod.success) expect(ours.data).toStrictEqual(zod.data);
        else expect(ours.error?.issues).toEqual(zod.error.issues);
      }),
      { numRuns: 300 },
    );
  });

  test('the rest of the file is still checked when every moment is clean', () => {
    const data = { ...file, calls: [{ ...CALL, platform: 'skype' }] };
    const ours = validateBackupFile(data, NOW);
    expect(ours.success).toBe(false);
    expect(ours.error?.issues[0]?.path).toEqual(['calls', 0, 'platform']);
  });

  test('clean moments are kept as parsed, not copied', () => {
    const ours = validateBackupFile(file, NOW);
    expect(ours.data?.moments).toBe(file.moments);
  });
});
