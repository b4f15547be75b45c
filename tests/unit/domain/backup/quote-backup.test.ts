import { describe, expect, test } from 'vitest';
import {
  buildBackup,
  serializeBackup,
  serializeBackupFromParts,
  serializeMomentsPart,
  type BackupFile,
} from '../../../../lib/domain/backup/backup-format';
import { TRANSCRIPT_MAX_LINES } from '../../../../lib/domain/backup/backup-schema';
import { parseBackup, type ParseBackupResult } from '../../../../lib/domain/backup/parse-backup';
import type { Moment, TranscriptLine } from '../../../../lib/domain/model';
import { QUOTE_MAX_LINES, QUOTE_TEXT_MAX, SPEAKER_MAX } from '../../../../lib/domain/quotes/quote';
import { CALL, MOMENTS, PARTNER } from '../export/fixture-call';

const NOW = Date.UTC(2026, 11, 1);
const QUOTED: Moment[] = MOMENTS.map((m, i) =>
  i === 1
    ? {
        ...m,
        quote: [
          { speaker: 'Dana', text: 'could you introduce us', mine: false },
          { speaker: 'You', text: 'sure', mine: true },
        ],
        quoteSideDismissed: true,
      }
    : m,
);
const LINE: TranscriptLine = {
  speaker: 'Dana',
  text: 'hello',
  mine: false,
  startedAt: CALL.startedAt + 1_000,
  endedAt: CALL.startedAt + 2_000,
};
const WITH_CAPTIONS = {
  ...CALL,
  captions: { words: { them: 10, me: 4 }, questions: { them: 2, me: 1 }, lines: 5 },
};
const FILE: BackupFile = buildBackup(
  {
    partners: [PARTNER],
    calls: [WITH_CAPTIONS],
    moments: QUOTED,
    transcripts: [{ callId: CALL.id, lines: [LINE] }],
  },
  NOW,
);

type Raw = Record<string, unknown> & {
  calls: Array<Record<string, unknown>>;
  moments: Array<Record<string, unknown>>;
  transcripts: Array<{ callId: string; lines: Array<Record<string, unknown>> }>;
};
const data = () => JSON.parse(serializeBackup(FILE)) as Raw;

function problems(result: ParseBackupResult): Array<{ path: string; message: string }> {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}
const parse = (raw: Raw) => parseBackup(JSON.stringify(raw), { now: NOW });
const M1 = MOMENTS[1]?.id.slice(0, 8) ?? '';
const C = CALL.id.slice(0, 8);

describe('quotes, caption statistics and transcripts in a backup', () => {
  test('round-trip: a file holds them and reads back as it was written', () => {
    expect(FILE.moments[1]?.quote).toHaveLength(2);
    expect(FILE.moments[1]?.quoteSideDismissed).toBe(true);
    expect(FILE.calls[0]?.captions).toEqual(WITH_CAPTIONS.captions);
    expect(parseBackup(serializeBackup(FILE), { now: NOW })).toEqual({ ok: true, file: FILE });
  });

  test('written in parts, the file is the same text', () => {
    expect(serializeBackupFromParts(FILE, [serializeMomentsPart(FILE.moments)], NOW)).toBe(
      serializeBackup(FILE),
    );
  });

  test('a file without transcripts has no transcripts key, as before', () => {
    const file = buildBackup({ partners: [], calls: [CALL], moments: [] }, NOW);
    expect(Object.keys(file)).not.toContain('transcripts');
    expect(serializeBackup(file)).not.toContain('transcripts');
  });

  test.each<[string, (raw: Raw) => void, string, string]>([
    [
      'a quote line too long',
      (raw) =>
        (raw.moments[1] = {
          ...raw.moments[1],
          quote: [{ speaker: 'Dana', text: 'x'.repeat(QUOTE_TEXT_MAX + 1), mine: false }],
        }),
      `moments[1] (id ${M1}…).quote[0].text`,
      `must be at most ${QUOTE_TEXT_MAX} characters`,
    ],
    [
      'a speaker name too long',
      (raw) =>
        (raw.moments[1] = {
          ...raw.moments[1],
          quote: [{ speaker: 'D'.repeat(SPEAKER_MAX + 1), text: 'hi', mine: false }],
        }),
      `moments[1] (id ${M1}…).quote[0].speaker`,
      `must be at most ${SPEAKER_MAX} characters`,
    ],
    [
      'too many quote lines',
      (raw) =>
        (raw.moments[1] = {
          ...raw.moments[1],
          quote: Array.from({ length: QUOTE_MAX_LINES + 1 }, () => ({
            speaker: 'Dana',
            text: 'hi',
            mine: false,
          })),
        }),
      `moments[1] (id ${M1}…).quote`,
      `must have at most ${QUOTE_MAX_LINES} items`,
    ],
    [
      'a transcript line without "mine"',
      (raw) => (raw.transcripts[0] = { callId: CALL.id, lines: [{ speaker: 'Dana', text: 'hi' }] }),
      `transcripts[0] (call ${C}…).lines[0].mine`,
      'is missing',
    ],
    [
      'a transcript of a call not in the file',
      (raw) => (raw.transcripts[0] = { callId: 'elsewhere', lines: [] }),
      'transcripts[0] (call elsewher…).callId',
      'refers to call "elsewhere", which is not in this file; a transcript is restored with its call',
    ],
    [
      'a transcript too long',
      (raw) =>
        (raw.transcripts[0] = {
          callId: CALL.id,
          lines: Array.from({ length: TRANSCRIPT_MAX_LINES + 1 }, () => LINE as never),
        }),
      `transcripts[0] (call ${C}…).lines`,
      `must have at most ${TRANSCRIPT_MAX_LINES} items`,
    ],
    [
      'negative caption counts',
      (raw) =>
        (raw.calls[0] = {
          ...raw.calls[0],
          captions: { words: { them: -1, me: 0 }, questions: { them: 0, me: 0 }, lines: 0 },
        }),
      `calls[0] (id ${C}…).captions.words.them`,
      'must be 0 or more, found -1',
    ],
  ])('%s is refused, naming the record and the field', (_, breakIt, path, message) => {
    const raw = data();
    breakIt(raw);
    const found = problems(parse(raw));
    expect(found[0]?.path).toBe(path);
    expect(found[0]?.message).toContain(message);
  });

  test('two transcripts for one call are refused', () => {
    const raw = data();
    raw.transcripts.push({ callId: CALL.id, lines: [] });
    expect(problems(parse(raw))).toEqual([
      {
        path: `transcripts[1] (call ${C}…).callId`,
        message: 'the same callId as transcripts[0]; a call has one transcript',
      },
    ]);
  });
});
