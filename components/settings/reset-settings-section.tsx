import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { resetSettings, restoreSettings } from '../../lib/db/settings-repository';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorBanner } from '../ui/error-banner';

/** Every setting back to its default, with an undo window. Calls and moments stay. */
export function ResetSettingsSection({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Reset</h2>
      <p className="hint">
        Puts the tag pad, the lead time, the other side’s name, the theme and what captions keep
        back to their defaults. Your calls, moments and partners stay as they are.
      </p>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <div className="form-actions">
        <ConfirmButton
          question="Reset every setting to its default?"
          confirmLabel="Reset"
          onConfirm={() => {
            setError(null);
            resetSettings(db).then(
              (rows) =>
                offerUndo({
                  message: 'Settings reset to defaults.',
                  undo: () => restoreSettings(db, rows),
                }),
              (e: unknown) => void explainWriteError(e).then(setError),
            );
          }}
        >
          Reset all settings
        </ConfirmButton>
      </div>
    </section>
  );
}
