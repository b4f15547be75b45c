import { useId, useState } from 'react';
import {
  captureNeedsAttention,
  captureStatusText,
  type CaptureView,
} from '../../lib/domain/captions/capture-wording';
import { setPreference } from '../../lib/db/settings-repository';
import { explainWriteError } from '../../lib/db/errors';
import {
  stopReadingCaptions,
  turnCaptionQuotesOn,
} from '../../lib/extension/captions/caption-registration';
import { useDatabase } from '../app-context/database-context';
import './caption-quotes.css';

/** The switch's change: the browser's prompt first (it needs the click), then the setting. */
function useCaptionSwitch(): {
  change: (on: boolean) => Promise<void>;
  problem: string | null;
} {
  const db = useDatabase();
  const [problem, setProblem] = useState<string | null>(null);
  async function change(on: boolean): Promise<void> {
    try {
      if (on) {
        const result = await turnCaptionQuotesOn();
        if (!result.on) {
          setProblem(result.reason);
          return;
        }
      } else {
        await stopReadingCaptions();
      }
      await setPreference(db, 'captionQuotes', on);
      setProblem(null);
    } catch (error) {
      setProblem(
        `Quotes from captions were not switched ${on ? 'on' : 'off'}: ${await explainWriteError(error)}`,
      );
    }
  }
  return { change, problem };
}

/**
 * "Quotes from captions" on the live screen: the switch, and while it is on, one line saying
 * what reading the meeting's captions looks like right now (a polite live region, so a
 * change is heard without moving the focus). Tagging never depends on it.
 */
export function CaptionQuotes({ on, view }: { on: boolean; view: CaptureView | null }) {
  const id = useId();
  const { change, problem } = useCaptionSwitch();
  const attention = view !== null && captureNeedsAttention(view);
  return (
    <section className="caption-quotes" aria-label="Quotes from captions">
      <label className="checkbox">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        Quotes from captions
      </label>
      <p id={`${id}-hint`} className="hint caption-hint">
        {on
          ? 'Switch the meeting’s captions on (CC): each tag keeps the words just said.'
          : 'Reads the meeting’s live captions on this computer; nothing leaves it.'}
      </p>
      <p
        className={`caption-status${attention ? ' caption-status-attention' : ''}`}
        role="status"
        aria-live="polite"
      >
        {on ? (view ? captureStatusText(view) : 'Looking for the meeting tab…') : ''}
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
