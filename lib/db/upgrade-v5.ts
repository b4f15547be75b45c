import { Dexie, type Transaction } from 'dexie';
import { CATALOGUE_KEY, summaryOptions } from '../domain/catalogue';
import type { Call } from '../domain/model';
import { computeTally } from '../domain/tally';
import { resolveStoredCatalogue } from './catalogue-check';
import type { CallMoments, SettingRow } from './database';

/** Calls recounted per step: bounds the memory the upgrade holds at a time. */
const CALLS_PER_STEP = 500;

/**
 * v4 → v5: no new store, new scoring. A side that only took is now named one-sided however
 * small the gap, and a kind worth 0 points is no longer an exchange, so every stored tally is
 * recounted under the user's catalogue; otherwise the history would disagree with the call
 * pages for calls scored by the old rules.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const stored = (await tx.table<SettingRow, string>('settings').get(CATALOGUE_KEY))?.value;
  const options = summaryOptions(
    await resolveStoredCatalogue(stored, (loading) => Dexie.waitFor(loading)),
  );
  const calls = tx.table<Call, string>('calls');
  const callMoments = tx.table<CallMoments, string>('callMoments');
  const ids = await calls.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CALLS_PER_STEP) {
    const step = ids.slice(i, i + CALLS_PER_STEP);
    const [rows, packed] = await Promise.all([calls.bulkGet(step), callMoments.bulkGet(step)]);
    const recounted = rows.flatMap((call, j) =>
      call ? [{ ...call, tally: computeTally(packed[j]?.moments ?? [], options) }] : [],
    );
    await calls.bulkPut(recounted);
  }
}
