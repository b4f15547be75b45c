import type { ImportCounts, ImportResult } from '../../lib/db/backup-repository';
import type { BackupProblem } from '../../lib/domain/backup/backup-problems';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** 512 bytes, 41 kB, 12.9 MB: as file managers show sizes (powers of 1000). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `reciprocity-coach-backup-2026-01-05.json`, by the local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `reciprocity-coach-backup-${day}.json`;
}

/** "12 calls", "340 moments", … leaving out tables with none. */
function countParts(counts: ImportCounts): string[] {
  return [
    counts.calls > 0 && plural(counts.calls, 'call'),
    counts.moments > 0 && plural(counts.moments, 'moment'),
    counts.partners > 0 && plural(counts.partners, 'partner'),
    counts.settings > 0 && plural(counts.settings, 'setting'),
  ].filter((p): p is string => typeof p === 'string');
}

/** "12 calls, 340 moments, 3 partners and 1 setting". */
export function countList(counts: ImportCounts): string {
  const parts = countParts(counts);
  if (parts.length <= 1) return parts[0] ?? 'no records';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const total = (c: ImportCounts) => c.partners + c.calls + c.moments + c.settings;

/** "Added 12 calls, 340 moments, 3 partners; updated 2; 5 already up to date." */
export function restoreSummary(result: Extract<ImportResult, { ok: true }>): string {
  const added = total(result.added);
  const updated = total(result.updated);
  let sentence: string;
  if (added === 0 && updated === 0) {
    sentence =
      result.skipped === 0
        ? 'The file holds no records; nothing changed.'
        : `Nothing new: ${result.skipped === 1 ? 'the one record' : `all ${plural(result.skipped, 'record')}`} in the file ${result.skipped === 1 ? 'was' : 'were'} already up to date.`;
  } else {
    const parts = [
      added > 0 && `added ${countParts(result.added).join(', ')}`,
      updated > 0 && `updated ${updated.toLocaleString('en')}`,
      result.skipped > 0 && `${result.skipped.toLocaleString('en')} already up to date`,
    ].filter((p): p is string => typeof p === 'string');
    const text = parts.join('; ');
    sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  if (result.ended > 0) {
    sentence += ` ${result.ended === 1 ? 'A call' : plural(result.ended, 'call')} still running in the file ${result.ended === 1 ? 'was' : 'were'} ended at ${result.ended === 1 ? 'its' : 'their'} last moment, because another call is live here.`;
  }
  return sentence;
}

const MORE = /^…and (\d+) more problems?$/;

/** How many problems the file has: the list stops at 20, with a line saying how many more. */
export function problemCount(problems: readonly BackupProblem[]): number {
  const last = problems[problems.length - 1];
  const more = last && last.path === '' ? MORE.exec(last.message) : null;
  return more ? problems.length - 1 + Number(more[1]) : problems.length;
}
