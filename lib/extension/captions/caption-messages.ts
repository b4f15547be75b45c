import type { CaptureHealth } from '../../domain/captions/capture-health';
import type { TranscriptLine } from '../../domain/model';
import type { CaptionAdapter } from './caption-adapter';

/**
 * What the meeting tab's caption reader and the extension say to each other. The content
 * script only reads and reports; the extension (background) stores. Kept in one file so the
 * two ends cannot drift apart.
 */

export type CaptionPlatform = CaptionAdapter['platform'];

/** Content script → extension (runtime.sendMessage: the background and any open panel hear it). */
export type FromCaptionTab =
  | {
      type: 'caption-health';
      platform: CaptionPlatform;
      health: CaptureHealth;
      link: number | null;
    }
  | { type: 'caption-lines'; platform: CaptionPlatform; lines: TranscriptLine[] };

/** Extension → content script (tabs.sendMessage to the meeting tab). */
export type ToCaptionTab =
  /** Lines spoken, even in part, from `from` to `to` (epoch ms), and the one still in progress. */
  | { type: 'caption-quote'; from: number; to: number }
  /** The reader's current health, for a panel that opens mid-call. */
  | { type: 'caption-status' };

export interface CaptionQuoteReply {
  lines: TranscriptLine[];
  /** The sentence still being spoken at the press: its finished form arrives as caption-lines. */
  inProgress: TranscriptLine | null;
}

export interface CaptionStatusReply {
  platform: CaptionPlatform;
  health: CaptureHealth;
  link: number | null;
}
