import type { MessageId } from '../../lib/domain/i18n/translate';
import type { CallPrep } from '../../lib/domain/model';
import { PREP_FIELD_MAX } from '../../lib/domain/call-prep';
import './prep-fields.css';
import { useT } from '../app-context/i18n-context';

export const EMPTY_PREP: CallPrep = { goal: '', bring: '', need: '' };

const FIELDS: ReadonlyArray<{ key: keyof CallPrep; label: MessageId; placeholder: MessageId }> = [
  { key: 'goal', label: 'ui.prep.goal', placeholder: 'ui.prep.goal.placeholder' },
  { key: 'bring', label: 'ui.prep.bring', placeholder: 'ui.prep.bring.placeholder' },
  { key: 'need', label: 'ui.prep.need', placeholder: 'ui.prep.need.placeholder' },
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
  const t = useT();
  return (
    <>
      {FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`${idPrefix}-${f.key}`}>{t(f.label)}</label>
          <textarea
            id={`${idPrefix}-${f.key}`}
            rows={2}
            maxLength={PREP_FIELD_MAX}
            value={prep[f.key]}
            placeholder={t(f.placeholder)}
            onChange={(e) => onChange({ ...prep, [f.key]: e.target.value })}
          />
        </div>
      ))}
    </>
  );
}

export function PrepSummary({ prep }: { prep: CallPrep }) {
  const t = useT();
  return (
    <dl className="prep-summary">
      {FIELDS.filter((f) => prep[f.key]).map((f) => (
        <div key={f.key}>
          <dt>{t(f.label)}</dt>
          <dd>{prep[f.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
