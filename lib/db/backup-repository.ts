import type { Table } from 'dexie';
import {
  serializeBackupFromParts,
  serializeMomentsPart,
  transcriptRecord,
  type BackupFile,
  type BackupTranscript,
} from '../domain/backup/backup-format';
import { problemsFromIssues, type BackupProblem } from '../domain/backup/backup-problems';
import { savedCallMomentIssues } from '../domain/backup/backup-references';
import { parseBackup } from '../domain/backup/parse-backup';
import type { Call, Moment } from '../domain/model';
import {
  affectedCallIds,
  counts,
  finalCalls,
  finalMoments,
  finalPartners,
  mergePlans,
  missingRecords,
  type FinalCallsInput,
  type ImportCounts,
  type LocalRecords,
} from './backup-import-plan';
import { packMoments } from './call-moments';
import { getLiveCall } from './calls-repository';
import type { ReciprocityDatabase } from './database';
import { explainWriteError } from './errors';
import { wholeCallTables } from './transaction-scopes';

export type { ImportCounts } from './backup-import-plan';

export interface BackupExport {
  text: string;
  exportedAt: number;
  counts: ImportCounts;
}

export type ImportResult =
  | {
      ok: true;
      added: ImportCounts;
      updated: ImportCounts;
      /** Records the file holds that are already here, as new or newer. */
      skipped: number;
      /** Calls the file holds as still running, imported as ended because one is live here. */
      ended: number;
    }
  | {
      ok: false;
      problems: BackupProblem[];
      /** Set when the file was fine but writing failed (disk full, database closed). */
      writeError?: string;
    };

/** Rows of moments (one per call) read at a time by an export. */
const MOMENT_ROWS_PER_READ = 1000;

/**
 * Everything in the database as one backup file, read in one transaction so that the
 * file is a consistent snapshot even while a call is being tagged in another window.
 * A getAll per table (a call's moments are one row), the moments' in ranges of rows.
 */
export async function createBackup(
  db: ReciprocityDatabase,
  now: number = Date.now(),
  rowsPerRead = MOMENT_ROWS_PER_READ,
): Promise<BackupExport> {
  return db.transaction('r', wholeCallTables(db), async () => {
    const [partners, calls, settings, callIds, transcripts] = await Promise.all([
      db.partners.toArray(),
      db.calls.toArray(),
      db.settings.toArray(),
      db.callMoments.toCollection().primaryKeys(),
      db.transcripts.toArray(),
    ]);
    // The moments, a range of rows at a time: each range is serialized while the browser
    // reads the next, instead of reading everything and then serializing everything.
    const starts = callIds.filter((_, i) => i % rowsPerRead === 0);
    const readRange = (i: number) => {
      const from = starts[i] ?? '';
      const to = starts[i + 1];
      const range = db.callMoments.where('callId');
      return (to === undefined ? range.aboveOrEqual(from) : range.between(from, to)).toArray();
    };
    const parts: string[] = [];
    let momentCount = 0;
    let next = starts.length > 0 ? readRange(0) : undefined;
    for (let i = 0; next; i++) {
      const rows = await next;
      next = i + 1 < starts.length ? readRange(i + 1) : undefined;
      const moments = rows.flatMap((row) => row.moments);
      momentCount += moments.length;
      parts.push(serializeMomentsPart(moments));
    }
    return {
      text: serializeBackupFromParts({ partners, calls, settings, transcripts }, parts, now),
      exportedAt: now,
      counts: {
        partners: partners.length,
        calls: calls.length,
        moments: momentCount,
        settings: settings.length,
      },
    };
  });
}
export async function exportBackup(db: ReciprocityDatabase): Promise<string> {
  return (await createBackup(db)).text;
}

/**
 * The local rows with these ids. bulkGet costs one request per id, so the keys present
 * are found first from the key index alone, and when most of the table is wanted one
 * getAll replaces the requests.
 */
async function existingRows<T extends { id: string }, I>(
  table: Table<T, string, I>,
  ids: readonly string[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const keys = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => keys.has(id));
  if (present.length === 0) return [];
  if (present.length * 4 > keys.size) {
    const wanted = new Set(present);
    return (await table.toArray()).filter((row) => wanted.has(row.id));
  }
  return (await table.bulkGet(present)).filter((row): row is T => row !== undefined);
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** The import proper; runs inside one read-write transaction over every table. */
async function writeBackup(db: ReciprocityDatabase, file: BackupFile): Promise<ImportResult> {
  const [partners, calls, packs, settingKeys, transcriptKeys, live] = await Promise.all([
    db.partners.toArray(),
    existingRows(
      db.calls,
      file.calls.map((c) => c.id),
    ),
    // Every local moment: any of them may be one the file holds (an empty profile has none).
    db.callMoments.toArray(),
    db.settings.toCollection().primaryKeys(),
    (file.transcripts ?? []).length > 0 ? db.transcripts.toCollection().primaryKeys() : [],
    getLiveCall(db),
  ]);
  const localMomentsByCall = new Map(packs.map((row) => [row.callId, row.moments]));
  const local: LocalRecords = {
    partners: byId(partners),
    calls: byId(calls),
    moments: byId(packs.flatMap((row) => row.moments)),
    settingKeys: new Set(settingKeys),
  };
  const plans = mergePlans(file, local);

  // A partner renamed by the file changes the search words of all its calls here.
  const renamed = plans.partners.toPut.filter((p) => local.partners.has(p.id)).map((p) => p.id);
  const partnerCalls =
    renamed.length > 0 ? await db.calls.where('partnerId').anyOf(renamed).toArray() : [];
  const affected = affectedCallIds(
    plans,
    local,
    partnerCalls.map((c) => c.id),
  );

  const localCalls = new Map<string, Call>([...local.calls, ...byId(partnerCalls)]);
  const inFile = new Set(file.calls.map((c) => c.id));
  const toFetch = [...affected].filter((id) => !localCalls.has(id) && !inFile.has(id));
  for (const call of await db.calls.bulkGet(toFetch)) if (call) localCalls.set(call.id, call);
  const localMoments: Moment[] = [];
  for (const id of affected) localMoments.push(...(localMomentsByCall.get(id) ?? []));

  // A moment of a call saved here is checked against that call now that it has been read.
  const timeIssues = savedCallMomentIssues(file, localCalls);
  if (timeIssues.length > 0) return { ok: false, problems: problemsFromIssues(file, timeIssues) };

  const input: FinalCallsInput = {
    plans,
    affected,
    localCalls,
    localMoments,
    partners: finalPartners(local.partners, plans.partners.toPut),
    liveCallId: live?.id,
  };
  const missing = missingRecords(input);
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `While the file was being read, something it refers to was deleted here (${missing.slice(0, 3).join(', ')}). Restore again.`,
        },
      ],
    };
  }

  // Nothing read from here on: every write is handed to IndexedDB without waiting for the one
  // before, so that the database stores the moments while the calls' tallies and search words
  // are computed (the larger part of a restore was the database's own work, waited on in turn).
  // One transaction still: any failure rolls all of it back.
  const moments = finalMoments(input);
  const writes: Array<Promise<unknown>> = [writeMoments(db, moments, localMomentsByCall)];
  const result = finalCalls(input, moments);
  if (plans.partners.toPut.length > 0) writes.push(db.partners.bulkPut(plans.partners.toPut));
  if (result.calls.length > 0) writes.push(db.calls.bulkPut(result.calls));
  if (plans.settings.toPut.length > 0) writes.push(db.settings.bulkPut(plans.settings.toPut));
  const transcripts = transcriptsToPut(file, plans.calls.toPut, new Set(transcriptKeys));
  if (transcripts.length > 0) writes.push(db.transcripts.bulkPut(transcripts));
  await Promise.all(writes);

  return {
    ok: true,
    added: counts(plans, 'added'),
    updated: counts(plans, 'updated'),
    skipped:
      plans.partners.skipped + plans.calls.skipped + plans.moments.skipped + plans.settings.skipped,
    ended: result.ended,
  };
}

/** Every affected call's moments, one row per call; a call left with none loses its row. */
function writeMoments(
  db: ReciprocityDatabase,
  moments: ReadonlyMap<string, Moment[]>,
  localMomentsByCall: ReadonlyMap<string, readonly Moment[]>,
): Promise<unknown> {
  const packs = [...moments]
    .filter(([, list]) => list.length > 0)
    .map(([callId, list]) => packMoments(callId, list));
  const emptied = [...moments]
    .filter(([callId, list]) => list.length === 0 && localMomentsByCall.has(callId))
    .map(([callId]) => callId);
  return Promise.all([
    packs.length > 0 && db.callMoments.bulkPut(packs),
    emptied.length > 0 && db.callMoments.bulkDelete(emptied),
  ]);
}

/**
 * A transcript comes with its call: written when the file's call is (new, or newer than the
 * one here), or when no transcript is kept here for that call; never merged line by line.
 */
function transcriptsToPut(
  file: BackupFile,
  callsPut: readonly { id: string }[],
  here: ReadonlySet<string>,
): BackupTranscript[] {
  const put = new Set(callsPut.map((c) => c.id));
  return (file.transcripts ?? [])
    .filter((t) => put.has(t.callId) || !here.has(t.callId))
    .map(transcriptRecord);
}

/**
 * Restores a backup file by merging it into the database: records missing here are added,
 * records newer in the file (by `updatedAt`) replace the local copy, older ones are
 * skipped; nothing is deleted. All or nothing: a file with any problem writes nothing,
 * and the records are written in one transaction that a failure rolls back whole.
 * Derived fields (tally, search words, the `open` and `live` flags) are recomputed,
 * never read from the file; for live calls see `liveDecisions`.
 */
export async function importBackup(
  db: ReciprocityDatabase,
  text: string,
  now: number = Date.now(),
): Promise<ImportResult> {
  try {
    // Parsed outside the write transaction, so that tagging in another window is not held
    // up while a large file is validated; the write re-checks what it refers to.
    const [knownPartnerIds, knownCallIds] = await db.transaction(
      'r',
      db.partners,
      db.calls,
      async () =>
        Promise.all([
          db.partners.toCollection().primaryKeys(),
          db.calls.toCollection().primaryKeys(),
        ]),
    );
    const parsed = parseBackup(text, {
      now,
      knownPartnerIds: new Set(knownPartnerIds),
      knownCallIds: new Set(knownCallIds),
    });
    if (!parsed.ok) return parsed;
    return await db.transaction('rw', wholeCallTables(db), () => writeBackup(db, parsed.file));
  } catch (error) {
    const message = await explainWriteError(error);
    return { ok: false, problems: [{ path: '', message }], writeError: message };
  }
}
