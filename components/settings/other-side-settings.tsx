import { useId, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { setPreference } from '../../lib/db/settings-repository';
import { OTHER_SIDE_NAME_MAX } from '../../lib/domain/preferences';
import { useDatabase } from '../app-context/database-context';
import { usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { useDraftSetting } from './use-draft-setting';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** What the live screen, summaries and exports call the other side. */
export function OtherSideSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const { otherSideName, usePartnerName } = usePreferences();
  const id = useId();
  const t = useT();
  const [checkError, setCheckError] = useState<string | null>(null);
  const name = useDraftSetting({
    stored: otherSideName,
    format: (value) => value,
    parse: (text) => ({ ok: true, value: text }),
    save: (value) => setPreference(db, 'otherSideName', value),
  });
  const error = name.error ?? checkError;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.otherSide.heading')}</h2>
      <p id={`${id}-hint`} className="hint">
        {t('settings.otherSide.intro')}
      </p>
      {error ? (
        <ErrorBanner
          message={error}
          onDismiss={() => {
            name.dismissError();
            setCheckError(null);
          }}
        />
      ) : null}
      <div className="field narrow-field">
        <label htmlFor={`${id}-name`}>{t('settings.otherSide.label')}</label>
        <input
          id={`${id}-name`}
          placeholder={t('side.them')}
          maxLength={OTHER_SIDE_NAME_MAX}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          {...name.inputProps}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={usePartnerName}
          onChange={(e) => {
            setPreference(db, 'usePartnerName', e.target.checked).then(
              () => setCheckError(null),
              (err: unknown) => void explainWriteError(err).then(setCheckError),
            );
          }}
        />
        {t('settings.otherSide.usePartner')}
      </label>
    </section>
  );
}
