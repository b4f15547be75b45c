import type { CaptureHealth } from '../../domain/captions/capture-health';
import type { CaptionLine } from '../../domain/captions/caption-stream';
import { isMine } from '../../domain/captions/quote-matching';
import type { TranscriptLine } from '../../domain/model';
import type { CaptionAdapter } from './caption-adapter';
import { adapterFor } from './caption-adapters';
import type {
  CaptionQuoteReply,
  CaptionStatusReply,
  FromCaptionTab,
  ToCaptionTab,
} from './caption-messages';
import { startCaptionReader, type CaptionReaderOptions } from './caption-reader';

/** How the meeting tab talks to the extension: runtime messaging, injected for tests. */
export interface CaptionTabPort {
  send: (message: FromCaptionTab) => void;
  /** Calls `answer` for each message to this tab; it returns the reply, or undefined when not ours. */
  listen: (
    answer: (message: unknown) => CaptionQuoteReply | CaptionStatusReply | undefined,
  ) => () => void;
}

export interface CaptionTab {
  stop: () => void;
}

function isToCaptionTab(message: unknown): message is ToCaptionTab {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'caption-quote' || type === 'caption-status';
}

/** A reader's line as the extension keeps it: the speaker read as the user or not. */
function transcriptLine(line: CaptionLine, localName: string | null): TranscriptLine {
  return { ...line, mine: isMine(line.speaker, localName) };
}

/**
 * What the content script does in a meeting tab: reads its captions with the adapter for its
 * address and reports finished lines and the capture's health; answers the extension's asks
 * for a quote and for the current health. Never stores anything: null on a page no adapter
 * reads.
 */
export function startCaptionTab(
  document: Document,
  address: string,
  port: CaptionTabPort,
  options: Omit<CaptionReaderOptions, 'document' | 'adapter'> = {},
): CaptionTab | null {
  const adapter = adapterFor(address);
  if (!adapter) return null;
  const platform = adapter.platform;
  const localName = () => localNameOf(adapter, document);
  let status: CaptionStatusReply = { platform, health: { state: 'no-meeting' }, link: null };
  const reader = startCaptionReader(
    { ...options, document, adapter },
    {
      onLines(lines) {
        const name = localName();
        port.send({
          type: 'caption-lines',
          platform,
          lines: lines.map((line) => transcriptLine(line, name)),
        });
      },
      onHealth(health: CaptureHealth, link) {
        status = { platform, health, link };
        port.send({ type: 'caption-health', platform, health, link });
      },
    },
  );
  const unlisten = port.listen((message) => {
    if (!isToCaptionTab(message)) return undefined;
    if (message.type === 'caption-status') return status;
    const name = localName();
    const { lines, inProgress } = reader.quote(message.from, message.to);
    return {
      lines: lines.map((line) => transcriptLine(line, name)),
      inProgress: inProgress ? transcriptLine(inProgress, name) : null,
    };
  });
  return {
    stop() {
      unlisten();
      reader.stop();
    },
  };
}

function localNameOf(adapter: CaptionAdapter, document: Document): string | null {
  const root = adapter.root(document);
  return root ? adapter.localName(root) : null;
}
