import { describe, expect, test } from 'vitest';
import {
  buildBackup,
  serializeBackup,
  type BackupFile,
} from '../../../../lib/domain/backup/backup-format';
import { MAX_PROBLEMS } from '../../../../lib/domain/backup/backup-problems';
import { parseBackup, type ParseBackupResult } from '../../../../lib/domain/backup/parse-backup';
import { CALL, MOMENTS, PARTNER } from '../export/fixture-call';

/** Today, for the tests: timestamps up to 2126-12-01 are sane. */
const NOW = Date.UTC(2026, 11, 1);

const FILE: BackupFile = buildBackup(
  { partners: [PARTNER], calls: [CALL], moments: MOMENTS, settings: [{ key: 'a', value: 1 }] },
  Date.UTC(2026, 11, 1),
);

/** The file as plain JSON data, to be broken in one place. */
function data(): Record<string, unknown> & {
  partners: Array<Record<string, unknown>>;
  calls: Array<Record<string, unknown>>;
  moments: Array<Record<string, unknown>>;
  settings: Array<Record<string, unknown>>;
} {
  return JSON.parse(serializeBackup(FILE)) as ReturnType<typeof data>;
}

function problems(result: ParseBackupResult): Array<{ path: string; message: string }> {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const M3 = MOMENTS[3]?.id.slice(0, 8) ?? '';

describe('parseBackup: files that are no backup', () => {
  test('not JSON, with the parser’s reason', () => {
    let reason = '';
    try {
      JSON.parse('{"app": ');
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(problems(parseBackup('{"app": '))).toEqual([
      { path: '', message: `This file is not JSON: ${reason}` },
    ]);
  });

  test('an empty file', () => {
    expect(problems(parseBackup('  \n'))).toEqual([{ path: '', message: 'This file is empty.' }]);
  });

  test.each([
    ['an object without "app"', '{"formatVersion": 1}'],
    ['a list', '[1, 2, 3]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('JSON but not a backup: %s', (_, text) => {
    expect(problems(parseBackup(text))).toEqual([
      {
        path: 'app',
        message: 'This is not a Reciprocity Coach backup: the field "app" is missing',
      },
    ]);
  });

  test('another app’s file', () => {
    expect(problems(parseBackup('{"app": "other-app", "formatVersion": 1}'))).toEqual([
      {
        path: 'app',
        message: 'This is not a Reciprocity Coach backup: the field "app" is "other-app"',
      },
    ]);
  });

  test('a file from a newer version', () => {
    const text = JSON.stringify({ ...data(), formatVersion: 7 });
    expect(problems(parseBackup(text))).toEqual([
      {
        path: 'formatVersion',
        message:
          'This backup was made by a newer version of Reciprocity Coach (format 7); this version reads format 1. Update the extension, then restore again.',
      },
    ]);
  });

  test.each([
    ['"1"', '"1"'],
    ['0', '0'],
    ['1.5', '1.5'],
  ])('an unknown format version: %s', (value, shown) => {
    const text = serializeBackup(FILE).replace('"formatVersion":1', `"formatVersion":${value}`);
    expect(problems(parseBackup(text))).toEqual([
      {
        path: 'formatVersion',
        message: `This backup has an unknown format version (${shown}); this version reads format 1.`,
      },
    ]);
  });

  test('no format version', () => {
    const raw = data();
    delete raw.formatVersion;
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: 'formatVersion',
        message:
          'This backup has no format version (the field "formatVersion" is missing), so it cannot be read.',
      },
    ]);
  });
});

describe('parseBackup: records', () => {
  test('a byte-order mark in front is fine', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(FILE)}`)).toEqual({ ok: true, file: FILE });
  });

  test('unknown keys are stripped, never kept', () => {
    const raw = data();
    raw.moments[0] = { ...raw.moments[0], open: 1, html: '<script>' };
    raw.calls[0] = { ...raw.calls[0], tally: { total: 999 }, words: ['x'], live: 1 };
    raw.extra = true;
    const result = parseBackup(JSON.stringify(raw));
    expect(result).toEqual({ ok: true, file: FILE });
  });

  test('names the record and the field, in plain words', () => {
    const raw = data();
    raw.moments[3] = { ...raw.moments[3], side: 'they' };
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      { path: `moments[3] (id ${M3}…).side`, message: 'must be "them" or "me", found "they"' },
    ]);
  });

  test.each<[string, (raw: ReturnType<typeof data>) => void, string, string]>([
    [
      'a wrong platform',
      (raw) => (raw.calls[0] = { ...raw.calls[0], platform: 'skype' }),
      'calls[0] (id c4a7e1f2…).platform',
      'must be "meet", "zoom", "teams", "webex" or "other", found "skype"',
    ],
    [
      'a weight out of range',
      (raw) => (raw.moments[3] = { ...raw.moments[3], weight: 5 }),
      `moments[3] (id ${M3}…).weight`,
      'must be 1, 2 or 3, found 5',
    ],
    [
      'a missing field',
      (raw) => delete raw.moments[3]?.note,
      `moments[3] (id ${M3}…).note`,
      'is missing',
    ],
    [
      'text where a number belongs',
      (raw) => (raw.moments[3] = { ...raw.moments[3], at: 'yesterday' }),
      `moments[3] (id ${M3}…).at`,
      'must be a number, found "yesterday"',
    ],
    [
      'a negative timestamp',
      (raw) => (raw.partners[0] = { ...raw.partners[0], createdAt: -5 }),
      'partners[0] (id 5b1f0c2e…).createdAt',
      'must be a date from 2000-01-01 to 2126-12-01, found -5 (1969-12-31)',
    ],
    [
      'an end that is neither a time nor null',
      (raw) => (raw.calls[0] = { ...raw.calls[0], endedAt: 'soon' }),
      'calls[0] (id c4a7e1f2…).endedAt',
      'must be a number or null, found "soon"',
    ],
    [
      'a title too long',
      (raw) => (raw.calls[0] = { ...raw.calls[0], title: 'x'.repeat(201) }),
      'calls[0] (id c4a7e1f2…).title',
      'must be at most 200 characters, found 201',
    ],
    [
      'an empty id',
      (raw) => (raw.partners[0] = { ...raw.partners[0], id: '' }),
      'partners[0].id',
      'must not be empty',
    ],
    [
      'a wrong outcome',
      (raw) => (raw.calls[0] = { ...raw.calls[0], outcome: { reached: 'maybe', why: '' } }),
      'calls[0] (id c4a7e1f2…).outcome.reached',
      'must be "yes", "partly" or "no", found "maybe"',
    ],
    [
      'prep that is not an object',
      (raw) => (raw.calls[0] = { ...raw.calls[0], prep: 'be nice' }),
      'calls[0] (id c4a7e1f2…).prep',
      'must be an object, found "be nice"',
    ],
    [
      'a list that is not a list',
      (raw) => (raw.moments = 'none' as unknown as typeof raw.moments),
      'moments',
      'must be a list, found "none"',
    ],
    [
      'a setting without a value',
      (raw) => (raw.settings[0] = { key: 'a' }),
      'settings[0] (key "a").value',
      'is missing',
    ],
    [
      'a wrong follow-up state',
      (raw) => (raw.moments[1] = { ...raw.moments[1], state: 'maybe' }),
      `moments[1] (id ${MOMENTS[1]?.id.slice(0, 8) ?? ''}…).state`,
      'must be "open", "answered", "declined" or "done", found "maybe"',
    ],
  ])('%s', (_, breakIt, path, message) => {
    const raw = data();
    breakIt(raw);
    expect(problems(parseBackup(JSON.stringify(raw), { now: NOW }))).toEqual([{ path, message }]);
  });

  test(`reports at most ${MAX_PROBLEMS} problems, then how many more`, () => {
    const raw = data();
    raw.moments = Array.from({ length: 30 }, (_, i) => ({
      ...raw.moments[0],
      id: `m${i}`,
      side: 'they',
    }));
    const found = problems(parseBackup(JSON.stringify(raw)));
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found[0]).toEqual({
      path: 'moments[0] (id m0).side',
      message: 'must be "them" or "me", found "they"',
    });
    expect(found[MAX_PROBLEMS]).toEqual({ path: '', message: '…and 10 more problems' });
  });

  test('one more problem is said in the singular', () => {
    const raw = data();
    raw.moments = Array.from({ length: MAX_PROBLEMS + 1 }, (_, i) => ({
      ...raw.moments[0],
      id: `m${i}`,
      weight: 0,
    }));
    expect(problems(parseBackup(JSON.stringify(raw))).at(-1)).toEqual({
      path: '',
      message: '…and 1 more problem',
    });
  });
});

describe('parseBackup: across records', () => {
  test('a duplicate id is a problem', () => {
    const raw = data();
    raw.moments.push({ ...raw.moments[3] });
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: `moments[10] (id ${M3}…).id`,
        message: 'the same id as moments[3]; every moment needs its own id',
      },
    ]);
  });

  test('a duplicate setting key is a problem', () => {
    const raw = data();
    raw.settings.push({ key: 'a', value: 2 });
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: 'settings[1] (key "a").key',
        message: 'the same key as settings[0]; each setting may appear only once',
      },
    ]);
  });

  test('a moment of a call that is nowhere is a problem', () => {
    const raw = data();
    raw.moments = [{ ...raw.moments[0], callId: 'gone' }];
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: `moments[0] (id ${MOMENTS[0]?.id.slice(0, 8) ?? ''}…).callId`,
        message:
          'refers to call "gone", which is neither in this file nor saved in Reciprocity Coach',
      },
    ]);
  });

  test('a call of a partner that is nowhere is a problem', () => {
    const raw = data();
    raw.partners = [];
    expect(problems(parseBackup(JSON.stringify(raw)))).toEqual([
      {
        path: 'calls[0] (id c4a7e1f2…).partnerId',
        message:
          'refers to partner "5b1f0c2e…", which is neither in this file nor saved in Reciprocity Coach',
      },
    ]);
  });

  test('records may refer to calls and partners already in the database', () => {
    const raw = data();
    raw.partners = [];
    raw.calls = [];
    const result = parseBackup(JSON.stringify(raw), {
      knownPartnerIds: new Set([PARTNER.id]),
      knownCallIds: new Set([CALL.id]),
    });
    expect(result.ok).toBe(true);
  });
});
