import { useId } from 'react';
import { setPreference } from '../../lib/db/settings-repository';
import { MAX_LEAD_TIME_MS } from '../../lib/domain/lead-time';
import { useDatabase } from '../app-context/database-context';
import { usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { useDraftSetting, type Parsed } from './use-draft-setting';
import { useT, type Translate } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

const MAX_SECONDS = MAX_LEAD_TIME_MS / 1000;

function parseSeconds(text: string, t: Translate): Parsed<number> {
  if (!text.trim()) return { ok: false, problem: t('settings.lead.empty', { max: MAX_SECONDS }) };
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
    return { ok: false, problem: t('settings.lead.range', { max: MAX_SECONDS }) };
  }
  return { ok: true, value: Math.round(seconds * 1000) };
}

/** How far before the key press a moment is stamped. */
export function LeadTimeSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const { leadTimeMs } = usePreferences();
  const id = useId();
  const t = useT();
  const { inputProps, problem, error, dismissError } = useDraftSetting({
    stored: leadTimeMs,
    format: (ms) => String(ms / 1000),
    parse: (text) => parseSeconds(text, t),
    save: (ms) => setPreference(db, 'leadTimeMs', ms),
  });
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.lead.heading')}</h2>
      <p id={`${id}-why`} className="hint">
        {t('settings.lead.intro')}
      </p>
      {error ? <ErrorBanner message={error} onDismiss={dismissError} /> : null}
      <div className="field narrow-field">
        <label htmlFor={`${id}-input`}>{t('settings.lead.label')}</label>
        <input
          id={`${id}-input`}
          type="number"
          min={0}
          max={MAX_SECONDS}
          step={1}
          inputMode="decimal"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem ${id}-why` : `${id}-why`}
          {...inputProps}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {t('settings.lead.problem', { problem })}
        </p>
      ) : null}
    </section>
  );
}
