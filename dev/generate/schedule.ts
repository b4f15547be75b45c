import type { Random } from './seeded-random';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const SPAN_MS = Math.round(4 * 365.25 * DAY);
export const MIN_DURATION_MIN = 15;
export const MAX_DURATION_MIN = 90;
export const MEAN_DURATION_MS = ((MIN_DURATION_MIN + MAX_DURATION_MIN) / 2) * MINUTE;
/**
 * Zipf-like activity: partner k gets calls in proportion to (k + 1)^-0.6. With 10,000
 * calls and 200 partners the busiest has about 530 calls and the quietest about 22.
 */
export const ACTIVITY_EXPONENT = 0.6;

export interface ScheduledCall {
  /** Null only when there are no partners at all. */
  partnerIndex: number | null;
  startedAt: number;
  durationMs: number;
}

/** `total` split in proportion to `weights`, exactly (largest remainder, ties to the first). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    .map((q, k) => ({ k, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of byRemainder) {
    if (left <= 0) break;
    counts[k] = (counts[k] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

/**
 * Calls per partner, exactly `calls` in all, never increasing with the index: partner 0
 * always has the most, so the benchmark's busiest partner is known without counting.
 * Every partner gets one call first when there are enough to go round.
 */
export function callsPerPartner(calls: number, partners: number): number[] {
  if (partners === 0) return [];
  const weights = Array.from({ length: partners }, (_, k) => (k + 1) ** -ACTIVITY_EXPONENT);
  const base = calls >= partners ? 1 : 0;
  return apportion(calls - base * partners, weights).map((n) => n + base);
}

/**
 * When each call happens and with whom: one call per equal slot of the four years
 * ending at `endAt` (10,000 calls leave a slot of about 3.5 hours), at a random moment
 * inside it, partners in shuffled order. Calls never end after `endAt`.
 */
export function scheduleCalls(
  random: Random,
  calls: number,
  partners: number,
  endAt: number,
): ScheduledCall[] {
  const order: Array<number | null> = partners === 0 ? Array<null>(calls).fill(null) : [];
  callsPerPartner(calls, partners).forEach((n, k) => {
    for (let i = 0; i < n; i += 1) order.push(k);
  });
  random.shuffle(order);
  const slot = calls === 0 ? 0 : SPAN_MS / calls;
  const spanStart = endAt - SPAN_MS;
  return order.map((partnerIndex, i) => {
    const durationMs =
      random.int(MIN_DURATION_MIN, MAX_DURATION_MIN) * MINUTE + random.int(0, 59) * 1000;
    const room = Math.max(0, slot - durationMs);
    const startedAt = Math.min(
      Math.floor(spanStart + i * slot + random.next() * room),
      endAt - durationMs,
    );
    return { partnerIndex, startedAt, durationMs };
  });
}
