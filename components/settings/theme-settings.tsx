import { Monitor, Moon, Sun } from 'lucide-react';
import { useId, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { setPreference } from '../../lib/db/settings-repository';
import type { MessageId } from '../../lib/domain/i18n/translate';
import type { Theme } from '../../lib/domain/preferences';
import { useDatabase } from '../app-context/database-context';
import { usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

const THEMES = [
  { value: 'system', label: 'settings.theme.system', Icon: Monitor },
  { value: 'light', label: 'settings.theme.light', Icon: Sun },
  { value: 'dark', label: 'settings.theme.dark', Icon: Moon },
] as const satisfies ReadonlyArray<{ value: Theme; label: MessageId; Icon: unknown }>;

/** Light, dark, or whatever the system says; every open view follows at once. */
export function ThemeSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const { theme } = usePreferences();
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.theme.heading')}</h2>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <fieldset>
        <legend className="visually-hidden">{t('settings.theme.heading')}</legend>
        <div className="segmented">
          {THEMES.map(({ value, label, Icon }) => (
            <label key={value} className={theme === value ? 'selected' : undefined}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={theme === value}
                onChange={() => {
                  setPreference(db, 'theme', value).then(
                    () => setError(null),
                    (e: unknown) => void explainWriteError(e).then(setError),
                  );
                }}
              />
              <Icon size={14} aria-hidden="true" /> {t(label)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
