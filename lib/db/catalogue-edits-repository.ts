import type { Catalogue } from '../domain/catalogue';
import { deleteKind, type EditResult } from '../domain/catalogue-edits';
import { countMomentsOfKind } from './kind-usage';
import type { ReciprocityDatabase } from './database';
import { getCatalogue, saveCatalogue } from './settings-repository';
import { recountTables } from './transaction-scopes';
import type { Message } from '../domain/i18n/translate';

export type CatalogueEditOutcome =
  { ok: true; recounted: number } | { ok: false; problem: string; text: Message };

/**
 * Applies one edit to the stored catalogue in one transaction. The edit sees the newest
 * stored catalogue, so quick successive clicks (move, move, hide) build on each other
 * instead of one overwriting the last; a refused edit writes nothing.
 */
export async function editCatalogue(
  db: ReciprocityDatabase,
  edit: (catalogue: Catalogue) => EditResult,
): Promise<CatalogueEditOutcome> {
  return db.transaction('rw', recountTables(db), async () => {
    const result = edit(await getCatalogue(db));
    if (!result.ok) return result;
    const { recounted } = await saveCatalogue(db, result.catalogue);
    return { ok: true, recounted };
  });
}

/** Deletes a custom kind unless a moment uses it; the count and the write share a transaction. */
export async function deleteCatalogueKind(
  db: ReciprocityDatabase,
  kindId: string,
): Promise<CatalogueEditOutcome> {
  return db.transaction('rw', recountTables(db), async () => {
    const used = await countMomentsOfKind(db, kindId);
    return editCatalogue(db, (catalogue) => deleteKind(catalogue, kindId, used));
  });
}
