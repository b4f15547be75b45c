import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { anonymiseExport, nameReplacer } from '../../../../lib/domain/export/anonymise';
import { momentsToCsv } from '../../../../lib/domain/export/call-csv';
import { callToJson } from '../../../../lib/domain/export/call-json';
import { callToMarkdown } from '../../../../lib/domain/export/call-markdown';
import { FIXTURE, OTHER_NAMES, PARTNER } from './fixture-call';

const HIDDEN = [PARTNER.name, 'Acme', ...OTHER_NAMES, 'Dana', 'Whitfield'];
const options = { anonymise: { names: OTHER_NAMES } };

describe('anonymised exports', () => {
  test.each([
    ['Markdown', () => callToMarkdown(FIXTURE, options)],
    ['CSV', () => momentsToCsv(FIXTURE, options)],
    ['JSON', () => callToJson(FIXTURE, { exportedAt: 0, ...options })],
  ])('%s names no one', (_, exported) => {
    const text = exported().toLowerCase();
    for (const name of HIDDEN) expect(text).not.toContain(name.toLowerCase());
  });

  test('the fixture really does name them when not anonymised', () => {
    const text = callToMarkdown(FIXTURE);
    for (const name of HIDDEN) expect(text).toContain(name);
  });

  test('the anonymised CSV still parses, with placeholders in the notes', () => {
    const { data } = Papa.parse<string[]>(momentsToCsv(FIXTURE, options).slice(1), {
      skipEmptyLines: true,
    });
    expect(data.map((row) => row[8])).toContain(
      'Asked for an intro to Person 1, our "Nordics" lead',
    );
  });
});

describe('anonymiseExport', () => {
  const result = anonymiseExport(FIXTURE, { names: OTHER_NAMES });

  test('replaces the partner and drops the meeting link', () => {
    expect(result.partner?.name).toBe('Partner');
    expect(result.call.title).toBe('<b>Partner</b> intro');
    expect(result.call).not.toHaveProperty('url');
    expect(result.call.prep?.need).toBe('A named sponsor at Partner and a budget range');
  });

  test('leaves the input untouched', () => {
    expect(FIXTURE.call.title).toBe('<b>Acme</b> intro');
    expect(FIXTURE.partner?.name).toBe('Acme Corp');
  });

  test('with nothing to hide, the texts are unchanged', () => {
    const same = anonymiseExport({ ...FIXTURE, partner: undefined });
    expect(same.moments.map((m) => m.note)).toEqual(FIXTURE.moments.map((m) => m.note));
    expect(same.call.title).toBe(FIXTURE.call.title);
  });
});

describe('nameReplacer', () => {
  const partner = {
    id: 'p',
    name: 'Jane Doe',
    organisation: 'The Acme Corp.',
    notes: '',
    createdAt: 0,
    updatedAt: 0,
  };
  const hide = nameReplacer(partner, ['Bob Stone', 'Zoë']);

  test.each([
    ['Jane Doe from The Acme Corp. called', 'Partner from Partner called'],
    ["JANE said acme’s and Acme's pricing", "Partner said Partner’s and Partner's pricing"],
    ['Bob and bob stone', 'Person 1 and Person 1'],
    ['Zoë agreed; zoë too', 'Person 2 agreed; Person 2 too'],
    // Whole words only.
    ['Janet, Acmeville, Bobby, Zoëy', 'Janet, Acmeville, Bobby, Zoëy'],
    // Legal forms and particles are not hidden on their own.
    ['the corp is the best', 'the corp is the best'],
    ['Jane\nDoe', 'Partner'],
    ['mail jane@acme.com', 'mail Partner@Partner.com'],
  ])('%j → %j', (input, expected) => {
    expect(hide(input)).toBe(expected);
  });

  test('a replacement is never replaced again', () => {
    const replace = nameReplacer(undefined, ['Person', 'Partner']);
    expect(replace('Person met Partner')).toBe('Person 1 met Person 2');
  });

  test('names with regular-expression characters are taken literally', () => {
    const replace = nameReplacer(undefined, ['A.B (C)']);
    expect(replace('A.B (C) and AxB (C)')).toBe('Person 1 and AxB (C)');
  });
});

describe('anonymiseExport and database rows', () => {
  test('a full call row’s search words, which hold the names, do not travel along', () => {
    const result = anonymiseExport(FIXTURE);
    expect(FIXTURE.call).toHaveProperty('words');
    expect(result.call).not.toHaveProperty('words');
    expect(result.call).not.toHaveProperty('tally');
    expect(JSON.stringify(result).toLowerCase()).not.toContain('acme');
  });
});
