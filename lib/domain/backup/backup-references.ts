import type { BackupFile } from './backup-format';
import type { BackupIssue } from './backup-problems';

export interface ReferenceOptions {
  /** Partners already in the database: a call in the file may belong to one of them. */
  knownPartnerIds?: ReadonlySet<string>;
  /** Calls already in the database: a moment in the file may belong to one of them. */
  knownCallIds?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

function shortId(id: string): string {
  return JSON.stringify(id.length > 12 ? `${id.slice(0, 8)}…` : id);
}

/**
 * Two records with one id would silently overwrite each other on import, so a file
 * that has them is refused rather than half-restored.
 */
function duplicates(
  table: 'partners' | 'calls' | 'moments' | 'settings',
  keys: readonly string[],
  what: string,
): BackupIssue[] {
  const field = table === 'settings' ? 'key' : 'id';
  const first = new Map<string, number>();
  const issues: BackupIssue[] = [];
  keys.forEach((key, index) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      issues.push({
        path: [table, index, field],
        message: `the same ${field} as ${table}[${earlier}]; ${what}`,
      });
  });
  return issues;
}

/** Checks that span records: unique ids, and calls and moments that point at something. */
export function referenceIssues(file: BackupFile, options: ReferenceOptions = {}): BackupIssue[] {
  const partnerIds = new Set(file.partners.map((p) => p.id));
  const callIds = new Set(file.calls.map((c) => c.id));
  const knownPartners = options.knownPartnerIds ?? NONE;
  const knownCalls = options.knownCallIds ?? NONE;
  const issues: BackupIssue[] = [
    ...duplicates(
      'partners',
      file.partners.map((p) => p.id),
      'every partner needs its own id',
    ),
    ...duplicates(
      'calls',
      file.calls.map((c) => c.id),
      'every call needs its own id',
    ),
    ...duplicates(
      'moments',
      file.moments.map((m) => m.id),
      'every moment needs its own id',
    ),
    ...duplicates(
      'settings',
      file.settings.map((s) => s.key),
      'each setting may appear only once',
    ),
  ];
  file.calls.forEach((call, index) => {
    const id = call.partnerId;
    if (id !== undefined && !partnerIds.has(id) && !knownPartners.has(id)) {
      issues.push({
        path: ['calls', index, 'partnerId'],
        message: `refers to partner ${shortId(id)}, which is neither in this file nor saved in Reciprocity Coach`,
      });
    }
  });
  file.moments.forEach((moment, index) => {
    const id = moment.callId;
    if (!callIds.has(id) && !knownCalls.has(id)) {
      issues.push({
        path: ['moments', index, 'callId'],
        message: `refers to call ${shortId(id)}, which is neither in this file nor saved in Reciprocity Coach`,
      });
    }
  });
  return issues;
}
