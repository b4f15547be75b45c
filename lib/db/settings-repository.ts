import { Dexie } from 'dexie';
import {
  CATALOGUE_KEY,
  countsDiffer,
  DEFAULT_CATALOGUE,
  summaryOptions,
  type Catalogue,
} from '../domain/catalogue';
import { DEFAULT_LEAD_TIME_MS, MAX_LEAD_TIME_MS } from '../domain/lead-time';
import type { Moment } from '../domain/model';
import { PREFERENCE_KEYS, resolvePreferences, type Preferences } from '../domain/preferences';
import type { SummaryOptions } from '../domain/reciprocity';
import { computeTally } from '../domain/tally';
import { resolveStoredCatalogue } from './catalogue-check';
import type { ReciprocityDatabase, SettingRow } from './database';
import { SUGGESTION_OUTCOMES_KEY } from '../domain/quotes/suggestion-outcomes';
import { recountTables } from './transaction-scopes';

export const LEAD_TIME_KEY = PREFERENCE_KEYS.leadTimeMs;

/** A stored lead time, or the default when none (or a broken one) is stored. */
function leadTimeOf(value: unknown): number {
  return typeof value === 'number' && value >= 0 && value <= MAX_LEAD_TIME_MS
    ? value
    : DEFAULT_LEAD_TIME_MS;
}

export async function getLeadTimeMs(db: ReciprocityDatabase): Promise<number> {
  return leadTimeOf((await db.settings.get(LEAD_TIME_KEY))?.value);
}

export async function setLeadTimeMs(db: ReciprocityDatabase, ms: number): Promise<void> {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_LEAD_TIME_MS) {
    throw new RangeError(`Lead time must be between 0 and ${MAX_LEAD_TIME_MS / 1000} seconds.`);
  }
  await db.settings.put({ key: LEAD_TIME_KEY, value: ms });
}

/** A stored catalogue, checked; Dexie.waitFor keeps a writer's transaction open while the check first loads. */
function catalogueOf(stored: unknown): Promise<Catalogue> {
  return resolveStoredCatalogue(stored, (loading) => Dexie.waitFor(loading));
}

export async function getCatalogue(db: ReciprocityDatabase): Promise<Catalogue> {
  return catalogueOf((await db.settings.get(CATALOGUE_KEY))?.value);
}

/** How the stored catalogue counts kinds; read inside each writer's transaction. */
export async function storedSummaryOptions(db: ReciprocityDatabase): Promise<SummaryOptions> {
  return summaryOptions(await getCatalogue(db));
}

/**
 * What a tag needs of the settings — how kinds count, and the lead time — in one request: a
 * tag's transaction is a handful of requests, and each costs the panel's thread its own
 * round of Dexie's bookkeeping.
 */
export async function tagSettings(
  db: ReciprocityDatabase,
): Promise<{ options: SummaryOptions; leadMs: number }> {
  const [catalogue, leadTime] = await db.settings.bulkGet([CATALOGUE_KEY, LEAD_TIME_KEY]);
  const options = summaryOptions(await catalogueOf(catalogue?.value));
  return { options, leadMs: leadTimeOf(leadTime?.value) };
}

/**
 * Saves the catalogue. When it changes how a kind counts, every call's stored tally is
 * recounted in the same transaction, so history never disagrees with the summary.
 */
export async function saveCatalogue(
  db: ReciprocityDatabase,
  catalogue: Catalogue,
): Promise<{ recounted: number }> {
  return db.transaction('rw', recountTables(db), async () => {
    const before = await getCatalogue(db);
    await db.settings.put({ key: CATALOGUE_KEY, value: catalogue });
    return { recounted: countsDiffer(before, catalogue) ? await recountTallies(db, catalogue) : 0 };
  });
}

/** Recomputes every call's tally under `catalogue`; one pass over the stored moments. */
async function recountTallies(db: ReciprocityDatabase, catalogue: Catalogue): Promise<number> {
  const options = summaryOptions(catalogue);
  const byCall = new Map<string, Moment[]>();
  await db.callMoments.each((row) => byCall.set(row.callId, row.moments));
  const calls = await db.calls.toArray();
  await db.calls.bulkPut(
    calls.map((c) => ({ ...c, tally: computeTally(byCall.get(c.id) ?? [], options) })),
  );
  return calls.length;
}

/**
 * The catalogue and preferences as the UI reads them, live: one read of their rows. The
 * catalogue's check is loaded only when one is stored, and after the read, so nothing is
 * left for a live query to watch.
 */
export async function storedSettings(
  db: ReciprocityDatabase,
): Promise<{ catalogue: Catalogue; preferences: Preferences }> {
  const rows = await db.settings.bulkGet([CATALOGUE_KEY, ...Object.values(PREFERENCE_KEYS)]);
  const values = new Map(rows.flatMap((r) => (r ? [[r.key, r.value] as const] : [])));
  return {
    catalogue: await resolveStoredCatalogue(values.get(CATALOGUE_KEY)),
    preferences: resolvePreferences(values),
  };
}

export async function getPreferences(db: ReciprocityDatabase): Promise<Preferences> {
  const rows = await db.settings.bulkGet(Object.values(PREFERENCE_KEYS));
  return resolvePreferences(new Map(rows.flatMap((r) => (r ? [[r.key, r.value] as const] : []))));
}

export async function setPreference<K extends keyof Preferences>(
  db: ReciprocityDatabase,
  key: K,
  value: Preferences[K],
): Promise<void> {
  if (key === 'leadTimeMs') await setLeadTimeMs(db, value as number);
  else await db.settings.put({ key: PREFERENCE_KEYS[key], value });
}

/**
 * Rows of the settings table that are records, not settings: a reset keeps them. The
 * suggestions' accepted and ignored counts measure the lexicon over months of calls.
 */
const NOT_SETTINGS: ReadonlySet<string> = new Set([SUGGESTION_OUTCOMES_KEY]);

/** Removes every setting row, keeping the records kept beside them (NOT_SETTINGS). */
async function clearSettings(db: ReciprocityDatabase): Promise<SettingRow[]> {
  const rows = (await db.settings.toArray()).filter((r) => !NOT_SETTINGS.has(r.key));
  await db.settings.bulkDelete(rows.map((r) => r.key));
  return rows;
}

/** Every setting back to its default; returns the rows it removed, for Undo. */
export async function resetSettings(db: ReciprocityDatabase): Promise<SettingRow[]> {
  return db.transaction('rw', recountTables(db), async () => {
    const before = await getCatalogue(db);
    const rows = await clearSettings(db);
    if (countsDiffer(before, DEFAULT_CATALOGUE)) await recountTallies(db, DEFAULT_CATALOGUE);
    return rows;
  });
}

/** Undoes a reset: the removed rows come back, tallies recounted if the catalogue counts differ. */
export async function restoreSettings(db: ReciprocityDatabase, rows: SettingRow[]): Promise<void> {
  await db.transaction('rw', recountTables(db), async () => {
    await clearSettings(db);
    await db.settings.bulkPut(rows);
    const catalogue = await getCatalogue(db);
    if (countsDiffer(DEFAULT_CATALOGUE, catalogue)) await recountTallies(db, catalogue);
  });
}
