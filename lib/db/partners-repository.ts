import type { Partner } from '../domain/model';
import type { ReciprocityDatabase } from './database';

export const PARTNER_NAME_MAX = 120;

export function normalisePartnerName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, PARTNER_NAME_MAX);
}

/** The partner, or null when there is none with this id. */
export async function findPartner(
  db: ReciprocityDatabase,
  partnerId: string,
): Promise<Partner | null> {
  return (await db.partners.get(partnerId)) ?? null;
}

/** Partners whose name starts with `prefix`, case-insensitive, for autocomplete. */
export async function findPartners(
  db: ReciprocityDatabase,
  prefix: string,
  limit = 8,
): Promise<Partner[]> {
  const query = normalisePartnerName(prefix);
  if (!query) return db.partners.orderBy('name').limit(limit).toArray();
  return db.partners.where('name').startsWithIgnoreCase(query).limit(limit).toArray();
}

/** Every known partner's name, read from the name index alone (no partner rows). */
export async function partnerNames(db: ReciprocityDatabase): Promise<string[]> {
  return (await db.partners.orderBy('name').keys()).map(String);
}

/**
 * The partner with this name (case-insensitive), created if new. Call inside the
 * caller's transaction so that starting a call with a new partner is one action.
 */
export async function ensurePartner(
  db: ReciprocityDatabase,
  name: string,
  now: number,
): Promise<Partner | undefined> {
  const clean = normalisePartnerName(name);
  if (!clean) return undefined;
  const existing = await db.partners.where('name').equalsIgnoreCase(clean).first();
  if (existing) return existing;
  const partner: Partner = {
    id: crypto.randomUUID(),
    name: clean,
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
  await db.partners.add(partner);
  return partner;
}
