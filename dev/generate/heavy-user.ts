import type { Call, Moment, Partner } from '../../lib/domain/model';
import { makeCall } from './call';
import { makePartners } from './partners';
import { scheduleCalls } from './schedule';
import { seededRandom } from './seeded-random';

export interface HeavyUserOptions {
  calls?: number;
  partners?: number;
  /** The average; each call's count varies with its length and by ±25%. */
  momentsPerCall?: number;
  seed?: number;
  /** When the four years of calls end: "now" for the generated user. */
  endAt?: number;
}

/**
 * Four years of a heavy user: about 7 calls a day, 500,000 moments. `endAt` is fixed
 * rather than Date.now() so that the default data set is the same on every run.
 */
export const HEAVY_USER_DEFAULTS: Readonly<Required<HeavyUserOptions>> = {
  calls: 10_000,
  partners: 200,
  momentsPerCall: 50,
  seed: 1,
  endAt: Date.UTC(2026, 0, 1),
};

/** Calls per streamed batch: small enough for one IndexedDB transaction each. */
export const BATCH_CALLS = 500;

export interface HeavyUserBatch {
  /** Every partner in the first batch, none after: calls refer to partners already sent. */
  partners: Partner[];
  calls: Call[];
  moments: Moment[];
}

export interface HeavyUserSummary {
  /** The partner with the most calls ('' when there are no partners). */
  busiestPartnerId: string;
  /** Every partner with their number of calls, busiest first. */
  partnerCalls: Array<{ id: string; name: string; calls: number }>;
  partnerCount: number;
  callCount: number;
  momentCount: number;
}

export interface HeavyUser {
  partners: Partner[];
  calls: Call[];
  moments: Moment[];
  busiestPartnerId: string;
}

export function resolveHeavyUserOptions(options?: HeavyUserOptions): Required<HeavyUserOptions> {
  const resolved = { ...HEAVY_USER_DEFAULTS, ...options };
  for (const key of ['calls', 'partners', 'momentsPerCall'] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`${key} must be a whole number ≥ 0, not ${value}`);
    }
  }
  return resolved;
}

/**
 * The data set in batches of `batchCalls` calls, oldest first, each call with all its
 * moments; the generator returns the summary. Batches are yielded lazily, so a consumer
 * never holds more than one at a time.
 */
export function* heavyUserBatches(
  options?: HeavyUserOptions,
  batchCalls: number = BATCH_CALLS,
): Generator<HeavyUserBatch, HeavyUserSummary, void> {
  const o = resolveHeavyUserOptions(options);
  const size = Math.max(1, Math.floor(batchCalls));
  const random = seededRandom(o.seed);
  const schedule = scheduleCalls(random, o.calls, o.partners, o.endAt);
  const firstCallAt: Array<number | undefined> = [];
  for (const slot of schedule) {
    if (slot.partnerIndex !== null) firstCallAt[slot.partnerIndex] ??= slot.startedAt;
  }
  const partners = makePartners(random, o.partners, firstCallAt, o.endAt);

  let batch: HeavyUserBatch = { partners: partners.map((p) => p.partner), calls: [], moments: [] };
  let momentCount = 0;
  for (const slot of schedule) {
    const partner = slot.partnerIndex === null ? undefined : partners[slot.partnerIndex];
    const { call, moments } = makeCall(random, slot, partner, o);
    batch.calls.push(call);
    for (const m of moments) batch.moments.push(m);
    momentCount += moments.length;
    if (batch.calls.length >= size) {
      yield batch;
      batch = { partners: [], calls: [], moments: [] };
    }
  }
  if (batch.calls.length > 0 || batch.partners.length > 0) yield batch;
  const callCounts = partners.map(() => 0);
  for (const slot of schedule) {
    if (slot.partnerIndex !== null)
      callCounts[slot.partnerIndex] = (callCounts[slot.partnerIndex] ?? 0) + 1;
  }
  return {
    busiestPartnerId: partners[0]?.partner.id ?? '',
    partnerCalls: partners
      .map((p, index) => ({
        id: p.partner.id,
        name: p.partner.name,
        calls: callCounts[index] ?? 0,
      }))
      .sort((a, b) => b.calls - a.calls),
    partnerCount: partners.length,
    callCount: schedule.length,
    momentCount,
  };
}

/** Streams the data set to `onBatch`, waiting for each write before generating the next. */
export async function generateHeavyUserInBatches(
  options: HeavyUserOptions | undefined,
  onBatch: (batch: HeavyUserBatch) => void | Promise<void>,
  batchCalls: number = BATCH_CALLS,
): Promise<HeavyUserSummary> {
  const batches = heavyUserBatches(options, batchCalls);
  for (;;) {
    const step = batches.next();
    if (step.done) return step.value;
    await onBatch(step.value);
  }
}

/** The whole data set at once: for tests and small sizes (the default holds 500,000 moments). */
export function generateHeavyUser(options?: HeavyUserOptions): HeavyUser {
  const all: HeavyUser = { partners: [], calls: [], moments: [], busiestPartnerId: '' };
  const batches = heavyUserBatches(options);
  for (;;) {
    const step = batches.next();
    if (step.done) return { ...all, busiestPartnerId: step.value.busiestPartnerId };
    for (const p of step.value.partners) all.partners.push(p);
    for (const c of step.value.calls) all.calls.push(c);
    for (const m of step.value.moments) all.moments.push(m);
  }
}
