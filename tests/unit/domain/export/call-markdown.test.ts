import { describe, expect, test } from 'vitest';
import { callToMarkdown } from '../../../../lib/domain/export/call-markdown';
import type { CallExport } from '../../../../lib/domain/export/call-export';
import { CALL, FIXTURE, OTHER_NAMES } from './fixture-call';
import { expectGolden } from './golden';

const BARE: CallExport = {
  call: {
    id: 'c1',
    title: '',
    platform: 'zoom',
    startedAt: Date.UTC(2026, 0, 5, 8, 0),
    endedAt: null,
    notes: '',
    updatedAt: 0,
  },
  moments: [],
};

describe('callToMarkdown', () => {
  test('golden: the fixture call', () => {
    expectGolden('acme-intro.md', callToMarkdown(FIXTURE));
  });

  test('golden: anonymised, in the user’s time zone', () => {
    expectGolden(
      'acme-intro.anonymised.md',
      callToMarkdown(FIXTURE, { anonymise: { names: OTHER_NAMES }, timeZone: 'Europe/Berlin' }),
    );
  });

  test('a call with nothing but its start leaves out the empty sections', () => {
    expect(callToMarkdown(BARE)).toBe(
      [
        '---',
        'title: "Untitled call"',
        'date: 2026-01-05T08:00:00.000Z',
        'platform: "Zoom"',
        'verdict: "Too little data"',
        'flags: []',
        'tags: ["partner-call", "reciprocity-coach"]',
        '---',
        '',
        '# Untitled call',
        '',
        '- **Date:** 2026-01-05 08:00 (UTC)',
        '- **Platform:** Zoom',
        '- **Duration:** still running',
        '- **Moments tagged:** 0',
        '',
        '## Reciprocity',
        '',
        '**Too little data.** Nothing given or taken yet — a verdict needs at least 3 gives or takes.',
        '',
        '- Them: gave 0, took 0',
        '- Me: gave 0, took 0',
        '',
        '## Red flags',
        '',
        'None.',
        '',
        '## Asks and commitments',
        '',
        '### They asked of me',
        '',
        'None.',
        '',
        '### I asked of them',
        '',
        'None.',
        '',
        '### Commitments',
        '',
        'None.',
        '',
        '## Timeline',
        '',
        'No moments tagged.',
        '',
      ].join('\n'),
    );
  });

  test('front matter: one YAML mapping of JSON-quoted scalars, whatever the title holds', () => {
    const tricky: CallExport = {
      ...FIXTURE,
      call: { ...FIXTURE.call, title: '- "Acme": intro # 2\n---' },
    };
    const md = callToMarkdown(tricky);
    const [open, ...rest] = md.split('\n');
    expect(open).toBe('---');
    const fields = rest.slice(0, rest.indexOf('---'));
    // Every field is `key: value` with a value JSON reads (JSON strings and arrays are YAML).
    const parsed = Object.fromEntries(
      fields.map((line) => {
        const at = line.indexOf(': ');
        const value = line.slice(at + 2);
        return [line.slice(0, at), /^\d{4}-/.test(value) ? value : JSON.parse(value)];
      }),
    );
    expect(parsed.title).toBe(tricky.call.title);
    expect(parsed.partner).toBe(FIXTURE.partner?.name);
    expect(Date.parse(parsed.date)).toBe(FIXTURE.call.startedAt);
    expect(parsed.tags).toEqual(['partner-call', 'reciprocity-coach']);
    expect(Array.isArray(parsed.flags)).toBe(true);
    expect(Object.keys(parsed)).toEqual([
      'title',
      'date',
      'partner',
      'platform',
      'verdict',
      'flags',
      'tags',
    ]);
  });

  test('anonymised, the front matter hides the partner too', () => {
    const md = callToMarkdown(FIXTURE, { anonymise: {} });
    const front = md.slice(0, md.indexOf('\n---', 3));
    expect(front).toContain('partner: "Partner"');
    expect(front).not.toContain(FIXTURE.partner?.name ?? '');
  });

  test('user text cannot start a heading, a list or HTML', () => {
    const md = callToMarkdown({
      ...BARE,
      call: { ...BARE.call, title: '# Big <i>deal</i>', notes: '- not a list\n> nor a quote' },
    });
    expect(md).toContain('# \\# Big \\<i>deal\\</i>\n');
    expect(md).toContain('## Notes\n\n\\- not a list  \n\\> nor a quote\n');
  });

  test('a custom kind shows its label when given, its raw id otherwise', () => {
    const moment = FIXTURE.moments.find((m) => m.kind === 'follow-up-call');
    expect(moment).toBeDefined();
    const input = { ...BARE, moments: moment ? [moment] : [] };
    expect(callToMarkdown(input)).toContain('· Me · follow-up-call —');
    expect(callToMarkdown({ ...input, kinds: { 'follow-up-call': 'Follow-up call' } })).toContain(
      '· Me · Follow-up call —',
    );
  });

  test('the partner’s organisation is named when it differs from the name', () => {
    const md = callToMarkdown({
      ...BARE,
      partner: {
        id: 'p',
        name: 'Jane Doe',
        organisation: 'Acme Corp',
        notes: '',
        createdAt: 0,
        updatedAt: 0,
      },
    });
    expect(md).toContain('- **Partner:** Jane Doe, Acme Corp\n');
  });

  test('the date is in the time zone asked for, and says which', () => {
    expect(callToMarkdown(FIXTURE, { timeZone: 'America/New_York' })).toContain(
      '- **Date:** 2026-11-23 09:05 (America/New_York)\n',
    );
    expect(CALL.startedAt).toBe(Date.UTC(2026, 10, 23, 14, 5));
  });
});
