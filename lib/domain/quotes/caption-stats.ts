import type { CaptionStats, Side, TranscriptLine } from '../model';
import { sideOfLine } from '../captions/line-side';
import { isQuestion } from './question';

export { sideOfLine };

export type { CaptionStats };

export const NO_CAPTION_STATS: CaptionStats = {
  words: { them: 0, me: 0 },
  questions: { them: 0, me: 0 },
  lines: 0,
};

/** Spoken words: runs of letters or digits (a contraction like "don't" is one word). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** `stats` with `lines` added; counting in any split of the same lines gives the same sum. */
export function addCaptionLines(
  stats: CaptionStats | undefined,
  lines: readonly Pick<TranscriptLine, 'text' | 'mine'>[],
): CaptionStats {
  const base = stats ?? NO_CAPTION_STATS;
  const words = { ...base.words };
  const questions = { ...base.questions };
  for (const line of lines) {
    const side = sideOfLine(line);
    words[side] += countWords(line.text);
    if (isQuestion(line.text)) questions[side] += 1;
  }
  return { words, questions, lines: base.lines + lines.length };
}

/** Each side's share of the words spoken, in whole percent summing to 100; null with no words. */
export function talkShare(stats: CaptionStats): Record<Side, number> | null {
  const total = stats.words.them + stats.words.me;
  if (total === 0) return null;
  const me = Math.round((stats.words.me / total) * 100);
  return { me, them: 100 - me };
}
