import { describe, expect, test } from 'vitest';
import { parseBackup } from '../../../../lib/domain/backup/parse-backup';
import { anonymiseExport } from '../../../../lib/domain/export/anonymise';
import { momentsToCsv } from '../../../../lib/domain/export/call-csv';
import type { CallExport } from '../../../../lib/domain/export/call-export';
import { callToJson } from '../../../../lib/domain/export/call-json';
import { callToMarkdown } from '../../../../lib/domain/export/call-markdown';
import type { Moment, TranscriptLine } from '../../../../lib/domain/model';
import { CALL, MOMENTS, PARTNER, STARTED_AT } from './fixture-call';

const ASK = MOMENTS[1] as Moment;
const QUOTED: CallExport = {
  call: CALL,
  partner: PARTNER,
  moments: [
    {
      ...ASK,
      quote: [
        { speaker: 'Dana Whitfield', text: 'could you send the *deck*', mine: false },
        { speaker: 'Alex', text: '# sure, Dana', mine: true },
      ],
    },
  ],
  transcript: [
    {
      speaker: 'Dana Whitfield',
      text: 'Hi all, Acme here',
      mine: false,
      startedAt: STARTED_AT + 65_000,
      endedAt: STARTED_AT + 66_000,
    },
    {
      speaker: 'Alex',
      text: 'Welcome <b>Dana</b>',
      mine: true,
      startedAt: STARTED_AT + 70_000,
      endedAt: STARTED_AT + 71_000,
    },
  ] satisfies TranscriptLine[],
};

describe('quotes in the exports', () => {
  test('Markdown: a block quote under the moment, escaped like notes; the transcript after', () => {
    const md = callToMarkdown(QUOTED);
    expect(md).toContain(
      '- 3:12 · Them · Asked for something · weight 2 — Asked for an intro to Dana Whitfield, our "Nordics" lead\n' +
        '  > **Dana Whitfield:** “could you send the \\*deck\\*”  \n' +
        '  > **Alex:** “# sure, Dana”\n',
    );
    expect(md).toContain(
      '## Transcript\n\n- 1:05 · **Dana Whitfield:** Hi all, Acme here\n- 1:10 · **Alex:** Welcome \\<b>Dana\\</b>\n',
    );
  });

  test('Markdown without a transcript has no transcript section', () => {
    expect(callToMarkdown({ ...QUOTED, transcript: [] })).not.toContain('## Transcript');
    expect(callToMarkdown({ ...QUOTED, transcript: undefined })).not.toContain('Transcript');
  });

  test('CSV: the quote column holds "Speaker: text" lines, guarded like notes', () => {
    const csv = momentsToCsv(
      {
        ...QUOTED,
        moments: [{ ...ASK, quote: [{ speaker: '', text: '=cmd()', mine: false }] }],
      },
      { bom: false },
    );
    const [header, row] = csv.split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(columns.indexOf('quote')).toBe(columns.indexOf('note') + 1);
    expect(row).toContain(`lead",'=cmd(),`);
    expect(momentsToCsv(QUOTED, { bom: false })).toContain(
      '"Dana Whitfield: could you send the *deck*\nAlex: # sure, Dana"',
    );
  });

  test('JSON: quotes and the transcript, restorable through the backup import', () => {
    const json = callToJson(QUOTED, { exportedAt: STARTED_AT + 3_600_000 });
    const parsed = parseBackup(json, { now: STARTED_AT + 3_600_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.moments[0]?.quote).toEqual(QUOTED.moments[0]?.quote);
    expect(parsed.file.transcripts).toEqual([{ callId: CALL.id, lines: QUOTED.transcript }]);
  });

  test('Anonymise: speakers and names inside quotes and the transcript are hidden', () => {
    const out = anonymiseExport(QUOTED, { names: ['Sam'] });
    expect(out.moments[0]?.quote).toEqual([
      { speaker: 'Person 2', text: 'could you send the *deck*', mine: false },
      { speaker: 'Me', text: '# sure, Person 2', mine: true },
    ]);
    expect(out.transcript).toEqual([
      expect.objectContaining({ speaker: 'Person 2', text: 'Hi all, Partner here' }),
      expect.objectContaining({ speaker: 'Me', text: 'Welcome <b>Person 2</b>' }),
    ]);
    const text = callToMarkdown(QUOTED, { anonymise: {} });
    expect(text).not.toMatch(/Dana|Whitfield|Acme/);
  });
});
