import { useId, useState } from 'react';
import {
  captureNeedsAttention,
  captureStatusMessage,
  type CaptureView,
} from '../../lib/domain/captions/capture-wording';
import { setPreference } from '../../lib/db/settings-repository';
import { explainWriteError } from '../../lib/db/errors';
import {
  stopReadingCaptions,
  turnCaptionQuotesOn,
} from '../../lib/extension/captions/caption-registration';
import { useDatabase } from '../app-context/database-context';
import { useT, useTranslateMessage } from '../app-context/i18n-context';
import './caption-quotes.css';

/** The switch's change: the browser's prompt first (it needs the click), then the setting. */
function useCaptionSwitch(): {
  change: (on: boolean) => Promise<void>;
  problem: string | null;
} {
  const db = useDatabase();
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  async function change(on: boolean): Promise<void> {
    try {
      if (on) {
        const result = await turnCaptionQuotesOn();
        if (!result.on) {
          setProblem(
            result.problem === 'denied'
              ? t('live.captions.denied')
              : t('live.captions.promptFailed', { reason: result.detail }),
          );
          return;
        }
      } else {
        await stopReadingCaptions();
      }
      await setPreference(db, 'captionQuotes', on);
      setProblem(null);
    } catch (error) {
      const reason = await explainWriteError(error);
      setProblem(
        on
          ? t('live.captions.notSwitchedOn', { reason })
          : t('live.captions.notSwitchedOff', { reason }),
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
  const t = useT();
  const translateMessage = useTranslateMessage();
  const { change, problem } = useCaptionSwitch();
  const attention = view !== null && captureNeedsAttention(view);
  return (
    <section className="caption-quotes" aria-label={t('live.captions.label')}>
      <label className="checkbox">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        {t('live.captions.label')}
      </label>
      <p id={`${id}-hint`} className="hint caption-hint">
        {on ? t('live.captions.hint.on') : t('live.captions.hint.off')}
      </p>
      <p
        className={`caption-status${attention ? ' caption-status-attention' : ''}`}
        role="status"
        aria-live="polite"
      >
        {on
          ? view
            ? translateMessage(captureStatusMessage(view))
            : t('live.captions.looking')
          : ''}
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
