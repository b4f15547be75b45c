import { Dexie, type Transaction } from 'dexie';
import { CATALOGUE_KEY, summaryOptions } from '../domain/catalogue';
import type { Call } from '../domain/model';
import { rescoreTally } from '../domain/tally';
import { resolveStoredCatalogue } from './catalogue-check';
import type { SettingRow } from './database';

/**
 * v4 → v5: no new store, new scoring. A side that only took is now named one-sided however
 * small the gap, and a kind worth 0 points is no longer an exchange, so every stored tally is
 * scored again under the user's catalogue; otherwise the history would disagree with the
 * call pages for calls scored by the old rules.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const stored = (await tx.table<SettingRow, string>('settings').get(CATALOGUE_KEY))?.value;
  const options = summaryOptions(
    await resolveStoredCatalogue(stored, (loading) => Dexie.waitFor(loading)),
  );
  // Only the rules changed, not what a kind is worth: each tally is scored again from its
  // own counts and sums, without reading years of moments. Only the few calls whose score
  // moved are written back: rewriting all would redo every call's index entries (its search
  // words above all), seconds of work on years of calls.
  const calls = tx.table<Call, string>('calls');
  const changed = (await calls.toArray()).flatMap((call) => {
    // A tally this cannot read is left as it was: the database must still open.
    const tally = readableTally(call) ? rescoreTally(call.tally, options) : call.tally;
    return tally.verdict === call.tally.verdict && tally.balance === call.tally.balance
      ? []
      : [{ ...call, tally }];
  });
  await calls.bulkPut(changed);
}

function readableTally({ tally }: Call): boolean {
  return (
    typeof tally === 'object' &&
    tally !== null &&
    typeof tally.counts?.them === 'object' &&
    typeof tally.counts?.me === 'object' &&
    typeof tally.give?.them === 'number' &&
    typeof tally.take?.me === 'number'
  );
}
