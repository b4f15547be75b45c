import { useId, useLayoutEffect, useRef, useState } from 'react';
import { deleteCatalogueKind, editCatalogue } from '../../lib/db/catalogue-edits-repository';
import { keyProblem, type Catalogue, type CatalogueKind } from '../../lib/domain/catalogue';
import {
  addKind,
  moveKind,
  updateKind,
  type EditResult,
  type KindChanges,
  type NewKind,
} from '../../lib/domain/catalogue-edits';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import { useCatalogue } from '../app-context/settings-context';
import { ErrorBanner } from '../ui/error-banner';
import { AddKindForm } from './add-kind-form';
import { editButtonId, KindRow, moveButtonId, type MoveDirection } from './kind-row';
import { recountSentence, useCatalogueWrites } from './use-catalogue-writes';

/** Puts a deleted kind back where it was; its key only if nobody took it meanwhile. */
function reinsert(catalogue: Catalogue, kind: CatalogueKind, index: number): Catalogue {
  if (catalogue.kinds.some((k) => k.id === kind.id)) return catalogue;
  const key = keyProblem(catalogue, kind.id, kind.key) ? '' : kind.key;
  const kinds = [...catalogue.kinds];
  kinds.splice(Math.min(index, kinds.length), 0, { ...kind, key });
  return { kinds };
}

/**
 * The tag pad, kind by kind: order, visibility, names, looks, keys, weights, and custom
 * kinds added or deleted. Every change is one transaction on the stored catalogue.
 */
export function TagPadSettings({ headingId }: { headingId: string }) {
  const db = useDatabase();
  const catalogue = useCatalogue();
  const offerUndo = useStore((s) => s.offerUndo);
  const { run, status, error, dismissError } = useCatalogueWrites();
  const prefix = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ id: string; problem: string } | null>(null);
  // After a move or a closed editor, the element to focus once the list re-renders.
  const focusNext = useRef<{ id: string; fallback?: string } | null>(null);

  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    const target = document.getElementById(next.id) as HTMLButtonElement | null;
    const element =
      target && !target.disabled
        ? target
        : next.fallback
          ? document.getElementById(next.fallback)
          : null;
    if (!element) return;
    focusNext.current = null;
    if (document.activeElement !== element) element.focus();
  }, [catalogue, editing]);

  const edit = (change: (c: Catalogue) => EditResult, done: string) =>
    run(() => editCatalogue(db, change), done);

  function move(kind: CatalogueKind, direction: MoveDirection): void {
    const index = catalogue.kinds.findIndex((k) => k.id === kind.id);
    const place = direction === 'up' ? index : index + 2;
    focusNext.current = {
      id: moveButtonId(prefix, kind.id, direction),
      fallback: moveButtonId(prefix, kind.id, direction === 'up' ? 'down' : 'up'),
    };
    void edit(
      (c) => ({ ok: true, catalogue: moveKind(c, kind.id, direction === 'up' ? -1 : 1) }),
      `Moved “${kind.label}” ${direction}: now ${place} of ${catalogue.kinds.length}.`,
    ).then((result) => {
      if (!result.ok) focusNext.current = null;
    });
  }

  function toggleHidden(kind: CatalogueKind): void {
    setRefusal(null);
    void edit(
      (c) => updateKind(c, kind.id, { hidden: !kind.hidden }),
      kind.hidden
        ? `“${kind.label}” is back on the tag pad.`
        : `“${kind.label}” is hidden from the tag pad; past moments keep it.`,
    );
  }

  function closeEditor(kindId: string): void {
    focusNext.current = { id: editButtonId(prefix, kindId) };
    setEditing(null);
  }

  async function save(kind: CatalogueKind, changes: KindChanges) {
    const result = await edit(
      (c) => updateKind(c, kind.id, changes),
      `Saved “${changes.label?.trim() || kind.label}”.`,
    );
    if (result.ok) closeEditor(kind.id);
    return result;
  }

  async function remove(kind: CatalogueKind): Promise<void> {
    const index = catalogue.kinds.findIndex((k) => k.id === kind.id);
    setRefusal(null);
    const result = await run(() => deleteCatalogueKind(db, kind.id), `Deleted “${kind.label}”.`);
    if (result.ok) {
      offerUndo({
        message: `Deleted “${kind.label}”.`,
        undo: async () => {
          await editCatalogue(db, (c) => ({ ok: true, catalogue: reinsert(c, kind, index) }));
        },
      });
    } else if (result.problem) {
      setRefusal({ id: kind.id, problem: result.problem });
    }
  }

  const add = (kind: NewKind) =>
    edit((c) => addKind(c, kind), `Added “${kind.label.trim()}” to the end of the tag pad.`);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Tag pad</h2>
      <p className="hint">
        The kinds you tag during a call, in the order the pad shows them. Hidden kinds leave the pad
        but keep their meaning in past calls.
      </p>
      {error ? <ErrorBanner message={error} onDismiss={dismissError} /> : null}
      <p className="settings-status" role="status">
        {status ? (
          <>
            <span>{status.done}</span>
            {status.recounted > 0 ? <span> {recountSentence(status.recounted)}</span> : null}
          </>
        ) : null}
      </p>
      <ol className="kind-list" aria-label="Kinds on the tag pad">
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
              setRefusal(null);
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
