import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { withFollowUpIndex } from '../../../lib/domain/follow-up';
import {
  BATCH_CALLS,
  generateHeavyUser,
  generateHeavyUserInBatches,
  heavyUserBatches,
  resolveHeavyUserOptions,
  type HeavyUserBatch,
} from '../../../dev/generate/heavy-user';
import {
  callsPerPartner,
  MAX_DURATION_MIN,
  MIN_DURATION_MIN,
  MINUTE,
  SPAN_MS,
} from '../../../dev/generate/schedule';
import { mulberry32, seededRandom } from '../../../dev/generate/seeded-random';
import {
  CALL_NOTES,
  NOTE_OBJECTS,
  NOTE_OPENERS,
  RARE_WORDS,
} from '../../../dev/generate/vocabulary';
import type { Moment } from '../../../lib/domain/model';
import { relationshipLedger } from '../../../lib/domain/relationship';
import { searchWords } from '../../../lib/domain/search-words';
import { computeTally } from '../../../lib/domain/tally';

const SMALL = {
  calls: 200,
  partners: 20,
  momentsPerCall: 30,
  seed: 7,
  endAt: Date.UTC(2025, 5, 1),
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const data = generateHeavyUser(SMALL);

function groupByCall(moments: readonly Moment[]): Map<string, Moment[]> {
  const byCall = new Map<string, Moment[]>();
  for (const m of moments) byCall.set(m.callId, [...(byCall.get(m.callId) ?? []), m]);
  return byCall;
}

describe('seeded random', () => {
  test('the same seed gives the same sequence; another seed another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('ids look like crypto.randomUUID() and do not repeat', () => {
    const random = seededRandom(1);
    const ids = Array.from({ length: 2_000 }, () => random.uuid());
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('int() stays within its bounds, both included', () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('generateHeavyUser on a small configuration', () => {
  test('is deterministic for a seed', () => {
    expect(generateHeavyUser(SMALL)).toEqual(data);
    expect(generateHeavyUser({ ...SMALL, seed: 8 }).calls[0]?.id).not.toBe(data.calls[0]?.id);
  });

  test('counts match the options', () => {
    expect(data.partners).toHaveLength(SMALL.partners);
    expect(data.calls).toHaveLength(SMALL.calls);
    const expected = SMALL.calls * SMALL.momentsPerCall;
    expect(data.moments.length).toBeGreaterThan(expected * 0.9);
    expect(data.moments.length).toBeLessThan(expected * 1.1);
    const ids = [...data.partners, ...data.calls, ...data.moments].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
  });

  test('every reference resolves', () => {
    const callIds = new Set(data.calls.map((c) => c.id));
    const partnerIds = new Set(data.partners.map((p) => p.id));
    expect(data.moments.every((m) => callIds.has(m.callId))).toBe(true);
    expect(data.calls.every((c) => c.partnerId !== undefined && partnerIds.has(c.partnerId))).toBe(
      true,
    );
  });

  test('calls last 15–90 minutes, end by endAt, oldest first', () => {
    for (const c of data.calls) {
      const duration = (c.endedAt ?? Number.NaN) - c.startedAt;
      expect(duration).toBeGreaterThanOrEqual(MIN_DURATION_MIN * MINUTE);
      expect(duration).toBeLessThan((MAX_DURATION_MIN + 1) * MINUTE);
      expect(c.endedAt).toBeLessThanOrEqual(SMALL.endAt);
      expect(c.startedAt).toBeGreaterThanOrEqual(SMALL.endAt - SPAN_MS);
      expect(c.updatedAt).toBeGreaterThanOrEqual(c.endedAt ?? Number.NaN);
      expect(c.updatedAt).toBeLessThanOrEqual(SMALL.endAt);
      expect(c.title).toMatch(/^.+ — .+$/);
    }
    const starts = data.calls.map((c) => c.startedAt);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('moments lie within their call and are stored as the repository stores them', () => {
    const calls = new Map(data.calls.map((c) => [c.id, c]));
    const misplaced = data.moments.filter((m) => {
      const call = calls.get(m.callId);
      const duration = (call?.endedAt ?? 0) - (call?.startedAt ?? 0);
      return (
        m.offsetMs < 0 ||
        m.offsetMs > duration ||
        m.at !== (call?.startedAt ?? 0) + m.offsetMs ||
        m.updatedAt < m.createdAt ||
        ![1, 2, 3].includes(m.weight)
      );
    });
    expect(misplaced).toEqual([]);
    expect(data.moments.filter((m) => !isDeepStrictEqual(withFollowUpIndex(m), m))).toEqual([]);
  });

  test('each call’s tally and search words are derived from its moments', () => {
    const byCall = groupByCall(data.moments);
    const partners = new Map(data.partners.map((p) => [p.id, p]));
    for (const call of data.calls) {
      const moments = byCall.get(call.id) ?? [];
      const partner = partners.get(call.partnerId ?? '');
      expect(call.tally).toEqual(computeTally(moments));
      expect(call.words).toEqual(
        searchWords([
          call.title,
          partner?.name ?? '',
          partner?.organisation ?? '',
          call.notes,
          ...moments.map((m) => m.note),
        ]),
      );
    }
  });

  test('the busiest partner has the most calls', () => {
    const counts = new Map<string, number>();
    for (const c of data.calls)
      counts.set(c.partnerId ?? '', (counts.get(c.partnerId ?? '') ?? 0) + 1);
    const busiest = counts.get(data.busiestPartnerId) ?? 0;
    expect(Math.max(...counts.values())).toBe(busiest);
    expect(counts.size).toBe(SMALL.partners);
  });

  test('the summary counts each partner’s calls, busiest first', async () => {
    const summary = await generateHeavyUserInBatches(SMALL, () => undefined);
    const counts = new Map<string, number>();
    for (const c of data.calls)
      if (c.partnerId) counts.set(c.partnerId, (counts.get(c.partnerId) ?? 0) + 1);
    expect(new Map(summary.partnerCalls.map((p) => [p.id, p.calls]))).toEqual(counts);
    expect(summary.partnerCalls[0]?.id).toBe(summary.busiestPartnerId);
    const names = new Map(data.partners.map((p) => [p.id, p.name]));
    for (const p of summary.partnerCalls) expect(p.name).toBe(names.get(p.id));
  });

  test('partner names are unique, as ensurePartner() keeps them', () => {
    const names = data.partners.map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  test('most calls are balanced, yet both sides sometimes take more', () => {
    const verdicts = new Map<string, number>();
    for (const c of data.calls)
      verdicts.set(c.tally.verdict, (verdicts.get(c.tally.verdict) ?? 0) + 1);
    const balanced = verdicts.get('balanced') ?? 0;
    expect(balanced).toBeGreaterThan(SMALL.calls * 0.35);
    expect(verdicts.get('they-took-more') ?? 0).toBeGreaterThan(0);
    expect(verdicts.get('i-took-more') ?? 0).toBeGreaterThan(0);
  });

  test('about 15% of moments have a note; some asks and commitments are still open', () => {
    const noted = data.moments.filter((m) => m.note !== '').length / data.moments.length;
    expect(noted).toBeGreaterThan(0.1);
    expect(noted).toBeLessThan(0.2);
    const open = data.moments.filter((m) => m.open === 1).length;
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(data.moments.filter((m) => m.state !== undefined).length);
  });

  test('the relationship ledger reads the busiest partner’s calls', () => {
    const calls = data.calls.filter((c) => c.partnerId === data.busiestPartnerId);
    const ledger = relationshipLedger(calls);
    expect(ledger.callCount).toBe(calls.length);
    expect(ledger.sentence).not.toBe('');
  });
});

describe('streaming', () => {
  test('batches hold the same data as generating it all at once', async () => {
    const batches: HeavyUserBatch[] = [];
    const summary = await generateHeavyUserInBatches(SMALL, (b) => void batches.push(b), 64);
    expect(batches.map((b) => b.calls.length)).toEqual([64, 64, 64, 8]);
    expect(batches.slice(1).every((b) => b.partners.length === 0)).toBe(true);
    expect(batches.flatMap((b) => b.partners)).toEqual(data.partners);
    expect(batches.flatMap((b) => b.calls)).toEqual(data.calls);
    expect(batches.flatMap((b) => b.moments)).toEqual(data.moments);
    expect(summary).toMatchObject({
      busiestPartnerId: data.busiestPartnerId,
      partnerCount: SMALL.partners,
      callCount: SMALL.calls,
      momentCount: data.moments.length,
    });
    for (const b of batches) {
      const ids = new Set(b.calls.map((c) => c.id));
      expect(b.moments.every((m) => ids.has(m.callId))).toBe(true);
    }
  });

  test('waits for each batch before generating the next', async () => {
    const order: string[] = [];
    await generateHeavyUserInBatches(SMALL, async (b) => {
      order.push(`start ${b.calls.length}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push('end');
    });
    expect(order).toEqual([`start ${SMALL.calls}`, 'end']);
  });

  test('no calls: one batch with the partners only', () => {
    const all = generateHeavyUser({ ...SMALL, calls: 0 });
    expect(all.calls).toEqual([]);
    expect(all.partners).toHaveLength(SMALL.partners);
  });

  test('rejects nonsense sizes', () => {
    expect(() => generateHeavyUser({ calls: -1 })).toThrow(RangeError);
    expect(() => generateHeavyUser({ momentsPerCall: 2.5 })).toThrow(RangeError);
  });
});

describe('the default heavy user', () => {
  test('is 10,000 calls with 200 partners and about 500,000 moments', () => {
    const o = resolveHeavyUserOptions();
    expect(o).toMatchObject({ calls: 10_000, partners: 200, momentsPerCall: 50 });
    expect(o.calls * o.momentsPerCall).toBe(500_000);
    const perPartner = callsPerPartner(o.calls, o.partners);
    expect(perPartner.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(perPartner[0]).toBeGreaterThanOrEqual(200);
    expect(Math.min(...perPartner)).toBeGreaterThanOrEqual(1);
  });

  test('its first batch has every partner, 500 calls and about 25,000 moments', () => {
    const batches = heavyUserBatches();
    const first = batches.next();
    batches.return({
      busiestPartnerId: '',
      partnerCalls: [],
      partnerCount: 0,
      callCount: 0,
      momentCount: 0,
    });
    if (first.done) throw new Error('no batch');
    expect(first.value.partners).toHaveLength(200);
    expect(first.value.calls).toHaveLength(BATCH_CALLS);
    expect(first.value.moments.length).toBeGreaterThan(22_500);
    expect(first.value.moments.length).toBeLessThan(27_500);
  });

  test('distinctive search words appear only where their rate puts them', () => {
    const lists = [...Object.values(NOTE_OPENERS).flat(), ...NOTE_OBJECTS, ...CALL_NOTES];
    for (const { word } of RARE_WORDS) {
      expect(lists.filter((text) => text.toLowerCase().includes(word))).toEqual([]);
    }
  });
});
