import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  EMPTY_STREAM,
  flushStream,
  ingestSnapshot,
  lineInProgress,
  type CaptionBlock,
  type CaptionLine,
  type CaptionSnapshot,
  type CaptionStream,
} from '../../../lib/domain/captions/caption-stream';

/** Feeds the snapshots in order, then flushes: every line the stream finished. */
function run(snapshots: readonly CaptionSnapshot[]): CaptionLine[] {
  let stream: CaptionStream = EMPTY_STREAM;
  const lines: CaptionLine[] = [];
  for (const snapshot of snapshots) {
    const step = ingestSnapshot(stream, snapshot);
    stream = step.stream;
    lines.push(...step.finished);
  }
  lines.push(...flushStream(stream).finished);
  return lines;
}

const block = (key: string, speaker: string, text: string): CaptionBlock => ({
  key,
  speaker,
  text,
});
const said = (lines: readonly CaptionLine[]) => lines.map((l) => `${l.speaker}: ${l.text}`);

describe('ingestSnapshot', () => {
  test('a block is finished once a newer block follows it, with its corrected words', () => {
    const lines = run([
      { at: 1, blocks: [block('1', 'Dana', 'could you sand')] },
      { at: 2, blocks: [block('1', 'Dana', 'Could you send the deck?')] },
      {
        at: 3,
        blocks: [block('1', 'Dana', 'Could you send the deck?'), block('2', 'You', 'Sure')],
      },
    ]);
    expect(said(lines)).toEqual(['Dana: Could you send the deck?', 'You: Sure']);
    expect(lines[0]).toMatchObject({ startedAt: 1, endedAt: 2 });
  });

  test('a block that scrolled away is finished where it was last seen', () => {
    const lines = run([
      { at: 1, blocks: [block('1', 'Dana', 'One')] },
      { at: 2, blocks: [block('2', 'Dana', 'Two')] },
    ]);
    expect(said(lines)).toEqual(['Dana: One', 'Dana: Two']);
  });

  test('a long monologue reset inside the same element ends one line and starts another', () => {
    const long = 'So the way we think about the pilot is that it runs in three regions';
    const lines = run([
      { at: 1, blocks: [block('1', 'Dana', long)] },
      { at: 2, blocks: [block('1', 'Dana', 'and then we scale')] },
    ]);
    expect(said(lines)).toEqual([`Dana: ${long}`, 'Dana: and then we scale']);
    expect(lines[1]).toMatchObject({ startedAt: 2, endedAt: 2 });
  });

  test('a page drawing its lines again in new elements repeats none of them', () => {
    const first = 'We can share the pilot sites by Friday';
    const lines = run([
      { at: 1, blocks: [block('1', 'Dana', first), block('2', 'You', 'Great, thanks')] },
      // Captions switched off and on: the same lines in new elements, then a new one.
      {
        at: 2,
        blocks: [block('7', 'Dana', first), block('8', 'You', 'Okay, good to know then')],
      },
    ]);
    expect(said(lines)).toEqual([
      `Dana: ${first}`,
      'You: Great, thanks',
      'You: Okay, good to know then',
    ]);
  });

  test('white space is folded; empty blocks and UI rows without text are no lines', () => {
    const lines = run([
      { at: 1, blocks: [block('1', ' Dana ', '  Hello   there '), block('ui', '', '   ')] },
    ]);
    expect(said(lines)).toEqual(['Dana: Hello there']);
  });

  test('the line in progress is the newest open block', () => {
    const { stream } = ingestSnapshot(EMPTY_STREAM, {
      at: 5,
      blocks: [block('1', 'Dana', 'Done'), block('2', 'You', 'I was say')],
    });
    expect(lineInProgress(stream)).toMatchObject({ speaker: 'You', text: 'I was say' });
    expect(lineInProgress(flushStream(stream).stream)).toBeNull();
  });
});

/**
 * A platform playing a scripted conversation: each line's words arrive in chunks, the last
 * chunk sometimes corrected on its way, the region showing the newest `window` lines. Any
 * snapshot may be missed except the one where a line is complete (the page shows it).
 */
const conversation = fc
  .record({
    lines: fc.array(
      fc.record({
        speaker: fc.constantFrom('Dana', 'You', 'Lee'),
        words: fc.array(fc.constantFrom('we', 'can', 'send', 'the', 'deck', 'Friday', 'ok'), {
          minLength: 1,
          maxLength: 12,
        }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    window: fc.integer({ min: 2, max: 4 }),
    chunks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 50, maxLength: 50 }),
    keep: fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
    typo: fc.boolean(),
  })
  .map(({ lines, window, chunks, keep, typo }) => {
    // Each line ends in its number, so that no two lines are the same words.
    const script = lines.map((l, i) => ({ speaker: l.speaker, text: [...l.words, `n${i}`] }));
    const snapshots: CaptionSnapshot[] = [];
    let at = 0;
    let c = 0;
    script.forEach((line, i) => {
      const earlier = script
        .slice(Math.max(0, i - window + 1), i)
        .map((l, j) => block(String(Math.max(0, i - window + 1) + j), l.speaker, l.text.join(' ')));
      for (let n = 0; n < line.text.length;) {
        n = Math.min(line.text.length, n + (chunks[c % chunks.length] ?? 1));
        const complete = n === line.text.length;
        const words = line.text.slice(0, n);
        // A word misheard, then corrected in a later snapshot.
        const shown = !complete && typo ? [...words.slice(0, -1), 'uh'] : words;
        if (complete || keep[c % keep.length])
          snapshots.push({
            at: (at += 100),
            blocks: [...earlier, block(String(i), line.speaker, shown.join(' '))],
          });
        c += 1;
      }
    });
    return { script, snapshots };
  });

test('however the snapshots fall, every line is finished once, in order, as last spoken', () => {
  fc.assert(
    fc.property(conversation, ({ script, snapshots }) => {
      expect(said(run(snapshots))).toEqual(
        script.map((line) => `${line.speaker}: ${line.text.join(' ')}`),
      );
    }),
  );
});

test('a line’s start is never after its end, and lines end in the order they were spoken', () => {
  fc.assert(
    fc.property(conversation, ({ snapshots }) => {
      const lines = run(snapshots);
      for (const line of lines) expect(line.startedAt).toBeLessThanOrEqual(line.endedAt);
      const ends = lines.map((l) => l.endedAt);
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
    }),
  );
});
