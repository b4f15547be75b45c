import { useLiveQuery } from 'dexie-react-hooks';
import { findPartners, PARTNER_NAME_MAX } from '../../lib/db/partners-repository';
import { useDatabase } from '../shell/database-context';

/** A partner's name with autocomplete from the partners already known; a new name is fine. */
export function PartnerNameInput({
  id,
  label,
  value,
  onChange,
  placeholder = 'Person or organisation',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const db = useDatabase();
  const partners = useLiveQuery(() => findPartners(db, value), [db, value]) ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-known`}
        value={value}
        maxLength={PARTNER_NAME_MAX}
        autoComplete="off"
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-known`}>
        {partners.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
    </div>
  );
}
