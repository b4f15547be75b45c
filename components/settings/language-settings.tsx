import { useEffect, useId, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { setPreference } from '../../lib/db/settings-repository';
import {
  isLocaleSetting,
  LOCALES,
  loadCatalogue,
  resolveLocale,
} from '../../lib/domain/i18n/translate';
import { useDatabase } from '../app-context/database-context';
import { browserLanguages, useT } from '../app-context/i18n-context';
import { usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import '../../lib/domain/i18n/messages-en-settings';

/**
 * The UI's language: the browser's, or one chosen here. Each language is named in itself
 * ("Deutsch"), so someone who cannot read the current one still finds theirs.
 */
export function LanguageSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const t = useT();
  const { language } = usePreferences();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const browser = resolveLocale('auto', browserLanguages());
  useEffect(() => {
    // Loaded before one is chosen, so that choosing it changes the words, not the screen.
    for (const locale of LOCALES) loadCatalogue(locale).catch(() => undefined);
  }, []);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.language.heading')}</h2>
      <p className="hint">{t('settings.language.intro')}</p>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <div className="field narrow-field">
        <label htmlFor={id}>{t('settings.language.label')}</label>
        <select
          id={id}
          value={language}
          onChange={(e) => {
            const value = e.target.value;
            if (!isLocaleSetting(value)) return;
            setPreference(db, 'language', value).then(
              () => setError(null),
              (err: unknown) => void explainWriteError(err).then(setError),
            );
          }}
        >
          <option value="auto">
            {t('settings.language.auto', {
              language: t(browser === 'de' ? 'settings.language.de' : 'settings.language.en'),
            })}
          </option>
          <option value="en" lang="en">
            {t('settings.language.en')}
          </option>
          <option value="de" lang="de">
            {t('settings.language.de')}
          </option>
        </select>
      </div>
    </section>
  );
}
