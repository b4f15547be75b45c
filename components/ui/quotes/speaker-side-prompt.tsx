import { useState } from 'react';
import { explainWriteError } from '../../../lib/db/errors';
import { updateMoment } from '../../../lib/db/moments-repository';
import { SIDE_LABELS, type Moment } from '../../../lib/domain/model';
import { speakerSideConflict } from '../../../lib/domain/quotes/quote';
import { useStore } from '../../../lib/store/store';
import { useDatabase } from '../../app-context/database-context';

/**
 * "Said by Dana — switch to Them?" under a moment whose quote's speaker contradicts its side.
 * Never switches by itself: one click switches (with Undo), "Keep" stops asking for it.
 */
export function SpeakerSidePrompt({ moment }: { moment: Moment }) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const [error, setError] = useState<string | null>(null);
  const conflict = speakerSideConflict(moment);
  if (!conflict) return null;
  const to = SIDE_LABELS[conflict.side];
  const was = moment.side;

  async function attempt(action: () => Promise<void>): Promise<void> {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(await explainWriteError(e));
    }
  }
  const switchSide = () =>
    attempt(async () => {
      await updateMoment(db, moment, { side: conflict.side });
      offerUndo({
        message: `Moment switched to ${to}.`,
        undo: async () => void (await updateMoment(db, moment, { side: was })),
      });
    });
  const keep = () =>
    attempt(async () => void (await updateMoment(db, moment, { quoteSideDismissed: true })));

  return (
    <p className="speaker-side">
      <span>Said by {conflict.speaker || to} —</span>
      <button type="button" className="small-button" onClick={() => void switchSide()}>
        switch to {to}?
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Keep ${SIDE_LABELS[was]} and stop asking`}
        onClick={() => void keep()}
      >
        Keep {SIDE_LABELS[was]}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </p>
  );
}
