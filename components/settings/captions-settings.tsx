import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { explainWriteError } from '../../lib/db/errors';
import { suggestionOutcomes } from '../../lib/db/quotes-repository';
import { setPreference } from '../../lib/db/settings-repository';
import type { CaptionsKept } from '../../lib/domain/preferences';
import { useDatabase } from '../app-context/database-context';
import { useKindOf, usePreferences } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';

const CHOICES = [
  {
    value: 'quotes',
    label: 'Keep quotes only',
    hint: 'Only the words behind each tag are kept, with who talked how much.',
  },
  {
    value: 'transcript',
    label: 'Keep the whole transcript',
    hint: 'Every caption line is kept too, readable on the call page and in exports.',
  },
] as const satisfies ReadonlyArray<{ value: CaptionsKept; label: string; hint: string }>;

/** What is kept of a call's captions, and how the caption suggestions have fared. */
export function CaptionsSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const { captionsKept } = usePreferences();
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Captions</h2>
      {error ? <ErrorBanner message={error} onDismiss={() => setError(null)} /> : null}
      <fieldset>
        <legend className="visually-hidden">What to keep from a call’s captions</legend>
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
              {label}
              {value === 'quotes' ? ' (default)' : ''}
              <span id={`${name}-${value}`} className="hint">
                {' '}
                — {hint}
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
  const kindOf = useKindOf();
  const outcomes = useLiveQuery(() => suggestionOutcomes(db), [db]);
  if (!outcomes) return null;
  const rows = Object.entries(outcomes).sort(([a], [b]) => (a < b ? -1 : 1));
  return (
    <>
      <h3>Suggestions</h3>
      {rows.length === 0 ? (
        <p className="hint">
          No suggestions yet: they appear during calls with quotes from captions on.
        </p>
      ) : (
        <ul className="suggestion-counts" aria-label="Suggestions accepted and ignored">
          {rows.map(([kind, { accepted, ignored }]) => (
            <li key={kind}>
              {kindOf(kind).label}: accepted {accepted}, ignored {ignored}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
