import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Moment, TranscriptLine } from '../../../../lib/domain/model';
import { cleanTranscriptLines, transcriptItems } from '../../../../lib/domain/quotes/transcript';

const line = (startedAt: number, text = 'hi'): TranscriptLine => ({
  speaker: 'Dana',
  text,
  mine: false,
  startedAt,
  endedAt: startedAt + 1,
});
const tag = (offsetMs: number, id = `m${offsetMs}`): Moment => ({
  id,
  callId: 'c',
  side: 'them',
  kind: 'request',
  at: 1_000 + offsetMs,
  offsetMs,
  note: '',
  weight: 1,
  createdAt: 0,
  updatedAt: 0,
});

describe('transcript', () => {
  test('each tag is placed among the lines at its time into the call', () => {
    const items = transcriptItems(
      [line(1_000), line(3_000), line(6_000)],
      [tag(2_500), tag(9_000)],
      1_000,
    );
    expect(
      items.map((i) => (i.type === 'tag' ? `tag@${i.offsetMs}` : `line@${i.offsetMs}`)),
    ).toEqual(['line@0', 'line@2000', 'tag@2500', 'line@5000', 'tag@9000']);
  });

  test('property: every line and every tag appears once, lines in their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(100_000), { maxLength: 30 }),
        fc.array(fc.nat(100_000), { maxLength: 10 }),
        (starts, offsets) => {
          const lines = starts.map((s, i) => line(s, `l${i}`));
          const tags = offsets.map((o, i) => tag(o, `t${i}`));
          const items = transcriptItems(lines, tags, 0);
          expect(items).toHaveLength(lines.length + tags.length);
          expect(items.flatMap((i) => (i.type === 'line' ? [i.line] : []))).toEqual(lines);
          expect(new Set(items.flatMap((i) => (i.type === 'tag' ? [i.moment.id] : []))).size).toBe(
            tags.length,
          );
        },
      ),
    );
  });

  test('cleaning drops empty lines and lines without a time, and cuts long text', () => {
    expect(
      cleanTranscriptLines([
        line(1, '  '),
        { ...line(2), startedAt: Number.NaN },
        { ...line(5, ` a  ${'x'.repeat(2_000)}`), endedAt: 1 },
      ]),
    ).toEqual([{ ...line(5, `a ${'x'.repeat(998)}`), endedAt: 5 }]);
  });
});
