import { CLASSIFICATION_LABELS, type CatalogueKind } from '../../lib/domain/catalogue';
import {
  KIND_ICON_NAMES,
  KIND_TONES,
  TONE_LABELS,
  type KindIconName,
} from '../../lib/domain/kind-icons';
import type { KindClass } from '../../lib/domain/moment-kinds';
import type { Weight } from '../../lib/domain/model';
import { IconByName } from '../ui/kind-icon';
import '../ui/kind-button.css';

export type Tone = CatalogueKind['tone'];

const ICON_LABELS: Readonly<Record<KindIconName, string>> = {
  'message-question': 'Question bubble',
  key: 'Key',
  gift: 'Gift',
  'hand-heart': 'Hand with heart',
  heart: 'Heart',
  'calendar-check': 'Calendar with tick',
  megaphone: 'Megaphone',
  'eye-off': 'Crossed-out eye',
  'volume-x': 'Muted speaker',
  'sticky-note': 'Sticky note',
  handshake: 'Handshake',
  lightbulb: 'Light bulb',
  users: 'People',
  link: 'Link',
  star: 'Star',
  flag: 'Flag',
  coins: 'Coins',
  'alert-triangle': 'Warning triangle',
  tag: 'Tag',
};

const CLASSIFICATIONS = Object.keys(CLASSIFICATION_LABELS) as KindClass[];

interface FieldProps<T> {
  id: string;
  value: T;
  onChange: (value: T) => void;
}

export function ClassificationField({ id, value, onChange }: FieldProps<KindClass>) {
  return (
    <div className="field">
      <label htmlFor={id}>Counts as</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as KindClass)}>
        {CLASSIFICATIONS.map((c) => (
          <option key={c} value={c}>
            {CLASSIFICATION_LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function WeightField({ id, value, onChange }: FieldProps<Weight>) {
  return (
    <div className="field">
      <label htmlFor={id}>Default weight</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value) as Weight)}>
        <option value={1}>1 — ordinary</option>
        <option value={2}>2 — notable</option>
        <option value={3}>3 — major</option>
      </select>
    </div>
  );
}

/** One letter or digit; the problem, if any, is shown by the form that owns the field. */
export function KeyField({
  id,
  value,
  onChange,
  optional = false,
  problemId,
}: FieldProps<string> & { optional?: boolean; problemId?: string }) {
  return (
    <div className="field key-field">
      <label htmlFor={id}>Panel key</label>
      <input
        id={id}
        value={value}
        maxLength={1}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={[`${id}-hint`, problemId].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value.toLowerCase())}
      />
      <span id={`${id}-hint`} className="field-hint">
        {optional ? 'Optional. ' : ''}A letter or digit; with Shift it tags your side.
      </span>
    </div>
  );
}

/** Colour and icon, with a preview of the tag as the pad will show it. */
export function LookFields({
  idPrefix,
  tone,
  onToneChange,
  icon,
  onIconChange,
  previewLabel,
  toneOptional = false,
  previewTone = 'neutral',
}: {
  idPrefix: string;
  tone: Tone | '';
  onToneChange: (tone: Tone | '') => void;
  icon: KindIconName;
  onIconChange: (icon: KindIconName) => void;
  previewLabel: string;
  /** The add form offers "Automatic": the colour follows how the kind counts. */
  toneOptional?: boolean;
  /** The colour the preview uses when `tone` is empty. */
  previewTone?: Tone;
}) {
  return (
    <div className="field-row look-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-tone`}>Colour</label>
        <select
          id={`${idPrefix}-tone`}
          value={tone}
          onChange={(e) => onToneChange(e.target.value as Tone | '')}
        >
          {toneOptional ? <option value="">Automatic</option> : null}
          {KIND_TONES.map((t) => (
            <option key={t} value={t}>
              {TONE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-icon`}>Icon</label>
        <select
          id={`${idPrefix}-icon`}
          value={icon}
          onChange={(e) => onIconChange(e.target.value as KindIconName)}
        >
          {KIND_ICON_NAMES.map((name) => (
            <option key={name} value={name}>
              {ICON_LABELS[name]}
            </option>
          ))}
        </select>
      </div>
      <KindPreview tone={tone || previewTone} icon={icon} label={previewLabel} />
    </div>
  );
}

export function KindPreview({
  tone,
  icon,
  label,
}: {
  tone: Tone;
  icon: KindIconName;
  label: string;
}) {
  return (
    <div className="kind-preview-field">
      <span className="field-hint" aria-hidden="true">
        Preview
      </span>
      <span className={`kind-preview tone-${tone}`} aria-hidden="true">
        <IconByName name={icon} />
        <span className="kind-preview-label">{label || 'New kind'}</span>
      </span>
    </div>
  );
}
