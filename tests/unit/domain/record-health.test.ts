import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatDate as formatExportDate,
  formatDateTime,
} from '../../../lib/domain/export/format-date-time';
import { formatDate, formatDay, isValidTime, UNKNOWN_DATE } from '../../../lib/domain/format-time';
import {
  damagedCallFields,
  damagedMomentFields,
  isSoundCall,
} from '../../../lib/domain/record-health';
import { CALL, MOMENTS } from './export/fixture-call';

const NOW = Date.UTC(2026, 11, 1);
const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
/** Numbers a damaged record may hold where a time belongs. */
const NOT_A_DATE = [8640000000000001, -8640000000000001, 1e300, -1e300, NaN, Infinity];

describe('dates that are no dates never throw while formatting', () => {
  test.each(NOT_A_DATE)('%d reads as "unknown date"', (ms) => {
    expect(isValidTime(ms)).toBe(false);
    expect(formatDate(format, ms)).toBe(UNKNOWN_DATE);
    expect(formatDay(ms, NOW)).toBe(UNKNOWN_DATE);
    expect(formatExportDate(ms)).toBe('????-??-??');
    expect(formatDateTime(ms)).toBe('????-??-?? ??:??');
  });

  test('the edges of what Date holds are still dates', () => {
    expect(formatDate(format, 8.64e15)).toBe(format.format(8.64e15));
    expect(isValidTime(-8.64e15)).toBe(true);
  });

  test('property: formatting any number never throws, and a valid one is Intl’s own', () => {
    fc.assert(
      fc.property(fc.double(), (ms) => {
        const shown = formatDate(format, ms);
        expect(shown).toBe(isValidTime(ms) ? format.format(ms) : UNKNOWN_DATE);
        expect(() => formatDay(ms, NOW)).not.toThrow();
        expect(() => formatDateTime(ms, 'Europe/Berlin')).not.toThrow();
      }),
    );
  });
});

describe('damagedCallFields', () => {
  test('a call as the app stores it is sound', () => {
    expect(damagedCallFields(CALL)).toEqual([]);
    expect(isSoundCall({ ...CALL, endedAt: null })).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a start past the last date', { startedAt: 8640000000000001 }, ['startedAt']],
    ['an end at 1e300', { endedAt: 1e300 }, ['endedAt']],
    ['no end at all (not even null)', { endedAt: undefined }, ['endedAt']],
    ['no tally', { tally: undefined }, ['tally']],
    [
      'a tally without its open counts',
      { tally: { ...CALL.tally, openAsks: undefined } },
      ['tally'],
    ],
    ['a title that is not text', { title: 42 }, ['title']],
    ['both dates bad', { startedAt: 'yesterday', endedAt: NaN }, ['startedAt', 'endedAt']],
  ])('%s', (_, change, fields) => {
    expect(damagedCallFields({ ...CALL, ...change })).toEqual(fields);
  });

  test('not even an object', () => {
    expect(damagedCallFields(null)).toEqual(['the whole record']);
  });
});

describe('damagedMomentFields', () => {
  test('moments as the app stores them are sound', () => {
    for (const m of MOMENTS) expect(damagedMomentFields(m)).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['at 1e300', { at: 1e300 }, ['at']],
    ['due at 1e300', { dueAt: 1e300 }, ['dueAt']],
    ['a side that is neither', { side: 'they' }, ['side']],
    ['an offset that is no number', { offsetMs: NaN }, ['offsetMs']],
    ['a quote that is no list of lines', { quote: [{ speaker: 'Dana' }] }, ['quote']],
    ['a quote that is text', { quote: 'could you' }, ['quote']],
  ])('%s', (_, change, fields) => {
    expect(damagedMomentFields({ ...MOMENTS[0], ...change })).toEqual(fields);
  });
});
