import { describe, expect, test } from 'vitest';
import { parseBackup } from '../../../../lib/domain/backup/parse-backup';
import { callToJson } from '../../../../lib/domain/export/call-json';
import { FIXTURE } from './fixture-call';
import { expectGolden } from './golden';

const EXPORTED_AT = Date.UTC(2026, 10, 23, 15, 0);

describe('callToJson', () => {
  test('golden: the fixture call in the backup record format', () => {
    expectGolden('acme-intro.json', callToJson(FIXTURE, { exportedAt: EXPORTED_AT }));
  });

  test('restorable: it parses as a backup with the call, its partner and its moments', () => {
    const result = parseBackup(callToJson(FIXTURE, { exportedAt: EXPORTED_AT }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.calls.map((c) => c.id)).toEqual([FIXTURE.call.id]);
    expect(result.file.partners).toEqual([FIXTURE.partner]);
    expect(result.file.moments).toHaveLength(FIXTURE.moments.length);
    expect(result.file.settings).toEqual([]);
    expect(result.file.calls[0]?.title).toBe('<b>Acme</b> intro');
  });

  test('a call without a partner exports no partner', () => {
    const call = { ...FIXTURE.call, partnerId: undefined };
    const result = parseBackup(
      callToJson({ call, moments: FIXTURE.moments }, { exportedAt: EXPORTED_AT }),
    );
    expect(result.ok && result.file.partners).toEqual([]);
  });
});
