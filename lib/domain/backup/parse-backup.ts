import { BACKUP_APP, BACKUP_FORMAT_VERSION, type BackupFile } from './backup-format';
import {
  describeValue,
  problemsFromIssues,
  problemsFromZod,
  type BackupProblem,
} from './backup-problems';
import { referenceIssues, type ReferenceOptions } from './backup-references';
import { backupSchemas } from './backup-schema';
import { timestampRange } from './backup-timestamps';
import { isExactBackupMoment } from './moment-fast-path';

export interface ParseBackupOptions extends ReferenceOptions {
  /** Today, epoch ms: timestamps up to a century after it are sane (see timestampRange). */
  now?: number;
}

export type ParseBackupResult =
  { ok: true; file: BackupFile } | { ok: false; problems: BackupProblem[] };

function refuse(path: string, message: string): ParseBackupResult {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * The file through its zod schema; when every moment is exactly as zod would return it (see
 * moment-fast-path), zod checks the rest of the file and the moments are kept as parsed.
 * Any other file goes through zod whole, for its messages and its stripped copies.
 */
export function validateBackupFile(data: Record<string, unknown>, now: number) {
  const schema = backupSchemas(now).file;
  const { moments } = data;
  const range = timestampRange(now);
  if (Array.isArray(moments) && moments.every((m) => isExactBackupMoment(m, range))) {
    const rest = schema.safeParse({ ...data, moments: [] });
    if (rest.success) return { ...rest, data: { ...rest.data, moments } };
  }
  return schema.safeParse(data);
}

/**
 * A backup or call export read back as data: JSON.parse and a schema, nothing evaluated.
 * Every record is validated and stripped to the documented fields; the derived fields
 * (tally, words, live, open) are never read from a file, the database layer recomputes
 * them on import.
 */
export function parseBackup(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  // Editors on Windows like to add a byte-order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('', 'This file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('', `This file is not JSON: ${reason}`);
  }

  const header =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  if (header.app === undefined) {
    return refuse('app', 'This is not a Reciprocity Coach backup: the field "app" is missing');
  }
  if (header.app !== BACKUP_APP) {
    return refuse(
      'app',
      `This is not a Reciprocity Coach backup: the field "app" is ${describeValue(header.app)}`,
    );
  }

  // Format 1 is the first. When a format 2 arrives, files of format 1 are migrated to it
  // here, before validation, so that old backups keep restoring.
  const version = header.formatVersion;
  if (version === undefined) {
    return refuse(
      'formatVersion',
      'This backup has no format version (the field "formatVersion" is missing), so it cannot be read.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      'formatVersion',
      `This backup has an unknown format version (${describeValue(version)}); this version reads format ${BACKUP_FORMAT_VERSION}.`,
    );
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return refuse(
      'formatVersion',
      `This backup was made by a newer version of Reciprocity Coach (format ${version}); this version reads format ${BACKUP_FORMAT_VERSION}. Update the extension, then restore again.`,
    );
  }

  const parsed = validateBackupFile(header, options.now ?? Date.now());
  if (!parsed.success) return { ok: false, problems: problemsFromZod(data, parsed.error.issues) };

  // Cross-record checks run on a well-formed file only: until then ids may be missing.
  const issues = referenceIssues(parsed.data, options);
  if (issues.length > 0) return { ok: false, problems: problemsFromIssues(data, issues) };
  return { ok: true, file: parsed.data };
}
