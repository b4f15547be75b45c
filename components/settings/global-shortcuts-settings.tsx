import { Keyboard } from 'lucide-react';
import { useState } from 'react';
import { openShortcutSettings } from '../../lib/extension/shortcut-settings';

/** Keys that tag from any tab are bound in the browser's own page, not here. */
export function GlobalShortcutsSettings({ headingId }: { headingId: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Global shortcuts</h2>
      <p className="hint">
        Global shortcuts tag a moment from any tab, even with the panel closed. The browser decides
        which keys they use: choose them on its shortcuts page.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setProblem(null);
            openShortcutSettings().catch(() =>
              setProblem(
                'The browser did not open its shortcuts page. Open chrome://extensions/shortcuts in a new tab.',
              ),
            );
          }}
        >
          <Keyboard size={14} aria-hidden="true" /> Choose keys for global shortcuts
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
