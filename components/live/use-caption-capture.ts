import { useEffect, useRef, useState } from 'react';
import type { CaptureView } from '../../lib/domain/captions/capture-wording';
import { sideOfLine } from '../../lib/domain/captions/line-side';
import type { TranscriptLine } from '../../lib/domain/model';
import type { Suggestion } from '../../lib/domain/suggestions';
import {
  askCaptionStatus,
  hasMeetingAccess,
  listenToCaptionTabs,
  openUnsupportedMeeting,
} from '../../lib/extension/captions/panel-captions';

/** How often the panel asks again: a meeting tab closed sends nothing. */
export const STATUS_POLL_MS = 5_000;

export interface LineSuggestion extends Suggestion {
  line: TranscriptLine;
  /** Tells one suggestion from the next, even for the same words. */
  id: number;
}

/**
 * The suggestion rules (a lexicon of phrases) load when the switch is on, not with the panel:
 * most calls run without captions, and a first caption line comes seconds after the switch.
 */
const loadSuggester = () => import('../../lib/domain/suggestions').then((m) => m.suggestFromLine);

/** Why no meeting tab answers: no access to the sites, an unsupported site's tab, or none. */
async function viewWithoutReader(): Promise<CaptureView> {
  if (!(await hasMeetingAccess())) return { source: 'no-access' };
  const unsupported = await openUnsupportedMeeting();
  return unsupported ? { source: 'unsupported', platform: unsupported } : { source: 'none' };
}

/**
 * The meeting tab's capture state and the latest suggestion from its captions, while quotes
 * from captions are on: the tab's reports as they come, its status asked on open and every
 * few seconds. `accepts(kind)`: whether the user's catalogue has that kind to tag.
 */
export function useCaptionCapture(
  on: boolean,
  accepts: (kind: string) => boolean,
): {
  view: CaptureView | null;
  suggestion: LineSuggestion | null;
  clearSuggestion: () => void;
} {
  const [view, setView] = useState<CaptureView | null>(null);
  const [suggestion, setSuggestion] = useState<LineSuggestion | null>(null);
  const accepting = useRef(accepts);
  accepting.current = accepts;
  useEffect(() => {
    if (!on) return undefined;
    let live = true;
    let next = 0;
    const ask = () => {
      void askCaptionStatus()
        .then(async (status) =>
          status ? ({ source: 'reader', ...status } as const) : viewWithoutReader(),
        )
        .then((seen) => live && setView(seen));
    };
    const suggester = loadSuggester();
    const stop = listenToCaptionTabs((message) => {
      if (message.type === 'caption-health') {
        setView({ source: 'reader', platform: message.platform, health: message.health });
        return;
      }
      // In order: lines heard before the rules are there wait for them, then for each other.
      void suggester.then((suggestFromLine) => {
        if (!live) return;
        for (const line of message.lines) {
          const found = suggestFromLine({ ...line, side: sideOfLine(line) });
          if (found && accepting.current(found.kind))
            setSuggestion({ ...found, line, id: (next += 1) });
        }
      });
    });
    ask();
    const timer = window.setInterval(ask, STATUS_POLL_MS);
    return () => {
      live = false;
      stop();
      window.clearInterval(timer);
    };
  }, [on]);
  // Nothing is shown while the switch is off.
  return {
    view: on ? view : null,
    suggestion: on ? suggestion : null,
    clearSuggestion: () => setSuggestion(null),
  };
}
