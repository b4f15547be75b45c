import { Plus } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { FormProblem, TextField, useDraft } from './kind-form-parts';
import { LABEL_MAX } from '../../lib/domain/catalogue';
import type { NewKind } from '../../lib/domain/catalogue-edits';
import type { KindIconName } from '../../lib/domain/kind-icons';
import type { KindClass } from '../../lib/domain/moment-kinds';
import type { Weight } from '../../lib/domain/model';
import type { WriteResult } from './use-catalogue-writes';
import { ClassificationField, KeyField, LookFields, WeightField, type Tone } from './kind-fields';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

interface Draft {
  label: string;
  classification: KindClass;
  defaultWeight: Weight;
  key: string;
  tone: Tone | '';
  icon: KindIconName;
}

const EMPTY: Draft = {
  label: '',
  classification: 'give',
  defaultWeight: 1,
  key: '',
  tone: '',
  icon: 'tag',
};

/** The colour a new kind gets when the user leaves it to follow how the kind counts. */
const TONE_FOR: Readonly<Record<KindClass, Tone>> = {
  give: 'give',
  take: 'take',
  flag: 'flag',
  accountability: 'commit',
  neutral: 'neutral',
};

/** The kind to add; a tone left empty follows how the kind counts. */
function newKindOf({ label, classification, defaultWeight, key, icon, tone }: Draft): NewKind {
  return { label, classification, defaultWeight, key, icon, ...(tone ? { tone } : {}) };
}

/** Adds a custom kind at the end of the tag pad. */
export function AddKindForm({ onAdd }: { onAdd: (kind: NewKind) => Promise<WriteResult> }) {
  const id = useId();
  const { draft, setDraft, set } = useDraft(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const t = useT();

  async function add(): Promise<void> {
    setSaving(true);
    const result = await onAdd(newKindOf(draft));
    setSaving(false);
    if (result.ok) {
      setDraft(EMPTY);
      setProblem(null);
      nameRef.current?.focus();
    } else {
      setProblem(result.problem ?? null);
    }
  }

  return (
    <form
      className="add-kind"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 id={`${id}-heading`}>{t('settings.kinds.add.heading')}</h3>
      <div className="field-row">
        <TextField
          id={`${id}-label`}
          label={t('settings.kinds.name')}
          inputRef={nameRef}
          value={draft.label}
          maxLength={LABEL_MAX}
          placeholder={t('settings.kinds.name.placeholder')}
          onChange={(label) => set('label', label)}
        />
        <ClassificationField
          id={`${id}-class`}
          value={draft.classification}
          onChange={(c) => set('classification', c)}
        />
      </div>
      <div className="field-row">
        <WeightField
          id={`${id}-weight`}
          value={draft.defaultWeight}
          onChange={(w) => set('defaultWeight', w)}
        />
        <KeyField
          id={`${id}-key`}
          value={draft.key}
          onChange={(key) => set('key', key)}
          optional
          problemId={problem ? `${id}-problem` : undefined}
        />
      </div>
      <LookFields
        idPrefix={id}
        tone={draft.tone}
        onToneChange={(tone) => set('tone', tone)}
        icon={draft.icon}
        onIconChange={(icon) => set('icon', icon)}
        previewLabel={draft.label.trim().slice(0, 16)}
        toneOptional
        previewTone={TONE_FOR[draft.classification]}
      />
      <FormProblem id={`${id}-problem`} problem={problem} />
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={saving}>
          <Plus size={14} aria-hidden="true" /> {t('settings.kinds.add.submit')}
        </button>
      </div>
    </form>
  );
}
