import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CALLS_CSV_HEADER, callsToCsv } from '../../../../lib/domain/export/calls-csv';
import type { Call, Moment } from '../../../../lib/domain/model';
import { computeTally } from '../../../../lib/domain/tally';

const base = { weight: 1, createdAt: 0, updatedAt: 0, note: '', at: 0, callId: 'c1' } as const;
const MOMENTS: Moment[] = [
  { ...base, id: 'm1', side: 'them', kind: 'request', offsetMs: 1 },
  { ...base, id: 'm2', side: 'them', kind: 'request', offsetMs: 2 },
  { ...base, id: 'm3', side: 'me', kind: 'value', offsetMs: 3 },
];
const CALL = {
  id: 'c1',
  title: '=HYPERLINK("x") pilot',
  partnerId: 'p1',
  platform: 'teams',
  startedAt: Date.UTC(2026, 11, 3, 14),
  endedAt: Date.UTC(2026, 11, 3, 14, 42),
  notes: '',
  updatedAt: 0,
  words: [],
  outcome: { reached: 'partly', why: 'pilot yes, pricing open' },
  tally: computeTally(MOMENTS),
} as Call;

function parse(csv: string): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('callsToCsv', () => {
  test('one row per call from its stored tally, each side apart, outcome and id', () => {
    const [row, ...rest] = parse(callsToCsv([CALL], () => 'Acme, Inc.'));
    expect(rest).toEqual([]);
    expect(Object.keys(row ?? {})).toEqual([...CALLS_CSV_HEADER]);
    expect(row).toMatchObject({
      date_iso: '2026-12-03T14:00:00.000Z',
      partner: 'Acme, Inc.',
      platform: 'Microsoft Teams',
      duration_min: '42',
      they_gave: '0',
      they_took: '2',
      you_gave: '1',
      you_took: '0',
      open_asks: '2',
      open_commitments: '0',
      goal_reached: 'Partly',
      outcome: 'pilot yes, pricing open',
      call_id: 'c1',
    });
    // Typed text that looks like a formula is made inert.
    expect(row?.title).toBe(`'${CALL.title}`);
  });

  test('the order given, a live call with no duration, a call with no partner', () => {
    const live = { ...CALL, id: 'c2', endedAt: null, partnerId: undefined } as Call;
    const rows = parse(callsToCsv([live, CALL], (id) => (id === 'p1' ? 'Acme' : undefined)));
    expect(rows.map((r) => r.call_id)).toEqual(['c2', 'c1']);
    expect(rows[0]).toMatchObject({ duration_min: '', partner: '' });
  });

  test('starts with a byte-order mark for Excel, unless asked not to', () => {
    expect(callsToCsv([], () => undefined).startsWith('\uFEFFdate_iso,')).toBe(true);
    expect(callsToCsv([], () => undefined, { bom: false })).toBe(
      `${CALLS_CSV_HEADER.join(',')}\r\n`,
    );
  });
});
