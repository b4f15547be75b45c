import type { CallPrep } from '../../lib/domain/model';
import { PREP_FIELD_MAX } from '../../lib/domain/call-prep';
import './prep-fields.css';

export const EMPTY_PREP: CallPrep = { goal: '', bring: '', need: '' };

const FIELDS: ReadonlyArray<{ key: keyof CallPrep; label: string; placeholder: string }> = [
  { key: 'goal', label: 'My goal for this call', placeholder: 'e.g. agree a joint pilot' },
  { key: 'bring', label: 'What I bring', placeholder: 'e.g. intros to two retailers' },
  { key: 'need', label: 'What I need from them', placeholder: 'e.g. API access by March' },
];

/** Clarity before commitment: goal, what I bring, what I need. */
export function PrepFields({
  prep,
  onChange,
  idPrefix,
}: {
  prep: CallPrep;
  onChange: (prep: CallPrep) => void;
  idPrefix: string;
}) {
  return (
    <>
      {FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${idPrefix}-${f.key}`}>{f.label}</label>
          <textarea
            id={`${idPrefix}-${f.key}`}
            rows={2}
            maxLength={PREP_FIELD_MAX}
            value={prep[f.key]}
            placeholder={f.placeholder}
            onChange={(e) => onChange({ ...prep, [f.key]: e.target.value })}
          />
        </div>
      ))}
    </>
  );
}

export function PrepSummary({ prep }: { prep: CallPrep }) {
  return (
    <dl className="prep-summary">
      {FIELDS.filter((f) => prep[f.key]).map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{prep[f.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
