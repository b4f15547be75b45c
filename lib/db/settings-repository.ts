import { DEFAULT_LEAD_TIME_MS, MAX_LEAD_TIME_MS } from '../domain/lead-time';
import type { ReciprocityDatabase } from './database';

export const LEAD_TIME_KEY = 'leadTimeMs';

export async function getLeadTimeMs(db: ReciprocityDatabase): Promise<number> {
  const row = await db.settings.get(LEAD_TIME_KEY);
  const value = row?.value;
  return typeof value === 'number' && value >= 0 && value <= MAX_LEAD_TIME_MS
    ? value
    : DEFAULT_LEAD_TIME_MS;
}

export async function setLeadTimeMs(db: ReciprocityDatabase, ms: number): Promise<void> {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_LEAD_TIME_MS) {
    throw new RangeError(`Lead time must be between 0 and ${MAX_LEAD_TIME_MS / 1000} seconds.`);
  }
  await db.settings.put({ key: LEAD_TIME_KEY, value: ms });
}
