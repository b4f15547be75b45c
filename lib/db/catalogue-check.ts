import { DEFAULT_CATALOGUE, type Catalogue } from '../domain/catalogue';

type Resolve = (stored: unknown) => Catalogue;

let loaded: Resolve | undefined;

/**
 * The check of a stored catalogue (zod), loaded on first need: it is a sixth of the code a
 * page starts with, and most people never change the catalogue.
 */
async function loadCatalogueCheck(): Promise<Resolve> {
  loaded ??= (await import('../domain/catalogue-schema')).resolveCatalogue;
  return loaded;
}

/** The check, if loaded already. */
export function loadedCatalogueCheck(): Resolve | undefined {
  return loaded;
}

/**
 * The catalogue a stored setting gives; the defaults, without loading the check, when none is
 * stored. `wait` lets a writer keep its transaction open while the check first loads.
 */
export async function resolveStoredCatalogue(
  stored: unknown,
  wait: (loading: Promise<Resolve>) => PromiseLike<Resolve> = (loading) => loading,
): Promise<Catalogue> {
  if (stored === undefined) return DEFAULT_CATALOGUE;
  return (loaded ?? (await wait(loadCatalogueCheck())))(stored);
}
