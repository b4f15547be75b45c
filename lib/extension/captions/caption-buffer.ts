import type { CaptionLine } from '../../domain/captions/caption-stream';

/** How far back the meeting tab keeps finished lines: a tag quotes seconds, never minutes. */
export const BUFFER_MS = 5 * 60_000;

/**
 * The last few minutes of finished caption lines, in the meeting tab's memory only: a tag
 * takes its quote from here, and the whole buffer is dropped when the call ends.
 */
export class CaptionBuffer {
  private lines: CaptionLine[] = [];

  add(lines: readonly CaptionLine[], now: number): void {
    this.lines.push(...lines);
    const keepFrom = now - BUFFER_MS;
    const first = this.lines.findIndex((line) => line.endedAt >= keepFrom);
    this.lines = first < 0 ? [] : this.lines.slice(first);
  }

  /** Lines spoken, even in part, between `from` and `to` (epoch ms), oldest first. */
  between(from: number, to: number): CaptionLine[] {
    return this.lines.filter((line) => line.endedAt >= from && line.startedAt <= to);
  }

  get size(): number {
    return this.lines.length;
  }

  clear(): void {
    this.lines = [];
  }
}
