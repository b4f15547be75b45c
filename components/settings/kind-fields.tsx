import type { CatalogueKind } from '../../lib/domain/catalogue';
import { CLASSIFICATION_LABEL_IDS } from '../../lib/domain/i18n/labels';
import type { MessageId } from '../../lib/domain/i18n/translate';
import { KIND_ICON_NAMES, KIND_TONES, type KindIconName } from '../../lib/domain/kind-icons';
import type { KindClass } from '../../lib/domain/moment-kinds';
import type { Weight } from '../../lib/domain/model';
import { IconByName } from '../ui/kind-icon';
import '../ui/kind-button.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

export type Tone = CatalogueKind['tone'];

const ICON_LABELS: Readonly<Record<KindIconName, MessageId>> = {
  'message-question': 'settings.icon.questionBubble',
  key: 'settings.icon.key',
  gift: 'settings.icon.gift',
  'hand-heart': 'settings.icon.handHeart',
  heart: 'settings.icon.heart',
  'calendar-check': 'settings.icon.calendarCheck',
  megaphone: 'settings.icon.megaphone',
  'eye-off': 'settings.icon.eyeOff',
  'volume-x': 'settings.icon.volumeX',
  'sticky-note': 'settings.icon.stickyNote',
  handshake: 'settings.icon.handshake',
  lightbulb: 'settings.icon.lightbulb',
  users: 'settings.icon.users',
  link: 'settings.icon.link',
  star: 'settings.icon.star',
  flag: 'settings.icon.flag',
  coins: 'settings.icon.coins',
  'alert-triangle': 'settings.icon.alertTriangle',
  tag: 'settings.icon.tag',
};

const TONE_LABEL_IDS: Readonly<Record<Tone, MessageId>> = {
  take: 'settings.tone.take',
  'take-heavy': 'settings.tone.takeHeavy',
  give: 'settings.tone.give',
  'give-light': 'settings.tone.giveLight',
  commit: 'settings.tone.commit',
  flag: 'settings.tone.flag',
  neutral: 'settings.tone.neutral',
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
              {t(TONE_LABEL_IDS[tone])}
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
              {t(ICON_LABELS[name])}
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
