import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { suggestionOutcomes } from '../../lib/db/quotes-repository';
import { setPreference } from '../../lib/db/settings-repository';
import type { CaptionsKept } from '../../lib/domain/preferences';
import { useDatabase } from '../app-context/database-context';
import { useKindOf, usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { useT } from '../app-context/i18n-context';
import type { MessageId } from '../../lib/domain/i18n/translate';
import '../../lib/domain/i18n/messages-en-settings';

const CHOICES = [
  {
    value: 'quotes',
    label: 'settings.captions.quotes.label',
    hint: 'settings.captions.quotes.hint',
  },
  {
    value: 'transcript',
    label: 'settings.captions.transcript.label',
    hint: 'settings.captions.transcript.hint',
  },
] as const satisfies ReadonlyArray<{ value: CaptionsKept; label: MessageId; hint: MessageId }>;

/** What is kept of a call's captions, and how the caption suggestions have fared. */
export function CaptionsSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const t = useT();
  const { captionsKept } = usePreferences();
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.captions.heading')}</h2>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <fieldset>
        <legend className="visually-hidden">{t('settings.captions.legend')}</legend>
        {CHOICES.map(({ value, label, hint }) => (
          <label key={value} className="radio-choice">
            <input
              type="radio"
              name={name}
              value={value}
              checked={captionsKept === value}
              aria-describedby={`${name}-${value}`}
              onChange={() => {
                setPreference(db, 'captionsKept', value).then(
                  () => setError(null),
                  (e: unknown) => void explainWriteError(e).then(setError),
                );
              }}
            />
            <span>
              {t(label)}
              {value === 'quotes' ? t('settings.captions.default') : ''}
              <span id={`${name}-${value}`} className="hint">
                {' '}
                — {t(hint)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <SuggestionCounts />
    </section>
  );
}

/** "Request: accepted 12, ignored 30" per suggested kind: is the lexicon worth its chips? */
function SuggestionCounts() {
  const db = useDatabase();
  const t = useT();
  const kindOf = useKindOf();
  const outcomes = useLiveQuery(() => suggestionOutcomes(db), [db]);
  if (!outcomes) return null;
  const rows = Object.entries(outcomes).sort(([a], [b]) => (a < b ? -1 : 1));
  return (
    <>
      <h3>{t('settings.captions.suggestions.heading')}</h3>
      {rows.length === 0 ? (
        <p className="hint">{t('settings.captions.suggestions.empty')}</p>
      ) : (
        <ul className="suggestion-counts" aria-label={t('settings.captions.suggestions.label')}>
          {rows.map(([kind, { accepted, ignored }]) => (
            <li key={kind}>
              {t('settings.captions.suggestions.row', {
                kind: kindOf(kind).label,
                accepted,
                ignored,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
