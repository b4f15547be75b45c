import { useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { resetSettings, restoreSettings } from '../../lib/db/settings-repository';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorBanner } from '../ui/error-banner';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** Every setting back to its default, with an undo window. Calls and moments stay. */
export function ResetSettingsSection({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.reset.heading')}</h2>
      <p className="hint">{t('settings.reset.intro')}</p>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <div className="form-actions">
        <ConfirmButton
          question={t('settings.reset.confirm')}
          confirmLabel={t('settings.reset.confirmLabel')}
          onConfirm={() => {
            setError(null);
            resetSettings(db).then(
              (rows) =>
                offerUndo({
                  message: t('settings.reset.done'),
                  undo: () => restoreSettings(db, rows),
                }),
              (e: unknown) => void explainWriteError(e).then(setError),
            );
          }}
        >
          {t('settings.reset.button')}
        </ConfirmButton>
      </div>
    </section>
  );
}
