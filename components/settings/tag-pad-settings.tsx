import { useId, useState } from 'react';
import { editCatalogue } from '../../lib/db/catalogue-edits-repository';
import type { Catalogue, CatalogueKind } from '../../lib/domain/catalogue';
import {
  addKind,
  moveKind,
  updateKind,
  type EditResult,
  type KindChanges,
  type NewKind,
} from '../../lib/domain/catalogue-edits';
import { useDatabase } from '../app-context/database-context';
import { useCatalogue } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { AddKindForm } from './add-kind-form';
import { editButtonId, moveButtonId, type MoveDirection } from './kind-ids';
import { KindRow } from './kind-row';
import { useCatalogueWrites } from './use-catalogue-writes';
import { useFocusNext } from './use-focus-next';
import { useRemoveKind } from './use-remove-kind';
import { WriteStatusLine } from './write-status-line';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

function TagPadIntro({ headingId }: { headingId: string }) {
  const t = useT();
  return (
    <>
      <h2 id={headingId}>{t('settings.pad.heading')}</h2>
      <p className="hint">{t('settings.pad.intro')}</p>
    </>
  );
}

/**
 * The tag pad, kind by kind: order, visibility, names, looks, keys, weights, and custom
 * kinds added or deleted. Every change is one transaction on the stored catalogue.
 */
export function TagPadSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const catalogue = useCatalogue();
  const { run, status, error, dismissError } = useCatalogueWrites();
  const prefix = useId();
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const { remove, refusal, clearRefusal } = useRemoveKind(catalogue, run);
  const focusNextRef = useFocusNext([catalogue, editing]);

  const edit = (change: (c: Catalogue) => EditResult, done: string) =>
    run(() => editCatalogue(db, change), done);

  function move(kind: CatalogueKind, direction: MoveDirection): void {
    const index = catalogue.kinds.findIndex((k) => k.id === kind.id);
    const place = direction === 'up' ? index : index + 2;
    focusNextRef.current = {
      id: moveButtonId(prefix, kind.id, direction),
      fallback: moveButtonId(prefix, kind.id, direction === 'up' ? 'down' : 'up'),
    };
    const where = { kind: kind.label, place, count: catalogue.kinds.length };
    void edit(
      (c) => ({ ok: true, catalogue: moveKind(c, kind.id, direction === 'up' ? -1 : 1) }),
      t(direction === 'up' ? 'settings.pad.moved.up' : 'settings.pad.moved.down', where),
    ).then((result) => {
      if (!result.ok) focusNextRef.current = null;
    });
  }

  function toggleHidden(kind: CatalogueKind): void {
    clearRefusal();
    void edit(
      (c) => updateKind(c, kind.id, { hidden: !kind.hidden }),
      t(kind.hidden ? 'settings.pad.shown' : 'settings.pad.hidden', { kind: kind.label }),
    );
  }

  function closeEditor(kindId: string): void {
    focusNextRef.current = { id: editButtonId(prefix, kindId) };
    setEditing(null);
  }

  async function save(kind: CatalogueKind, changes: KindChanges) {
    const result = await edit(
      (c) => updateKind(c, kind.id, changes),
      t('settings.pad.saved', { kind: changes.label?.trim() || kind.label }),
    );
    if (result.ok) closeEditor(kind.id);
    return result;
  }

  const add = (kind: NewKind) =>
    edit((c) => addKind(c, kind), t('settings.pad.added', { kind: kind.label.trim() }));

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <TagPadIntro headingId={headingId} />
      {error ? <ErrorBanner message={error} onDismiss={dismissError} /> : null}
      <WriteStatusLine status={status} />
      <ol className="kind-list" aria-label={t('settings.pad.list')}>
        {catalogue.kinds.map((kind, i) => (
          <KindRow
            key={kind.id}
            kind={kind}
            idPrefix={prefix}
            first={i === 0}
            last={i === catalogue.kinds.length - 1}
            editing={editing === kind.id}
            refusal={refusal?.id === kind.id ? refusal.problem : undefined}
            onMove={(direction) => move(kind, direction)}
            onToggleHidden={() => toggleHidden(kind)}
            onEdit={() => {
              clearRefusal();
              setEditing(kind.id);
            }}
            onCancelEdit={() => closeEditor(kind.id)}
            onSave={(changes) => save(kind, changes)}
            onDelete={() => void remove(kind)}
          />
        ))}
      </ol>
      <AddKindForm onAdd={add} />
    </section>
  );
}
