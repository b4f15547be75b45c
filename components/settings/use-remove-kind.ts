import { useState } from 'react';
import {
  deleteCatalogueKind,
  editCatalogue,
  type CatalogueEditOutcome,
} from '../../lib/db/catalogue-edits-repository';
import { keyProblem, type Catalogue, type CatalogueKind } from '../../lib/domain/catalogue';
import { useStore } from '../../lib/store/store';
import { useDatabase } from '../app-context/database-context';
import type { WriteResult } from './use-catalogue-writes';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** Puts a deleted kind back where it was; its key only if nobody took it meanwhile. */
function reinsert(catalogue: Catalogue, kind: CatalogueKind, index: number): Catalogue {
  if (catalogue.kinds.some((k) => k.id === kind.id)) return catalogue;
  const key = keyProblem(catalogue, kind.id, kind.key) ? '' : kind.key;
  const kinds = [...catalogue.kinds];
  kinds.splice(Math.min(index, kinds.length), 0, { ...kind, key });
  return { kinds };
}

type Run = (write: () => Promise<CatalogueEditOutcome>, done: string) => Promise<WriteResult>;

/** Deleting a custom kind, with an undo; a refusal (the kind is in use) is kept to show. */
export function useRemoveKind(catalogue: Catalogue, run: Run) {
  const db = useDatabase();
  const offerUndo = useStore((s) => s.offerUndo);
  const t = useT();
  const [refusal, setRefusal] = useState<{ id: string; problem: string } | null>(null);
  async function remove(kind: CatalogueKind): Promise<void> {
    const index = catalogue.kinds.findIndex((k) => k.id === kind.id);
    setRefusal(null);
    const deleted = t('settings.pad.deleted', { kind: kind.label });
    const result = await run(() => deleteCatalogueKind(db, kind.id), deleted);
    if (result.ok) {
      offerUndo({
        message: deleted,
        undo: async () => {
          await editCatalogue(db, (c) => ({ ok: true, catalogue: reinsert(c, kind, index) }));
        },
      });
    } else if (result.problem) {
      setRefusal({ id: kind.id, problem: result.problem });
    }
  }
  return { remove, refusal, clearRefusal: () => setRefusal(null) };
}
