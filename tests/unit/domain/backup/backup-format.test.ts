import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  buildBackup,
  serializeBackup,
  serializeBackupFromParts,
  serializeMomentsPart,
  type BackupCall,
  type BackupMoment,
} from '../../../../lib/domain/backup/backup-format';
import { parseBackup } from '../../../../lib/domain/backup/parse-backup';
import type { Call, Moment } from '../../../../lib/domain/model';
import { CALL, MOMENTS, PARTNER } from '../export/fixture-call';

const EXPORTED_AT = Date.UTC(2026, 11, 1, 9, 0);

function withoutDerived(call: Call): BackupCall {
  const copy: BackupCall & Partial<Pick<Call, 'tally' | 'words' | 'live'>> = { ...call };
  delete copy.tally;
  delete copy.words;
  delete copy.live;
  return copy;
}

function withoutOpen(moment: Moment): BackupMoment {
  const copy = { ...moment };
  delete copy.open;
  return copy;
}

const LIVE_CALL: Call = {
  ...CALL,
  id: 'd1e2f3a4-0000-4000-8000-000000000001',
  title: 'Follow-up',
  endedAt: null,
  live: 1,
  prep: undefined,
  outcome: undefined,
};

describe('buildBackup', () => {
  test('writes the header and leaves out tally, words, live and open', () => {
    const file = buildBackup(
      { partners: [PARTNER], calls: [CALL, LIVE_CALL], moments: MOMENTS },
      EXPORTED_AT,
    );
    expect(file.app).toBe('reciprocity-coach');
    expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(file.exportedAt).toBe(EXPORTED_AT);
    expect(file.settings).toEqual([]);
    for (const call of file.calls) {
      expect(call).not.toHaveProperty('tally');
      expect(call).not.toHaveProperty('words');
      expect(call).not.toHaveProperty('live');
    }
    expect(MOMENTS.some((m) => m.open === 1)).toBe(true);
    for (const moment of file.moments) expect(moment).not.toHaveProperty('open');
  });

  test('keeps nothing beyond the record format, not even a stray property', () => {
    const stray = { ...PARTNER, secret: 'x' };
    const file = buildBackup({ partners: [stray], calls: [], moments: [] }, EXPORTED_AT);
    expect(file.partners[0]).toEqual(PARTNER);
    expect(Object.keys(file.partners[0] ?? {})).not.toContain('secret');
  });

  test('round trip: build → serialize → parse gives the records minus derived fields', () => {
    const settings = [
      { key: 'leadTimeMs', value: 5000 },
      { key: 'customKinds', value: [{ id: 'follow-up-call', label: 'Follow-up call' }] },
    ];
    const file = buildBackup(
      { partners: [PARTNER], calls: [CALL, LIVE_CALL], moments: MOMENTS, settings },
      EXPORTED_AT,
    );
    const result = parseBackup(serializeBackup(file));
    expect(result).toEqual({
      ok: true,
      file: {
        app: 'reciprocity-coach',
        formatVersion: 1,
        exportedAt: EXPORTED_AT,
        partners: [PARTNER],
        calls: [withoutDerived(CALL), withoutDerived(LIVE_CALL)],
        moments: MOMENTS.map(withoutOpen),
        settings,
      },
    });
  });

  test('HTML in a title stays the very same string: data is never escaped', () => {
    const call = { ...CALL, title: '<img src=x onerror="alert(1)"> & <b>Acme</b>' };
    const file = buildBackup({ partners: [PARTNER], calls: [call], moments: [] }, EXPORTED_AT);
    const result = parseBackup(serializeBackup(file));
    expect(result.ok && result.file.calls[0]?.title).toBe(call.title);
  });
});

describe('serializeBackup', () => {
  const file = buildBackup({ partners: [PARTNER], calls: [], moments: [] }, EXPORTED_AT);

  test('no indentation by default: whole backups are large', () => {
    const text = serializeBackup(file);
    expect(text).toBe(`${JSON.stringify(file)}\n`);
    expect(text.trimEnd()).not.toContain('\n');
  });

  test('indents when asked, for a file meant to be read', () => {
    expect(serializeBackup(file, 2)).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });
});

describe('a backup written in parts', () => {
  const moments = MOMENTS.map(withoutOpen);
  test('is the same text as the backup written at once, wherever the moments are split', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: moments.length }), { maxLength: 4 }),
        fc.array(fc.record({ key: fc.string(), value: fc.jsonValue() }), { maxLength: 3 }),
        (cuts, settings) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), moments.length];
          const parts = bounds
            .slice(1)
            .map((end, i) => serializeMomentsPart(moments.slice(bounds[i], end)));
          const contents = { partners: [PARTNER], calls: [withoutDerived(CALL)], settings };
          expect(serializeBackupFromParts(contents, parts, EXPORTED_AT)).toBe(
            serializeBackup(buildBackup({ ...contents, moments }, EXPORTED_AT)),
          );
        },
      ),
    );
  });

  test('with no moments at all', () => {
    const contents = { partners: [], calls: [] };
    expect(serializeBackupFromParts(contents, [], EXPORTED_AT)).toBe(
      serializeBackup(buildBackup({ ...contents, moments: [] }, EXPORTED_AT)),
    );
  });
});
