import { useCallback } from 'react';
import { explainWriteError } from '../../../lib/db/errors';
import { updateMoment } from '../../../lib/db/moments-repository';
import type { Moment } from '../../../lib/domain/model';
import { useStore } from '../../../lib/store/store';
import { useDatabase } from '../../app-context/database-context';
import { useT } from '../../app-context/i18n-context';

/** Removes a moment's quote in one write, with Undo putting it back as it was. */
export function useRemoveQuote(): (moment: Moment) => Promise<void> {
  const db = useDatabase();
  const t = useT();
  const offerUndo = useStore((s) => s.offerUndo);
  const setError = useStore((s) => s.setError);
  return useCallback(
    async (moment: Moment) => {
      const quote = moment.quote;
      if (!quote) return;
      try {
        await updateMoment(db, moment, { quote: null });
        offerUndo({
          message: t('quotes.removed'),
          undo: async () => void (await updateMoment(db, moment, { quote })),
        });
      } catch (e) {
        setError(await explainWriteError(e));
      }
    },
    [db, offerUndo, setError, t],
  );
}
