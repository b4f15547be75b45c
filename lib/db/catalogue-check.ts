import type { Catalogue } from '../domain/catalogue';

type Resolve = (stored: unknown) => Catalogue;

let loaded: Resolve | undefined;

/**
 * The check of a stored catalogue (zod), loaded on first need: it is a sixth of the code a
 * page starts with, and most people never change the catalogue.
 */
export async function loadCatalogueCheck(): Promise<Resolve> {
  loaded ??= (await import('../domain/catalogue-schema')).resolveCatalogue;
  return loaded;
}

/** The check, if loaded already: writers then use it without waiting. */
export function loadedCatalogueCheck(): Resolve | undefined {
  return loaded;
}
