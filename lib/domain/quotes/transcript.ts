import type { TranscriptLine } from '../model';
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
