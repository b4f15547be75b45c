import type { ReciprocityDatabase } from './database';

/**
 * The tables a write to a call's moments touches: the call and its packed moments, and what
 * deriving the call's tally and search words reads (the catalogue and lead time in settings,
 * the partner's name). Every write that changes a call's moments or partner takes these.
 */
export function momentWriteTables(db: ReciprocityDatabase) {
  return [db.calls, db.callMoments, db.partners, db.settings];
}

/**
 * A call with everything kept about it: the moment tables and its transcript. A backup reads
 * or writes these, and so does undoing a call's deletion.
 */
export function wholeCallTables(db: ReciprocityDatabase) {
  return [...momentWriteTables(db), db.transcripts];
}

/** What recording caption lines touches: the call's statistics, the setting, the transcript. */
export function captionWriteTables(db: ReciprocityDatabase) {
  return [db.calls, db.settings, db.transcripts];
}

/**
 * The tables a change to how kinds count touches: the catalogue and the other settings, and
 * every call's tally, recounted from its moments in the same transaction.
 */
export function recountTables(db: ReciprocityDatabase) {
  return [db.settings, db.calls, db.callMoments];
}
