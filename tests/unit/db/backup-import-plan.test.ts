import { describe, expect, test } from 'vitest';
import {
  finalCalls,
  finalMoments,
  missingRecords,
  type FinalCallsInput,
  type MergePlans,
} from '../../../lib/db/backup-import-plan';
import { callRecord } from '../../../lib/domain/backup/backup-format';
import type { Moment } from '../../../lib/domain/model';
import { CALL, MOMENTS, PARTNER } from '../domain/export/fixture-call';

const plan = <T>(toPut: T[]) => ({ toPut, skipped: 0, added: toPut.length, updated: 0 });

type Over = Partial<Omit<FinalCallsInput, 'plans'>> & { plans?: Partial<MergePlans> };

function input(over: Over): FinalCallsInput {
  return {
    affected: new Set([CALL.id]),
    localCalls: new Map(),
    localMoments: [],
    partners: new Map([[PARTNER.id, PARTNER]]),
    liveCallId: undefined,
    ...over,
    plans: {
      partners: plan([]),
      calls: plan([callRecord(CALL)]),
      moments: plan([]),
      settings: plan([]),
      ...over.plans,
    },
  };
}

const moment = (id: string, callId: string, updatedAt = 1): Moment => ({
  ...(MOMENTS[0] as Moment),
  id,
  callId,
  updatedAt,
});

describe('missingRecords: what the file refers to that was deleted here meanwhile', () => {
  test('nothing when every affected call is in the file or here, and its partner too', () => {
    expect(missingRecords(input({}))).toEqual([]);
  });

  test('a call neither in the file nor here any more', () => {
    const gone = input({ affected: new Set([CALL.id, 'gone']) });
    expect(missingRecords(gone)).toEqual(['call gone']);
  });

  test('the partner of a call from the file', () => {
    expect(missingRecords(input({ partners: new Map() }))).toEqual([`partner ${PARTNER.id}`]);
  });

  test('a local call whose partner is gone is left as it is', () => {
    const local = input({
      plans: { calls: plan([]) },
      localCalls: new Map([[CALL.id, CALL]]),
      partners: new Map(),
    });
    expect(missingRecords(local)).toEqual([]);
  });
});

describe('finalMoments: every affected call’s moments after the import', () => {
  test('into an empty profile: the file’s moments by call, in id order', () => {
    const groups = finalMoments(
      input({ plans: { moments: plan([moment('b', CALL.id), moment('a', CALL.id)]) } }),
    );
    expect([...groups]).toEqual([[CALL.id, [moment('a', CALL.id), moment('b', CALL.id)]]]);
  });

  test('a local moment the file moves to another call leaves the call it was in', () => {
    const groups = finalMoments(
      input({
        affected: new Set([CALL.id, 'other']),
        localMoments: [moment('a', 'other'), moment('k', 'other')],
        plans: { moments: plan([moment('a', CALL.id, 2)]) },
      }),
    );
    expect(groups.get(CALL.id)).toEqual([moment('a', CALL.id, 2)]);
    expect(groups.get('other')).toEqual([moment('k', 'other')]);
  });

  test('an affected call without moments has an empty list (its stored row is removed)', () => {
    expect(finalMoments(input({})).get(CALL.id)).toEqual([]);
  });
});

describe('finalCalls', () => {
  test('a call found nowhere is left out, the others get their derived fields', () => {
    const both = input({ affected: new Set([CALL.id, 'gone']) });
    const { calls } = finalCalls(both, finalMoments(both));
    expect(calls.map((c) => c.id)).toEqual([CALL.id]);
    expect(calls[0]?.words).toContain('acme');
  });
});
