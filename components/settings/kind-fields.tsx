import type { CatalogueKind } from '../../lib/domain/catalogue';
import { CLASSIFICATION_LABEL_IDS } from '../../lib/domain/i18n/labels';
import {
  KIND_ICON_NAMES,
  KIND_TONES,
  TONE_LABELS,
  type KindIconName,
} from '../../lib/domain/kind-icons';
import type { KindClass } from '../../lib/domain/moment-kinds';
import type { Weight } from '../../lib/domain/model';
import { IconByName } from '../ui/kind-icon';
import { useT } from '../app-context/i18n-context';

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

const CLASSIFICATIONS = Object.keys(CLASSIFICATION_LABEL_IDS) as KindClass[];

interface FieldProps<T> {
  id: string;
  value: T;
  onChange: (value: T) => void;
}

export function ClassificationField({ id, value, onChange }: FieldProps<KindClass>) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.kinds.countsAs')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as KindClass)}>
        {CLASSIFICATIONS.map((c) => (
          <option key={c} value={c}>
            {t(CLASSIFICATION_LABEL_IDS[c])}
          </option>
        ))}
      </select>
    </div>
  );
}

export function WeightField({ id, value, onChange }: FieldProps<Weight>) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.kinds.weight')}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value) as Weight)}>
        <option value={1}>{t('review.moment.weight1')}</option>
        <option value={2}>{t('review.moment.weight2')}</option>
        <option value={3}>{t('review.moment.weight3')}</option>
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
  const t = useT();
  return (
    <div className="field key-field">
      <label htmlFor={id}>{t('settings.kinds.key')}</label>
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
        {t(optional ? 'settings.kinds.key.hintOptional' : 'settings.kinds.key.hint')}
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
  const t = useT();
  return (
    <div className="field-row look-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-tone`}>{t('settings.kinds.colour')}</label>
        <select
          id={`${idPrefix}-tone`}
          value={tone}
          onChange={(e) => onToneChange(e.target.value as Tone | '')}
        >
          {toneOptional ? <option value="">{t('settings.kinds.automatic')}</option> : null}
          {KIND_TONES.map((tone) => (
            <option key={tone} value={tone}>
              {TONE_LABELS[tone]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-icon`}>{t('settings.kinds.icon')}</label>
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
  const t = useT();
  return (
    <div className="kind-preview-field">
      <span className="field-hint" aria-hidden="true">
        {t('settings.kinds.preview')}
      </span>
      <span className={`kind-preview tone-${tone}`} aria-hidden="true">
        <IconByName name={icon} />
        <span className="kind-preview-label">{label || t('settings.kinds.newKind')}</span>
      </span>
    </div>
  );
}
