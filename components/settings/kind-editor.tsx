import { useId, useState } from 'react';
import { LABEL_MAX, SHORT_MAX, type CatalogueKind } from '../../lib/domain/catalogue';
import type { KindChanges } from '../../lib/domain/catalogue-edits';
import { FormProblem, TextField, useDraft } from './kind-form-parts';
import type { WriteResult } from './use-catalogue-writes';
import { ClassificationField, KeyField, LookFields, WeightField } from './kind-fields';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

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

/** Saves the draft; the catalogue's refusal is kept to show beside the fields. */
function useKindSave(
  kind: CatalogueKind,
  draft: Draft,
  onSave: (changes: KindChanges) => Promise<WriteResult>,
) {
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function save(): Promise<void> {
    setSaving(true);
    const { classification, ...rest } = draft;
    // The built-in kinds keep how they count; only a custom kind's can change.
    const result = await onSave(kind.custom ? { ...rest, classification } : rest);
    setSaving(false);
    if (!result.ok) setProblem(result.problem ?? null);
  }
  return { problem, saving, save };
}

function EditorActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="primary-button" disabled={saving}>
        {t('settings.save')}
      </button>
      <button type="button" className="secondary-button" onClick={onCancel}>
        {t('settings.cancel')}
      </button>
    </div>
  );
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
  const { draft, set } = useDraft(() => draftOf(kind));
  const { problem, saving, save } = useKindSave(kind, draft, onSave);
  const t = useT();

  return (
    // Escape from any of its fields cancels: the form only hears the keys its controls bubble
    // up (it takes no focus itself), so it has no interaction of its own to make accessible.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="kind-editor"
      aria-label={t('settings.kinds.edit', { kind: kind.label })}
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
        <TextField
          id={`${id}-label`}
          label={t('settings.kinds.name')}
          value={draft.label}
          maxLength={LABEL_MAX}
          focusOnOpen
          onChange={(label) => set('label', label)}
        />
        <TextField
          id={`${id}-short`}
          label={t('settings.kinds.short')}
          value={draft.short}
          maxLength={SHORT_MAX}
          onChange={(short) => set('short', short)}
        />
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
      <FormProblem id={`${id}-problem`} problem={problem} />
      <EditorActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
