import { Keyboard } from 'lucide-react';
import { useState } from 'react';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** Keys that tag from any tab are bound in the browser's own page, not here. */
export function GlobalShortcutsSettings({ headingId }: { headingId: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.shortcuts.heading')}</h2>
      <p className="hint">{t('settings.shortcuts.intro')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setProblem(null);
            openShortcutSettings().catch(() => setProblem(t('settings.shortcuts.failed')));
          }}
        >
          <Keyboard size={14} aria-hidden="true" /> {t('settings.shortcuts.choose')}
        </button>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
