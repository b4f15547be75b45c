import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  CSV_HEADER,
  csvField,
  csvOffset,
  guardFormula,
  momentsToCsv,
} from '../../../../lib/domain/export/call-csv';
import { PARTNER_PLACEHOLDER } from '../../../../lib/domain/export/anonymise';
import { momentsInOrder } from '../../../../lib/domain/export/call-export';
import { PLATFORM_LABELS } from '../../../../lib/domain/meeting-tab';
import { summarize } from '../../../../lib/domain/reciprocity';
import { VERDICT_LABELS } from '../../../../lib/domain/verdict-labels';
import { FIXTURE } from './fixture-call';
import { expectGolden } from './golden';

/** What a reader does to get the user's text back: drop the guard we added. */
function unguard(field: string): string {
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('momentsToCsv', () => {
  test('golden: the fixture call', () => {
    expectGolden('acme-intro.csv', momentsToCsv(FIXTURE));
  });

  test('every row says which call it is from: id, title, partner, platform, start, verdict', () => {
    const [header, ...rows] = parse(momentsToCsv(FIXTURE));
    const at = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row[at('call_id')]).toBe(FIXTURE.call.id);
      expect(row[at('call_title')]).toBe(FIXTURE.call.title);
      expect(row[at('partner')]).toBe(FIXTURE.partner?.name);
      expect(row[at('platform')]).toBe(PLATFORM_LABELS[FIXTURE.call.platform]);
      expect(Date.parse(row[at('call_start_iso')] ?? '')).toBe(FIXTURE.call.startedAt);
      expect(row[at('call_verdict')]).toBe(
        VERDICT_LABELS[summarize(FIXTURE.moments, FIXTURE.summary).verdict],
      );
    }
  });

  test('anonymised, the call’s columns hide the partner too', () => {
    const [header, ...rows] = parse(momentsToCsv(FIXTURE, { anonymise: {} }));
    const partner = FIXTURE.partner?.name ?? '';
    expect(partner).not.toBe('');
    for (const row of rows) {
      expect(row[header?.indexOf('partner') ?? -1]).toBe(PARTNER_PLACEHOLDER);
      expect(row.join(',')).not.toContain(partner);
    }
  });

  test('starts with a byte-order mark for Excel, unless asked not to', () => {
    expect(momentsToCsv(FIXTURE).startsWith('\uFEFFoffset,time_iso,')).toBe(true);
    expect(momentsToCsv(FIXTURE, { bom: false }).startsWith('offset,time_iso,')).toBe(true);
  });

  test('ends every record, and only records, with CRLF', () => {
    const csv = momentsToCsv(FIXTURE, { bom: false });
    expect(csv.endsWith('\r\n')).toBe(true);
    // The one bare LF is inside the quoted multi-line note.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  test('round trip through a real CSV parser gives every note back exactly', () => {
    const [header, ...rows] = parse(momentsToCsv(FIXTURE));
    expect(header).toEqual([...CSV_HEADER]);
    const moments = momentsInOrder(FIXTURE.moments);
    expect(rows).toHaveLength(moments.length);
    rows.forEach((row, i) => {
      const moment = moments[i];
      expect(row).toHaveLength(CSV_HEADER.length);
      expect(unguard(row[8] ?? '')).toBe(moment?.note);
      expect(row[2]).toBe(moment?.side);
      expect(row[3]).toBe(moment?.kind);
      expect(Number(row[5])).toBe(moment?.weight);
      expect(Date.parse(row[1] ?? '')).toBe(moment?.at);
    });
  });

  test('notes that a spreadsheet would run are guarded, the rest are not', () => {
    const rows = parse(momentsToCsv(FIXTURE)).slice(1);
    const notes = rows.map((row) => row[8]);
    expect(notes).toContain('\'=HYPERLINK("http://x")');
    expect(notes).toContain("'-5% on rates was floated for volumes over 10k");
    expect(notes).toContain("'@Dana to join the next call");
    expect(notes).toContain('Vague on who signs off the budget');
    // Numbers and times are ours: never guarded.
    for (const row of rows) expect(row[5]).toMatch(/^[123]$/);
  });

  test('due dates and follow-up states are filled in where they exist', () => {
    const rows = parse(momentsToCsv(FIXTURE)).slice(1);
    const commitment = rows.find((row) => row[3] === 'commitment' && row[6] === 'open');
    expect(commitment?.[7]).toBe('2026-11-27T17:00:00.000Z');
    expect(rows.find((row) => row[3] === 'proprietary')?.[6]).toBe('declined');
    expect(rows.find((row) => row[3] === 'note')?.[6]).toBe('');
  });
});

describe('CSV pieces', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'tis", "'tis"],
    ['', ''],
  ])('guardFormula(%j) → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('csvField(%j) → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  test.each([
    [0, '0:00:00'],
    [192_000, '0:03:12'],
    [3_725_000, '1:02:05'],
    [-5, '0:00:00'],
  ])('csvOffset(%d) → %s', (ms, expected) => {
    expect(csvOffset(ms)).toBe(expected);
  });
});
