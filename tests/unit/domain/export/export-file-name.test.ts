import { describe, expect, test } from 'vitest';
import { exportFileName, FILE_NAME_MAX } from '../../../../lib/domain/export/export-file-name';

const NOV_23 = Date.UTC(2026, 10, 23, 14, 5);

describe('exportFileName', () => {
  test.each<[string, 'md' | 'csv' | 'json', string]>([
    ['<b>Acme</b> intro', 'md', '2026-11-23-acme-intro.md'],
    ['Acme intro', 'csv', '2026-11-23-acme-intro.csv'],
    ['../../etc/passwd', 'json', '2026-11-23-etc-passwd.json'],
    ['C:\\Users\\me\\notes', 'md', '2026-11-23-c-users-me-notes.md'],
    ['Café über Straße', 'md', '2026-11-23-cafe-uber-straße.md'],
    ['会議 with 東京', 'md', '2026-11-23-会議-with-東京.md'],
    ['bell\u0007\nnew line\ttab', 'md', '2026-11-23-bell-new-line-tab.md'],
    ['', 'md', '2026-11-23-call.md'],
    ['🙂 !!!', 'md', '2026-11-23-call.md'],
  ])('%j → %s', (title, extension, expected) => {
    expect(exportFileName({ title, startedAt: NOV_23 }, extension)).toBe(expected);
  });

  test(`never longer than ${FILE_NAME_MAX} characters, never ending in a dash`, () => {
    const name = exportFileName({ title: 'word '.repeat(60), startedAt: NOV_23 }, 'json');
    expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(name).toMatch(/^2026-11-23-(word-)*word\.json$/);
  });

  test('the date is the call’s day in the given time zone', () => {
    const lateEvening = Date.UTC(2026, 10, 23, 23, 30);
    expect(exportFileName({ title: 'x', startedAt: lateEvening }, 'md', 'Asia/Tokyo')).toBe(
      '2026-11-24-x.md',
    );
  });
});
