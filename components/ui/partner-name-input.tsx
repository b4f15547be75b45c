import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { findPartners, PARTNER_NAME_MAX, partnerNames } from '../../lib/db/partners-repository';
import { closePartnerName } from '../../lib/domain/partner-match';
import { useDatabase } from '../app-context/database-context';
import './partner-name-input.css';
import { useT } from '../app-context/i18n-context';

/**
 * A partner's name with autocomplete from the partners already known. A new name is fine,
 * but one close to a known name ("Acme Robotic" beside "Acme Robotics") asks "Did you
 * mean…?" with a one-click fix; going on with the typed name makes a new partner.
 */
export function PartnerNameInput({
  id,
  label,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const db = useDatabase();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const partners = useLiveQuery(() => findPartners(db, value), [db, value]) ?? [];
  const names = useLiveQuery(() => partnerNames(db), [db]);
  const suggestion = useMemo(() => closePartnerName(value, names ?? []), [value, names]);
  const hintId = `${id}-did-you-mean`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="text"
        list={`${id}-known`}
        value={value}
        maxLength={PARTNER_NAME_MAX}
        autoComplete="off"
        placeholder={placeholder ?? t('ui.partnerName.placeholder')}
        aria-describedby={suggestion ? hintId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-known`}>
        {partners.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <div aria-live="polite">
        {suggestion ? (
          <p id={hintId} className="did-you-mean">
            {t('ui.partnerName.didYouMean')} <strong>{suggestion}</strong>?{' '}
            <button
              type="button"
              className="small-button"
              onClick={() => {
                onChange(suggestion);
                // The button goes with the hint: keep the focus in the field, not on <body>.
                input.current?.focus();
              }}
            >
              {t('ui.partnerName.use', { name: suggestion })}
            </button>{' '}
            <span className="hint">{t('ui.partnerName.otherwise', { name: value.trim() })}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
