import { formatDuration, formatOffset } from '../format-time';
import type { BackupCall, BackupFile, BackupMoment } from './backup-format';
import type { BackupIssue } from './backup-problems';
import { isoDate } from './backup-timestamps';

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
  table: 'partners' | 'calls' | 'moments' | 'settings' | 'transcripts',
  keys: readonly string[],
  what: string,
): BackupIssue[] {
  const field = table === 'settings' ? 'key' : table === 'transcripts' ? 'callId' : 'id';
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

/**
 * How far past its call's end a moment may lie. The app stamps a tag from the key press,
 * which can reach the database just after another window ended the call, and a clock
 * corrected between the press and End moves one against the other; refusing a user's own
 * backup for that would be far worse than keeping a moment a little past the end.
 */
export const MOMENT_PAST_END_MS = 10 * 60_000;

/** `at` is the call's start plus `offsetMs`, exactly as the app writes it, to the second. */
export const MOMENT_AT_SLACK_MS = 1_000;

/** A moment's time against its call's: where in the call it is, and when that was. */
function momentTimeIssues(
  moment: BackupMoment,
  call: Pick<BackupCall, 'startedAt' | 'endedAt'>,
  index: number,
): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const length = call.endedAt === null ? Infinity : call.endedAt - call.startedAt;
  if (moment.offsetMs > length + MOMENT_PAST_END_MS) {
    issues.push({
      path: ['moments', index, 'offsetMs'],
      message: `is ${formatOffset(moment.offsetMs)} into its call, which lasted ${formatDuration(length)}`,
    });
  }
  const expected = call.startedAt + moment.offsetMs;
  if (Math.abs(moment.at - expected) > MOMENT_AT_SLACK_MS) {
    issues.push({
      path: ['moments', index, 'at'],
      message: `must be its call's start plus offsetMs (${isoDate(expected, true)}), found ${isoDate(moment.at, true)}`,
    });
  }
  return issues;
}

/**
 * The time checks of the moments whose call is not in the file but saved here, against
 * that call as the database holds it. `savedCalls` needs only the calls of such moments.
 */
export function savedCallMomentIssues(
  file: BackupFile,
  savedCalls: ReadonlyMap<string, Pick<BackupCall, 'startedAt' | 'endedAt'>>,
): BackupIssue[] {
  const inFile = new Set(file.calls.map((c) => c.id));
  const issues: BackupIssue[] = [];
  file.moments.forEach((moment, index) => {
    const call = inFile.has(moment.callId) ? undefined : savedCalls.get(moment.callId);
    if (call) issues.push(...momentTimeIssues(moment, call, index));
  });
  return issues;
}

/** Checks that span records: unique ids, and calls and moments that point at something. */
export function referenceIssues(file: BackupFile, options: ReferenceOptions = {}): BackupIssue[] {
  const partnerIds = new Set(file.partners.map((p) => p.id));
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
  const callsById = new Map(file.calls.map((c) => [c.id, c]));
  file.moments.forEach((moment, index) => {
    const id = moment.callId;
    const call = callsById.get(id);
    // A moment of a call saved here only is checked when the import has read that call
    // (see savedCallMomentIssues).
    if (call) issues.push(...momentTimeIssues(moment, call, index));
    else if (!knownCalls.has(id)) {
      issues.push({
        path: ['moments', index, 'callId'],
        message: `refers to call ${shortId(id)}, which is neither in this file nor saved in Reciprocity Coach`,
      });
    }
  });
  issues.push(...transcriptIssues(file));
  return issues;
}

/** The file's transcripts together stay within what a browser holds in memory at once. */
export const TRANSCRIPTS_TOTAL_MAX_LINES = 500_000;

/** Every transcript belongs to a call in the same file: a transcript is restored with its call. */
function transcriptIssues(file: BackupFile): BackupIssue[] {
  const transcripts = file.transcripts ?? [];
  const callIds = new Set(file.calls.map((c) => c.id));
  const issues: BackupIssue[] = duplicates(
    'transcripts',
    transcripts.map((t) => t.callId),
    'a call has one transcript',
  );
  let total = 0;
  transcripts.forEach((transcript, index) => {
    if (!callIds.has(transcript.callId)) {
      issues.push({
        path: ['transcripts', index, 'callId'],
        message: `refers to call ${shortId(transcript.callId)}, which is not in this file; a transcript is restored with its call`,
      });
    }
    const before = total;
    total += transcript.lines.length;
    if (before <= TRANSCRIPTS_TOTAL_MAX_LINES && total > TRANSCRIPTS_TOTAL_MAX_LINES) {
      issues.push({
        path: ['transcripts', index, 'lines'],
        message: `brings the file's transcripts past ${TRANSCRIPTS_TOTAL_MAX_LINES} lines in all, more than Reciprocity Coach keeps`,
      });
    }
  });
  return issues;
}
