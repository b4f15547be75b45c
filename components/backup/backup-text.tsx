import type { ImportCounts, ImportResult } from '../../lib/db/backup-repository';
import type { BackupProblem } from '../../lib/domain/backup/backup-problems';
import type { Locale, Message } from '../../lib/domain/i18n/translate';
import type { Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-backup';

/** 512 bytes, 41 kB, 12.9 MB: as file managers show sizes (powers of 1000). */
export function formatBytes(bytes: number, t: Translate, locale: Locale): string {
  if (bytes < 1000) return t('backup.bytes', { count: bytes });
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${number.format(value)} ${units[unit]}`;
}

/** The file a backup is saved as, named for its day: reciprocity-coach-backup-2026-03-14.json. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `reciprocity-coach-backup-${day}.json`;
}

function countParts(counts: ImportCounts): Message[] {
  const parts: Message[] = [];
  if (counts.calls > 0) parts.push({ id: 'backup.count.calls', params: { count: counts.calls } });
  if (counts.moments > 0) {
    parts.push({ id: 'backup.count.moments', params: { count: counts.moments } });
  }
  if (counts.partners > 0) {
    parts.push({ id: 'backup.count.partners', params: { count: counts.partners } });
  }
  if (counts.settings > 0) {
    parts.push({ id: 'backup.count.settings', params: { count: counts.settings } });
  }
  return parts;
}

/** "3 calls, 40 moments and 2 partners", as the language lists them. */
export function countList(counts: ImportCounts, t: Translate): string {
  const parts = countParts(counts);
  return parts.length === 0 ? t('backup.count.none') : t('backup.count.list', { parts });
}

const total = (c: ImportCounts) => c.partners + c.calls + c.moments + c.settings;

/** What a restore did, in a sentence or two. */
export function restoreSummary(result: Extract<ImportResult, { ok: true }>, t: Translate): string {
  const added = total(result.added);
  const updated = total(result.updated);
  let sentence: string;
  if (added === 0 && updated === 0) {
    sentence =
      result.skipped === 0
        ? t('backup.summary.empty')
        : t('backup.summary.nothingNew', { count: result.skipped });
  } else {
    const parts = [
      added > 0 &&
        t('backup.summary.added', {
          list: countParts(result.added)
            .map((m) => t(m.id, m.params))
            .join(', '),
        }),
      updated > 0 && t('backup.summary.updated', { count: updated }),
      result.skipped > 0 && t('backup.summary.skipped', { count: result.skipped }),
    ].filter((p): p is string => typeof p === 'string');
    const text = parts.join('; ');
    sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  if (result.ended > 0) sentence += ` ${t('backup.summary.ended', { count: result.ended })}`;
  return sentence;
}

/** The "…and N more problems" line the check adds after the first problems it lists. */
const MORE = /^…and (\d+) more problems?$/;

/** How many problems the file has: the list stops at 20, with a line saying how many more. */
export function problemCount(problems: readonly BackupProblem[]): number {
  const last = problems[problems.length - 1];
  const more = last && last.path === '' ? MORE.exec(last.message) : null;
  return more ? problems.length - 1 + Number(more[1]) : problems.length;
}
