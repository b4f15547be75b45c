import { QUOTE_MAX_LINES, QUOTE_TEXT_MAX, SPEAKER_MAX } from '../quotes/quote';
import type { BackupMoment } from './backup-format';
import { backupSchemas, ID_MAX, KIND_MAX, NOTES_MAX } from './backup-schema';
import type { TimestampRange } from './backup-timestamps';

/**
 * The moment schema of `backupSchemas` written out by hand, for the common case only: a
 * restore checks half a million moments, and zod spent a second on them (issue 14's import
 * profile). It answers one question, "would zod accept this row and return it unchanged?",
 * so that the row can be kept as JSON.parse made it. Anything else — a bad value, or a key
 * zod would strip — is left to zod, which stays the one source of every message and of the
 * stripped copy. A property test holds the two together (moment-fast-path.test.ts).
 */
export function isExactBackupMoment(value: unknown, range: TimestampRange): value is BackupMoment {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  // A key zod would strip is zod's to handle; a required key that is missing fails its
  // check below, as undefined.
  for (const key in m) if (!MOMENT_KEYS.has(key)) return false;
  if (m.state !== undefined && !STATES.has(m.state)) return false;
  if (m.dueAt !== undefined && !isTime(m.dueAt, range)) return false;
  if (m.quote !== undefined && !isQuote(m.quote)) return false;
  if (m.quoteSideDismissed !== undefined && m.quoteSideDismissed !== true) return false;
  return (
    isId(m.id) &&
    isId(m.callId) &&
    (m.side === 'them' || m.side === 'me') &&
    typeof m.kind === 'string' &&
    m.kind.length >= 1 &&
    m.kind.length <= KIND_MAX &&
    isTime(m.at, range) &&
    typeof m.offsetMs === 'number' &&
    m.offsetMs >= 0 &&
    m.offsetMs <= range.max - range.min &&
    typeof m.note === 'string' &&
    m.note.length <= NOTES_MAX &&
    (m.weight === 1 || m.weight === 2 || m.weight === 3) &&
    isTime(m.createdAt, range) &&
    isTime(m.updatedAt, range)
  );
}

const STATES: ReadonlySet<unknown> = new Set(['open', 'answered', 'declined', 'done']);
// The schema's own keys, so that the two cannot drift apart (the clock does not change them).
const MOMENT_KEYS: ReadonlySet<string> = new Set(Object.keys(backupSchemas(0).moment.shape));

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;
}

/** A number within the range is finite, as zod 4's numbers are. */
function isTime(value: unknown, range: TimestampRange): boolean {
  return typeof value === 'number' && value >= range.min && value <= range.max;
}

function isQuote(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > QUOTE_MAX_LINES) return false;
  for (const line of value as unknown[]) if (!isQuoteLine(line)) return false;
  return true;
}

function isQuoteLine(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const line = value as Record<string, unknown>;
  for (const key in line) if (key !== 'speaker' && key !== 'text' && key !== 'mine') return false;
  return (
    typeof line.speaker === 'string' &&
    line.speaker.length <= SPEAKER_MAX &&
    typeof line.text === 'string' &&
    line.text.length >= 1 &&
    line.text.length <= QUOTE_TEXT_MAX &&
    typeof line.mine === 'boolean'
  );
}
