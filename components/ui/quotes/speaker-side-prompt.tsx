import { updateMoment } from '../../../lib/db/moments-repository';
import type { Moment } from '../../../lib/domain/model';
import { SIDE_LABEL_IDS } from '../../../lib/domain/i18n/labels';
import { speakerSideConflict } from '../../../lib/domain/quotes/quote';
import { useStore } from '../../../lib/store/store';
import { useDatabase } from '../../app-context/database-context';
import { useWriteAttempt } from '../use-write-attempt';
import { useT } from '../../app-context/i18n-context';

/**
 * "Said by Dana — switch to Them?" under a moment whose quote's speaker contradicts its side.
 * Never switches by itself: one click switches (with Undo), "Keep" stops asking for it.
 */
export function SpeakerSidePrompt({ moment }: { moment: Moment }) {
  const db = useDatabase();
  const t = useT();
  const offerUndo = useStore((s) => s.offerUndo);
  const { error, attempt } = useWriteAttempt();
  const conflict = speakerSideConflict(moment);
  if (!conflict) return null;
  const to = t(SIDE_LABEL_IDS[conflict.side]);
  const kept = t(SIDE_LABEL_IDS[moment.side]);
  const was = moment.side;

  const switchSide = () =>
    attempt(async () => {
      await updateMoment(db, moment, { side: conflict.side });
      offerUndo({
        message: t('quotes.sidePrompt.switched', { side: to }),
        undo: async () => void (await updateMoment(db, moment, { side: was })),
      });
    });
  const keep = () =>
    attempt(async () => void (await updateMoment(db, moment, { quoteSideDismissed: true })));

  return (
    <p className="speaker-side">
      <span>{t('quotes.sidePrompt.saidBy', { speaker: conflict.speaker || to })}</span>
      <button type="button" className="small-button" onClick={() => void switchSide()}>
        {t('quotes.sidePrompt.switch', { side: to })}
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={t('quotes.sidePrompt.keepLabel', { side: kept })}
        onClick={() => void keep()}
      >
        {t('quotes.sidePrompt.keep', { side: kept })}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </p>
  );
}
