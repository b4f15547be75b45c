import { formatDate } from './format-date-time';

export type ExportExtension = 'md' | 'csv' | 'json' | 'ics';

export const FILE_NAME_MAX = 80;

/**
 * "2026-11-23-acme-intro.md": the date sorts files in a folder, the title says which
 * call it is. Only letters and digits of the title survive (no path separators, control
 * or reserved characters), so the name is safe on every system. Tag-like text is
 * dropped first: a title `<b>Acme</b> intro` is meant as "Acme intro".
 */
export function exportFileName(
  call: { title: string; startedAt: number },
  extension: ExportExtension,
  timeZone = 'UTC',
): string {
  const date = formatDate(call.startedAt, timeZone);
  const words = call.title
    .replace(/<[^<>]*>/g, ' ')
    .normalize('NFKD')
    // Latin accents only ("Café" → "cafe"); the marks of other scripts are part of the word.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{M}\p{N}]+/gu);
  const slug = (words ?? []).join('-');
  const room = FILE_NAME_MAX - date.length - extension.length - 2;
  // Cut by code points, so that no character beyond the BMP is split in half.
  const cut = Array.from(slug).slice(0, room).join('').replace(/-+$/, '');
  return `${date}-${cut || 'call'}.${extension}`;
}
