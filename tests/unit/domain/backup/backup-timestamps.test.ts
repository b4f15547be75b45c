import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildBackup,
  serializeBackup,
  type BackupCall,
  type BackupFile,
  type BackupMoment,
} from '../../../../lib/domain/backup/backup-format';
import {
  MOMENT_AT_SLACK_MS,
  MOMENT_PAST_END_MS,
} from '../../../../lib/domain/backup/backup-references';
import {
  EARLIEST_TIMESTAMP,
  timestampRange,
} from '../../../../lib/domain/backup/backup-timestamps';
import { parseBackup, type ParseBackupResult } from '../../../../lib/domain/backup/parse-backup';
import { stampMoment } from '../../../../lib/domain/lead-time';
import type { Partner } from '../../../../lib/domain/model';
import { CALL, MOMENTS, PARTNER } from '../export/fixture-call';

/** Today, for the tests: timestamps from 2000-01-01 to 2126-12-01 are sane. */
const NOW = Date.UTC(2026, 11, 1);
const MAX = timestampRange(NOW).max;
const RANGE = 'must be a date from 2000-01-01 to 2126-12-01';
const MINUTE = 60_000;

type Raw = Record<string, unknown> & {
  exportedAt: unknown;
  partners: Array<Record<string, unknown>>;
  calls: Array<Record<string, unknown>>;
  moments: Array<Record<string, unknown>>;
};

function raw(): Raw {
  const file = buildBackup({ partners: [PARTNER], calls: [CALL], moments: MOMENTS }, NOW);
  return JSON.parse(serializeBackup(file)) as Raw;
}

function parse(data: unknown): ParseBackupResult {
  return parseBackup(JSON.stringify(data), { now: NOW });
}

function problems(result: ParseBackupResult): Array<{ path: string; message: string }> {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const CALL_PATH = 'calls[0] (id c4a7e1f2…)';
const momentPath = (i: number) => `moments[${i}] (id ${MOMENTS[i]?.id.slice(0, 8) ?? ''}…)`;
/** The fixture's commitment with a due date. */
const DUE = MOMENTS.findIndex((m) => m.dueAt !== undefined);

describe('timestampRange', () => {
  test('from 2000-01-01 to a hundred years after now', () => {
    expect(timestampRange(NOW)).toEqual({
      min: Date.UTC(2000, 0, 1),
      max: Date.UTC(2126, 11, 1),
    });
  });
});

describe('parseBackup: timestamps are dates in a sane range', () => {
  test.each<[string, (data: Raw) => void, string, string]>([
    [
      'a call started one past the last date JavaScript can hold',
      (d) => Object.assign(d.calls[0] ?? {}, { startedAt: 8640000000000001 }),
      `${CALL_PATH}.startedAt`,
      `${RANGE}, found 8640000000000001`,
    ],
    [
      'a call started at 1e300',
      (d) => Object.assign(d.calls[0] ?? {}, { startedAt: 1e300 }),
      `${CALL_PATH}.startedAt`,
      `${RANGE}, found 1e+300`,
    ],
    [
      'a moment at 1e300',
      (d) => Object.assign(d.moments[3] ?? {}, { at: 1e300 }),
      `${momentPath(3)}.at`,
      `${RANGE}, found 1e+300`,
    ],
    [
      'a moment due at 1e300',
      (d) => Object.assign(d.moments[DUE] ?? {}, { dueAt: 1e300 }),
      `${momentPath(DUE)}.dueAt`,
      `${RANGE}, found 1e+300`,
    ],
    [
      'a call ended in 1999',
      (d) => Object.assign(d.calls[0] ?? {}, { endedAt: Date.UTC(1999, 11, 31, 23, 59) }),
      `${CALL_PATH}.endedAt`,
      `${RANGE}, found ${Date.UTC(1999, 11, 31, 23, 59)} (1999-12-31)`,
    ],
    [
      'a partner updated one millisecond after the range',
      (d) => Object.assign(d.partners[0] ?? {}, { updatedAt: MAX + 1 }),
      'partners[0] (id 5b1f0c2e…).updatedAt',
      `${RANGE}, found ${MAX + 1} (2126-12-01)`,
    ],
    [
      'a moment created at 0',
      (d) => Object.assign(d.moments[0] ?? {}, { createdAt: 0 }),
      `${momentPath(0)}.createdAt`,
      `${RANGE}, found 0 (1970-01-01)`,
    ],
    [
      'a file exported at 1e300',
      (d) => (d.exportedAt = 1e300),
      'exportedAt',
      `${RANGE}, found 1e+300`,
    ],
  ])('refused: %s', (_, breakIt, path, message) => {
    const data = raw();
    breakIt(data);
    expect(problems(parse(data))).toEqual([{ path, message }]);
  });

  test('the first and last moments of the range are accepted', () => {
    const data = raw();
    Object.assign(data.partners[0] ?? {}, { createdAt: EARLIEST_TIMESTAMP, updatedAt: MAX });
    Object.assign(data.moments[DUE] ?? {}, { dueAt: MAX });
    expect(parse(data).ok).toBe(true);
  });

  test('the range moves with now: a file from 2026 read in 2030 is fine', () => {
    expect(
      parseBackup(
        serializeBackup(buildBackup({ partners: [PARTNER], calls: [CALL], moments: MOMENTS }, NOW)),
        { now: Date.UTC(2030, 0, 1) },
      ).ok,
    ).toBe(true);
  });
});

describe('parseBackup: timestamps in the order their records imply', () => {
  test('a call that ends before it starts', () => {
    const data = raw();
    Object.assign(data.calls[0] ?? {}, { endedAt: CALL.startedAt - MINUTE });
    expect(problems(parse(data))).toEqual([
      {
        path: `${CALL_PATH}.endedAt`,
        message:
          "must not be before the call's start (startedAt 2026-11-23 14:05:00 UTC), found 2026-11-23 14:04:00 UTC",
      },
    ]);
  });

  test('a moment before its call started', () => {
    const data = raw();
    Object.assign(data.moments[0] ?? {}, { offsetMs: -1000, at: CALL.startedAt - 1000 });
    expect(problems(parse(data))).toEqual([
      { path: `${momentPath(0)}.offsetMs`, message: 'must be 0 or more, found -1000' },
    ]);
  });

  test('a moment further into its call than the call lasted', () => {
    const data = raw();
    const length = (CALL.endedAt ?? 0) - CALL.startedAt;
    const offsetMs = length + MOMENT_PAST_END_MS + 1000;
    Object.assign(data.moments[0] ?? {}, { offsetMs, at: CALL.startedAt + offsetMs });
    expect(problems(parse(data))).toEqual([
      {
        path: `${momentPath(0)}.offsetMs`,
        message: `is 52:01 into its call, which lasted 42 min`,
      },
    ]);
  });

  test('a moment just past its call’s end is accepted: a tag can cross an End', () => {
    const data = raw();
    const offsetMs = (CALL.endedAt ?? 0) - CALL.startedAt + MOMENT_PAST_END_MS;
    Object.assign(data.moments[0] ?? {}, { offsetMs, at: CALL.startedAt + offsetMs });
    expect(parse(data).ok).toBe(true);
  });

  test('a moment whose time does not match its offset in the call', () => {
    const data = raw();
    const moment = MOMENTS[2];
    if (!moment) throw new Error('fixture changed');
    Object.assign(data.moments[2] ?? {}, { at: moment.at + MOMENT_AT_SLACK_MS + 1 });
    expect(problems(parse(data))).toEqual([
      {
        path: `${momentPath(2)}.at`,
        message: `must be its call's start plus offsetMs (2026-11-23 14:14:20 UTC), found 2026-11-23 14:14:21 UTC`,
      },
    ]);
  });

  test('a moment of a running call may be anywhere after its start', () => {
    const data = raw();
    Object.assign(data.calls[0] ?? {}, { endedAt: null });
    const offsetMs = 30 * 24 * 60 * MINUTE;
    Object.assign(data.moments[0] ?? {}, { offsetMs, at: CALL.startedAt + offsetMs });
    expect(parse(data).ok).toBe(true);
  });
});

/** Data as the app writes it: a call between its start and end, moments stamped by key presses. */
const appData = fc
  .record({
    startedAt: fc.integer({ min: EARLIEST_TIMESTAMP, max: NOW }),
    lengthMs: fc.integer({ min: 0, max: 12 * 60 * MINUTE }),
    live: fc.boolean(),
    leadMs: fc.integer({ min: 0, max: 60_000 }),
    presses: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    dueInDays: fc.option(fc.integer({ min: -365, max: 365 * 5 })),
    editedAfterMs: fc.integer({ min: 0, max: 365 * 24 * 60 * MINUTE }),
  })
  .map((d): BackupFile => {
    const endedAt = d.startedAt + d.lengthMs;
    const partner: Partner = {
      ...PARTNER,
      createdAt: d.startedAt,
      updatedAt: Math.min(NOW, d.startedAt + d.editedAfterMs),
    };
    const call: BackupCall = {
      id: 'call',
      title: 'A call',
      partnerId: partner.id,
      platform: 'meet',
      startedAt: d.startedAt,
      endedAt: d.live ? null : endedAt,
      notes: '',
      updatedAt: endedAt,
    };
    const moments = d.presses.map((share, i): BackupMoment => {
      const pressedAt = d.startedAt + Math.round(share * d.lengthMs);
      const { at, offsetMs } = stampMoment(pressedAt, d.startedAt, d.leadMs);
      return {
        id: `m${i}`,
        callId: call.id,
        side: i % 2 ? 'me' : 'them',
        kind: 'commitment',
        at,
        offsetMs,
        note: '',
        weight: 1,
        createdAt: pressedAt,
        updatedAt: pressedAt,
        ...(d.dueInDays !== null && { dueAt: at + d.dueInDays * 24 * 60 * MINUTE }),
      };
    });
    return buildBackup({ partners: [partner], calls: [call], moments }, NOW);
  })
  .filter((file) => file.moments.every((m) => (m.dueAt ?? m.at) >= EARLIEST_TIMESTAMP));

const TIMESTAMP_FIELDS: ReadonlyArray<[table: 'partners' | 'calls' | 'moments', field: string]> = [
  ['partners', 'createdAt'],
  ['partners', 'updatedAt'],
  ['calls', 'startedAt'],
  ['calls', 'endedAt'],
  ['calls', 'updatedAt'],
  ['moments', 'at'],
  ['moments', 'createdAt'],
  ['moments', 'updatedAt'],
  ['moments', 'dueAt'],
];

/** Not a date in the range: before 2000, after the range, past what Date holds. */
const outOfRange = fc.oneof(
  fc.integer({ min: -8.64e15, max: EARLIEST_TIMESTAMP - 1 }),
  fc.integer({ min: MAX + 1, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: 8.64e15 + 1, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
);

describe('parseBackup: properties', () => {
  test('every backup written from data the app makes restores as it was', () => {
    fc.assert(
      fc.property(appData, (file) => {
        expect(parseBackup(serializeBackup(file), { now: NOW })).toEqual({ ok: true, file });
      }),
    );
  });

  test('any timestamp out of range is refused, naming its record and field', () => {
    fc.assert(
      fc.property(
        appData.filter((f) => f.moments.length > 0),
        fc.constantFrom(...TIMESTAMP_FIELDS),
        outOfRange,
        (file, [table, field], value) => {
          const data = JSON.parse(serializeBackup(file)) as Raw;
          const record = data[table][0];
          if (!record) throw new Error('no record');
          record[field] = value;
          const found = problems(parse(data));
          const id = String(record.id);
          const shown = id.length > 8 ? `${id.slice(0, 8)}…` : id;
          expect(found.map((p) => p.path)).toContain(`${table}[0] (id ${shown}).${field}`);
        },
      ),
    );
  });
});
