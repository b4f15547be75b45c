import { useId, useState } from 'react';
import { LABEL_MAX, SHORT_MAX, type CatalogueKind } from '../../lib/domain/catalogue';
import type { KindChanges } from '../../lib/domain/catalogue-edits';
import type { WriteResult } from './use-catalogue-writes';
import { ClassificationField, KeyField, LookFields, WeightField } from './kind-fields';

type Draft = Required<Omit<KindChanges, 'hidden'>>;

function draftOf(kind: CatalogueKind): Draft {
  return {
    label: kind.label,
    short: kind.short,
    tone: kind.tone,
    icon: kind.icon,
    key: kind.key,
    defaultWeight: kind.defaultWeight,
    classification: kind.classification,
  };
}

/** The inline form that edits one kind; nothing is saved until the catalogue accepts it. */
export function KindEditor({
  kind,
  onSave,
  onCancel,
}: {
  kind: CatalogueKind;
  onSave: (changes: KindChanges) => Promise<WriteResult>;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(kind));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<void> {
    setSaving(true);
    const { classification, ...rest } = draft;
    // The built-in kinds keep how they count; only a custom kind's can change.
    const result = await onSave(kind.custom ? { ...rest, classification } : rest);
    setSaving(false);
    if (!result.ok) setProblem(result.problem ?? null);
  }

  return (
    // Escape from any of its fields cancels: the form only hears the keys its controls bubble
    // up (it takes no focus itself), so it has no interaction of its own to make accessible.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="kind-editor"
      aria-label={`Edit ${kind.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-label`}>Name</label>
          <input
            id={`${id}-label`}
            value={draft.label}
            maxLength={LABEL_MAX}
            // The editor opens in place of the Edit button just pressed: focus follows into
            // it rather than falling to the page. Never on page load.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(e) => set('label', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-short`}>Short name</label>
          <input
            id={`${id}-short`}
            value={draft.short}
            maxLength={SHORT_MAX}
            onChange={(e) => set('short', e.target.value)}
          />
        </div>
      </div>
      <LookFields
        idPrefix={id}
        tone={draft.tone}
        onToneChange={(tone) => {
          if (tone) set('tone', tone);
        }}
        icon={draft.icon}
        onIconChange={(icon) => set('icon', icon)}
        previewLabel={draft.short}
      />
      <div className="field-row">
        <KeyField
          id={`${id}-key`}
          value={draft.key}
          onChange={(key) => set('key', key)}
          problemId={problem ? `${id}-problem` : undefined}
        />
        <WeightField
          id={`${id}-weight`}
          value={draft.defaultWeight}
          onChange={(w) => set('defaultWeight', w)}
        />
        {kind.custom ? (
          <ClassificationField
            id={`${id}-class`}
            value={draft.classification}
            onChange={(c) => set('classification', c)}
          />
        ) : null}
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={saving}>
          Save
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
