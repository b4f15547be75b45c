import type { Moment, TranscriptLine } from '../model';
import { QUOTE_TEXT_MAX, SPEAKER_MAX } from './quote';

/** A transcript line as stored: trimmed and within the quote limits; empty lines dropped. */
export function cleanTranscriptLines(lines: readonly TranscriptLine[]): TranscriptLine[] {
  return lines.flatMap((line) => {
    const text = line.text.replace(/\s+/g, ' ').trim().slice(0, QUOTE_TEXT_MAX);
    if (text === '' || !Number.isFinite(line.startedAt) || !Number.isFinite(line.endedAt)) {
      return [];
    }
    return [
      {
        speaker: line.speaker.trim().slice(0, SPEAKER_MAX),
        text,
        mine: line.mine === true,
        startedAt: line.startedAt,
        endedAt: Math.max(line.startedAt, line.endedAt),
      },
    ];
  });
}

/** A transcript's row on the call page: a caption line, or a tag placed at its time. */
export type TranscriptItem =
  | { type: 'line'; line: TranscriptLine; offsetMs: number }
  | { type: 'tag'; moment: Moment; offsetMs: number };

/**
 * The kept lines and the call's tags in one list by time into the call. A tag goes before
 * the first line that started after its moment (lines it shares a time with come first:
 * the words lead to the tag).
 */
export function transcriptItems(
  lines: readonly TranscriptLine[],
  moments: readonly Moment[],
  callStartedAt: number,
): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  const tags = [...moments].sort((a, b) => a.offsetMs - b.offsetMs);
  let t = 0;
  for (const line of lines) {
    const offsetMs = Math.max(0, line.startedAt - callStartedAt);
    for (; t < tags.length && (tags[t]?.offsetMs ?? 0) < offsetMs; t++) {
      const moment = tags[t] as Moment;
      items.push({ type: 'tag', moment, offsetMs: moment.offsetMs });
    }
    items.push({ type: 'line', line, offsetMs });
  }
  for (; t < tags.length; t++) {
    const moment = tags[t] as Moment;
    items.push({ type: 'tag', moment, offsetMs: moment.offsetMs });
  }
  return items;
}
